import { can } from '../../access';
import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  BooleanField,
  EditButton,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { DateTimeField } from '../../common/date-time-field';
import { formatDecimal } from '../../common/format';
import { NestedLinkField, RecordLink } from '../../common/record-link';
import { FrozenField, PositionTypesField, RevisionField } from './criteria-template-fields';
import { DATE_LOCALE } from '../../i18n';

/** Agency, units, items with their indicators, and every revision (build-query.ts `meta.fields`). */
export const TEMPLATE_SHOW_FIELDS =
  'agency { id name } units { id name } ' +
  'items { sortOrder category weight target targetMax indicator { id code name unit direction } } ' +
  'revisions { id revision current frozen active updatedAt }';

type Item = {
  sortOrder: number;
  category: string;
  weight: number;
  target: number | null;
  targetMax: number | null;
  indicator: { id: Identifier; code: string; name: string; unit: string; direction: string };
};

type Revision = { id: Identifier; revision: number; current: boolean; frozen: boolean; active: boolean; updatedAt: string };

type FieldProps = { source?: string; label?: string };

/** The target of an item: one value, or a range "90 – 110", with the indicator's unit. */
const targetText = (item: Item, unit: string): string => {
  if (item.target === null) return '—';
  const value = item.targetMax !== null ? `${formatDecimal(item.target)} – ${formatDecimal(item.targetMax)}` : formatDecimal(item.target);
  return `${value} ${unit}`.trim();
};

/** The template's indicators in order: name (a link), main or additional, weight and default target. */
const ItemsField = (_props: FieldProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const items = (record?.items ?? []) as Item[];
  if (items.length === 0) return <Typography variant="body2">—</Typography>;
  return (
    <Table size="small" aria-label={translate('resources.criteriaTemplates.fields.items')} data-testid="template-items">
      <TableHead>
        <TableRow>
          <TableCell>#</TableCell>
          <TableCell>{translate('resources.criteriaTemplates.items.indicatorId')}</TableCell>
          <TableCell>{translate('resources.criteriaTemplates.items.category')}</TableCell>
          <TableCell align="right">{translate('resources.criteriaTemplates.items.weight')}</TableCell>
          <TableCell>{translate('resources.criteriaTemplates.items.target')}</TableCell>
          <TableCell>{translate('resources.criteriaTemplates.items.direction')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.sortOrder}>
            <TableCell>{item.sortOrder}</TableCell>
            <TableCell>
              <RecordLink resource="indicators" id={item.indicator.id}>
                {`${item.indicator.code} — ${item.indicator.name}`}
              </RecordLink>
            </TableCell>
            <TableCell>{translate(`resources.criteriaTemplates.categories.${item.category}`, { _: item.category })}</TableCell>
            <TableCell align="right">{formatDecimal(item.weight)}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {targetText(item, translate(`resources.indicators.units.${item.indicator.unit}`, { _: item.indicator.unit }))}
            </TableCell>
            <TableCell>
              {translate(`resources.indicators.directions.${item.indicator.direction}`, { _: item.indicator.direction })}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The units the template applies to (each with the units below), or the whole agency. */
const UnitsField = (_props: FieldProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const units = (record?.units ?? []) as { id: Identifier; name: string }[];
  if (units.length === 0) return <Typography variant="body2">{translate('resources.criteriaTemplates.show.wholeAgency')}</Typography>;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {units.map((unit) => (
        <RecordLink key={unit.id} resource="orgUnits" id={unit.id}>
          {unit.name}
        </RecordLink>
      ))}
    </Stack>
  );
};

/** Every revision of the template, latest first, each a link; the one shown is marked. */
const RevisionsField = (_props: FieldProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const revisions = (record?.revisions ?? []) as Revision[];
  return (
    <Stack spacing={0.5} data-testid="template-revisions">
      {revisions.map((revision) => (
        <Stack key={revision.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          {revision.id === record?.id ? (
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {translate('resources.criteriaTemplates.show.revision', { revision: revision.revision })}
            </Typography>
          ) : (
            <RecordLink resource="criteriaTemplates" id={revision.id}>
              {translate('resources.criteriaTemplates.show.revision', { revision: revision.revision })}
            </RecordLink>
          )}
          {revision.current ? (
            <Chip size="small" color="success" variant="outlined" label={translate('resources.criteriaTemplates.show.latest')} />
          ) : null}
          {revision.frozen ? (
            <Chip size="small" color="warning" variant="outlined" label={translate('resources.criteriaTemplates.show.frozen')} />
          ) : null}
        </Stack>
      ))}
    </Stack>
  );
};

/** Edit for editors, on the latest revision only (the API refuses changes to earlier ones). */
const CriteriaTemplateShowActions = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  return <TopToolbar>{can(permissions, 'configuration.manage') && record?.current ? <EditButton /> : null}</TopToolbar>;
};

export const CriteriaTemplateShow = () => (
  <Show actions={<CriteriaTemplateShowActions />} queryOptions={{ meta: { fields: TEMPLATE_SHOW_FIELDS } }}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="description" emptyText="—" />
      <NestedLinkField source="agency" reference="agencies" label="resources.criteriaTemplates.fields.agencyId" />
      <RevisionField source="revision" />
      <FrozenField source="frozen" />
      <PositionTypesField source="positionTypes" />
      <UnitsField source="unitIds" />
      <ItemsField source="items" />
      <NumberField locales={DATE_LOCALE} source="mainWeight" />
      <BooleanField source="active" />
      <RevisionsField source="revisions" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
      <NumberField locales={DATE_LOCALE} source="version" />
    </SimpleShowLayout>
  </Show>
);
