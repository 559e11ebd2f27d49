import { can } from '../../access';
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
} from 'react-admin';
import { DateTimeField } from '../../common/date-time-field';
import { MoveOrgUnitButton } from './move-org-unit-button';
import { orgUnitKindChoices } from './org-unit-choices';
import { AncestorsField, ChildrenField, DescendantCountField, ORG_UNIT_TREE_FIELDS } from './org-unit-tree-fields';
import { DATE_LOCALE } from '../../i18n';

const OrgUnitShowActions = () => {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      <MoveOrgUnitButton />
      {can(permissions, 'organization.manage') ? <EditButton /> : null}
    </TopToolbar>
  );
};

/** The unit with its place in the tree: the path from the top, its sub-units and how many units lie below. */
export const OrgUnitShow = () => (
  <Show actions={<OrgUnitShowActions />} queryOptions={{ meta: { fields: ORG_UNIT_TREE_FIELDS } }}>
    <SimpleShowLayout>
      <AncestorsField source="ancestors" />
      <TextField source="code" />
      <TextField source="name" />
      <SelectField source="kind" choices={orgUnitKindChoices} />
      <ReferenceField source="agencyId" reference="agencies" link="show">
        <TextField source="name" />
      </ReferenceField>
      <ReferenceField source="parentId" reference="orgUnits" link="show" emptyText="resources.orgUnits.show.topUnit">
        <TextField source="name" />
      </ReferenceField>
      <NumberField locales={DATE_LOCALE} source="depth" />
      <BooleanField source="active" />
      <ChildrenField source="children" />
      <DescendantCountField source="descendants" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
      <NumberField locales={DATE_LOCALE} source="version" />
    </SimpleShowLayout>
  </Show>
);
