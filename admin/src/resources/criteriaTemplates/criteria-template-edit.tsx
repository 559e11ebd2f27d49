import { Alert } from '@mui/material';
import { DeleteButton, Edit, SaveButton, ShowButton, SimpleForm, Toolbar, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { CriteriaTemplateBuilder, toTemplateInput } from './criteria-template-builder';
import { useRevisionEditSubmit } from '../../common/revision-save';
import { TEMPLATE_FORM_FIELDS } from './criteria-template-choices';

const CriteriaTemplateEditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

/**
 * Only the latest revision can change (the API refuses the others). A revision a period has
 * adopted changes by a new revision: said before saving. Delete only while no period adopted it.
 */
const CriteriaTemplateEditToolbar = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (record && record.current === false) {
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        {translate('resources.criteriaTemplates.edit.superseded')}
      </Alert>
    );
  }
  return (
    <Toolbar sx={{ flexDirection: 'column', alignItems: 'stretch', gap: 1 }}>
      {record?.frozen ? (
        <Alert severity="info" data-testid="new-revision-note">
          {translate('resources.criteriaTemplates.edit.frozen', { revision: Number(record.revision) + 1 })}
        </Alert>
      ) : null}
      <div style={{ display: 'flex', justifyContent: 'space-between' }}>
        <SaveButton />
        {record && !record.frozen ? <DeleteButton mutationMode="pessimistic" /> : null}
      </div>
    </Toolbar>
  );
};

/** The builder, saved through useRevisionEditSubmit: a template a period adopted changes by a new revision. */
const CriteriaTemplateEditForm = () => {
  const submit = useRevisionEditSubmit('criteriaTemplates', TEMPLATE_FORM_FIELDS, toTemplateInput);
  return (
    <SimpleForm toolbar={<CriteriaTemplateEditToolbar />} onSubmit={submit}>
      <CriteriaTemplateBuilder />
    </SimpleForm>
  );
};

// The API checks the version and the items (the main weights sum to 100); its errors mark the
// form. Only changed fields are sent (build-query.ts).
export const CriteriaTemplateEdit = () => (
  <Edit actions={<CriteriaTemplateEditActions />} queryOptions={{ meta: { fields: TEMPLATE_FORM_FIELDS } }}>
    <CriteriaTemplateEditForm />
  </Edit>
);
