import { Alert } from '@mui/material';
import { Edit, SaveButton, ShowButton, SimpleForm, Toolbar, TopToolbar, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { canEditSharedRecord } from '../../common/configuration';
import { useRevisionEditSubmit } from '../../common/revision-save';
import { toSchemeInput } from './scoring-rules';
import { SCHEME_FORM_FIELDS } from './scoring-scheme-choices';
import { ScoringSchemeInputs } from './scoring-scheme-inputs';

const ScoringSchemeEditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

/**
 * Save, for those who may change the scheme (the national default: platform administrators) and
 * on its latest revision only. A revision a closed period used changes by a new revision: said
 * before saving. Schemes are not deleted.
 */
const ScoringSchemeEditToolbar = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const translate = useTranslate();
  if (!canEditSharedRecord(permissions, record)) {
    return (
      <Alert severity="info" sx={{ m: 2 }} data-testid="read-only-note">
        {translate('app.configuration.nationalReadOnly')}
      </Alert>
    );
  }
  if (record?.current === false) {
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        {translate('resources.scoringSchemes.edit.superseded')}
      </Alert>
    );
  }
  return (
    <Toolbar sx={{ flexDirection: 'column', alignItems: 'flex-start', gap: 1 }}>
      {record?.frozen ? (
        <Alert severity="info" data-testid="new-revision-note">
          {translate('resources.scoringSchemes.edit.frozen', { revision: Number(record.revision) + 1 })}
        </Alert>
      ) : null}
      <SaveButton />
    </Toolbar>
  );
};

/** The rules and the preview, saved through useRevisionEditSubmit: a scheme a closed period used changes by a new revision. */
const ScoringSchemeEditForm = () => {
  const submit = useRevisionEditSubmit('scoringSchemes', SCHEME_FORM_FIELDS, toSchemeInput);
  return (
    <SimpleForm toolbar={<ScoringSchemeEditToolbar />} onSubmit={submit}>
      <ScoringSchemeInputs />
    </SimpleForm>
  );
};

// The API checks the version and the rules as a whole; its errors mark the form.
export const ScoringSchemeEdit = () => (
  <Edit actions={<ScoringSchemeEditActions />} queryOptions={{ meta: { fields: SCHEME_FORM_FIELDS } }}>
    <ScoringSchemeEditForm />
  </Edit>
);
