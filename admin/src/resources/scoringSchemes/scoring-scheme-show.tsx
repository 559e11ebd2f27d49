import { Chip, Stack, Typography } from '@mui/material';
import {
  EditButton,
  NumberField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { canEditSharedRecord } from '../../common/configuration';
import { DateTimeField } from '../../common/date-time-field';
import { OwnerAgencyField } from '../../common/owner-agency-field';
import { RecordLink } from '../../common/record-link';
import { MatrixGridField } from './matrix-grid';
import { allFormulaChoices } from './scoring-scheme-choices';
import { SchemeFrozenField, SchemeRevisionField } from './scoring-scheme-fields';
import { DATE_LOCALE } from '../../i18n';

/** The matrix and every revision, beyond the generic record's fields (build-query.ts `meta.fields`). */
export const SCHEME_SHOW_FIELDS = 'matrixCells { result behaviour predicate } revisions { id revision current frozen updatedAt }';

type Revision = { id: Identifier; revision: number; current: boolean; frozen: boolean };

/** Every revision of the scheme, latest first, each a link; the one shown is marked. */
const SchemeRevisionsField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const revisions = (record?.revisions ?? []) as Revision[];
  return (
    <Stack spacing={0.5}>
      {revisions.map((revision) => (
        <Stack key={revision.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          {revision.id === record?.id ? (
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {translate('resources.scoringSchemes.show.revision', { revision: revision.revision })}
            </Typography>
          ) : (
            <RecordLink resource="scoringSchemes" id={revision.id}>
              {translate('resources.scoringSchemes.show.revision', { revision: revision.revision })}
            </RecordLink>
          )}
          {revision.current ? (
            <Chip size="small" color="success" variant="outlined" label={translate('resources.scoringSchemes.show.latest')} />
          ) : null}
          {revision.frozen ? (
            <Chip size="small" color="warning" variant="outlined" label={translate('resources.scoringSchemes.show.frozen')} />
          ) : null}
        </Stack>
      ))}
    </Stack>
  );
};

/** Edit for those who may change the scheme (the national default: platform administrators), latest revision only. */
const ScoringSchemeShowActions = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  return <TopToolbar>{canEditSharedRecord(permissions, record) && record?.current ? <EditButton /> : null}</TopToolbar>;
};

export const ScoringSchemeShow = () => (
  <Show actions={<ScoringSchemeShowActions />} queryOptions={{ meta: { fields: SCHEME_SHOW_FIELDS } }}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="description" emptyText="—" />
      <OwnerAgencyField source="agencyId" />
      <SchemeRevisionField source="revision" />
      <SchemeFrozenField source="frozen" />
      <NumberField locales={DATE_LOCALE} source="cap" />
      <SelectField source="higherIsBetterFormula" choices={allFormulaChoices} />
      <SelectField source="lowerIsBetterFormula" choices={allFormulaChoices} />
      <SelectField source="targetRangeFormula" choices={allFormulaChoices} />
      <NumberField locales={DATE_LOCALE} source="aboveFrom" />
      <NumberField locales={DATE_LOCALE} source="asExpectedFrom" />
      <NumberField locales={DATE_LOCALE} source="additionalMax" />
      <MatrixGridField source="matrixCells" />
      <SchemeRevisionsField source="revisions" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
      <NumberField locales={DATE_LOCALE} source="version" />
    </SimpleShowLayout>
  </Show>
);
