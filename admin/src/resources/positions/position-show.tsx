import { can } from '../../access';
import { Breadcrumbs, List, ListItem, ListItemText, Typography } from '@mui/material';
import {
  BooleanField,
  EditButton,
  NumberField,
  ReferenceField,
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
import { DateTimeField } from '../../common/date-time-field';
import { NestedLinkField, RecordLink } from '../../common/record-link';
import { positionTypeChoices, positionTypeLabel } from './position-choices';
import { DATE_LOCALE } from '../../i18n';

/** The reporting line around a position, beyond the generic record's fields (build-query.ts `meta.fields`). */
export const POSITION_SHOW_FIELDS =
  'unit { id name } superior { id name } superiorChain { id name } subordinates { id name type grade active }';

type PositionSummary = { id: Identifier; name: string; type?: string; grade?: number; active?: boolean };

/** The reporting line from the top down to this position, each superior a link. */
const SuperiorChainField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  // The API gives the chain nearest first; read from the top down.
  const chain = [...((record.superiorChain ?? []) as PositionSummary[])].reverse();
  return (
    <Breadcrumbs aria-label={translate('resources.positions.fields.superiorChain')} data-testid="position-chain">
      {chain.map((position) => (
        <RecordLink key={position.id} resource="positions" id={position.id}>
          {position.name}
        </RecordLink>
      ))}
      <Typography color="text.primary" variant="body2">
        {String(record.name)}
      </Typography>
    </Breadcrumbs>
  );
};

/** The positions that report directly to this one, each a link. */
const SubordinatesField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const subordinates = (record.subordinates ?? []) as PositionSummary[];
  if (subordinates.length === 0) {
    return <Typography variant="body2">{translate('resources.positions.show.noSubordinates')}</Typography>;
  }
  return (
    <List dense disablePadding data-testid="position-subordinates">
      {subordinates.map((position) => (
        <ListItem key={position.id} disableGutters>
          <ListItemText
            primary={
              <RecordLink resource="positions" id={position.id}>
                {position.name}
              </RecordLink>
            }
            secondary={[
              position.type ? translate(positionTypeLabel(position.type), { _: position.type }) : null,
              position.grade ? translate('resources.positions.show.grade', { grade: position.grade }) : null,
              position.active === false ? translate('resources.positions.show.inactive') : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          />
        </ListItem>
      ))}
    </List>
  );
};

const PositionShowActions = () => {
  const { permissions } = usePermissions();
  return <TopToolbar>{can(permissions, 'organization.manage') ? <EditButton /> : null}</TopToolbar>;
};

export const PositionShow = () => (
  <Show actions={<PositionShowActions />} queryOptions={{ meta: { fields: POSITION_SHOW_FIELDS } }}>
    <SimpleShowLayout>
      <SuperiorChainField source="superiorChain" />
      <TextField source="name" />
      <SelectField source="type" choices={positionTypeChoices} />
      <NumberField locales={DATE_LOCALE} source="grade" />
      <ReferenceField source="agencyId" reference="agencies" link="show">
        <TextField source="name" />
      </ReferenceField>
      <NestedLinkField source="unit" reference="orgUnits" label="resources.positions.fields.unitId" />
      <NestedLinkField
        source="superior"
        reference="positions"
        label="resources.positions.fields.superiorId"
        emptyText="resources.positions.show.topOfChain"
      />
      <SubordinatesField source="subordinates" />
      <BooleanField source="active" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
      <NumberField locales={DATE_LOCALE} source="version" />
    </SimpleShowLayout>
  </Show>
);
