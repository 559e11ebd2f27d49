import {
  BooleanField,
  EditButton,
  NumberField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { canEditSharedRecord } from '../../common/configuration';
import { DateTimeField } from '../../common/date-time-field';
import { OwnerAgencyField } from '../../common/owner-agency-field';
import { aggregationChoices, dataSourceChoices, directionChoices, measureUnitChoices, perspectiveChoices } from './indicator-choices';
import { DATE_LOCALE } from '../../i18n';

/** Edit for those who may change this indicator (national ones: platform administrators). */
const IndicatorShowActions = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  return <TopToolbar>{canEditSharedRecord(permissions, record) ? <EditButton /> : null}</TopToolbar>;
};

export const IndicatorShow = () => (
  <Show actions={<IndicatorShowActions />}>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="description" emptyText="—" />
      <OwnerAgencyField source="agencyId" />
      <SelectField source="perspective" choices={perspectiveChoices} />
      <SelectField source="direction" choices={directionChoices} />
      <SelectField source="unit" choices={measureUnitChoices} />
      <SelectField source="aggregation" choices={aggregationChoices} />
      <SelectField source="dataSource" choices={dataSourceChoices} />
      <NumberField locales={DATE_LOCALE} source="cap" emptyText="resources.indicators.show.schemeCap" />
      <BooleanField source="active" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
      <NumberField locales={DATE_LOCALE} source="version" />
    </SimpleShowLayout>
  </Show>
);
