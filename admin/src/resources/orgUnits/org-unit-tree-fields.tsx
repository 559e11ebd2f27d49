import { Breadcrumbs, Link as MuiLink, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate, type Identifier } from 'react-admin';
import { orgUnitKindLabel } from './org-unit-choices';

/**
 * The tree around a unit, beyond the generic record's fields: asked for by the show page through
 * the data provider's `meta.fields` (see dataProvider/build-query.ts).
 */
export const ORG_UNIT_TREE_FIELDS = 'ancestors { id code name } children { id code name kind active } descendants(first: 0) { totalCount }';

type UnitSummary = { id: Identifier; code: string; name: string; kind?: string; active?: boolean };

const UnitLink = ({ unit }: { unit: UnitSummary }) => {
  const createPath = useCreatePath();
  return (
    <MuiLink component={Link} to={createPath({ resource: 'orgUnits', id: unit.id, type: 'show' })} underline="hover" variant="body2">
      {unit.name}
    </MuiLink>
  );
};

/** The units above this one, from the top down, each a link, then the unit itself. */
export const AncestorsField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const ancestors = (record.ancestors ?? []) as UnitSummary[];
  return (
    <Breadcrumbs aria-label={translate('resources.orgUnits.fields.ancestors')} data-testid="org-unit-breadcrumb">
      {ancestors.map((unit) => (
        <UnitLink key={unit.id} unit={unit} />
      ))}
      <Typography color="text.primary" variant="body2">
        {String(record.name)}
      </Typography>
    </Breadcrumbs>
  );
};

/** The direct sub-units, by name, each a link. */
export const ChildrenField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const children = (record.children ?? []) as UnitSummary[];
  if (children.length === 0) {
    return <Typography variant="body2">{translate('resources.orgUnits.show.noChildren')}</Typography>;
  }
  return (
    <List dense disablePadding data-testid="org-unit-children">
      {children.map((unit) => (
        <ListItem key={unit.id} disableGutters>
          <ListItemText
            primary={<UnitLink unit={unit} />}
            secondary={[
              unit.code,
              unit.kind ? translate(orgUnitKindLabel(unit.kind), { _: unit.kind }) : null,
              unit.active === false ? translate('resources.orgUnits.show.inactive') : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          />
        </ListItem>
      ))}
    </List>
  );
};

/** How many units there are below this one, at any depth. */
export const DescendantCountField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const count = (record?.descendants as { totalCount?: number } | undefined)?.totalCount;
  if (count === undefined) return null;
  return <Typography variant="body2">{translate('resources.orgUnits.show.descendantCount', { smart_count: count })}</Typography>;
};
