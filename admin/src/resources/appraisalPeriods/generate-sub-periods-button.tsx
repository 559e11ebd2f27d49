import { can } from '../../access';
import CalendarViewMonthIcon from '@mui/icons-material/CalendarViewMonth';
import { useState } from 'react';
import {
  Button,
  required,
  SelectInput,
  useDataProvider,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { FormDialog } from '../../common/form-dialog';
import type { KinerjaDataProvider } from '../../dataProvider';
import { isPeriodOpen, subPeriodTypeChoices, typeLabel, type PeriodType } from './period-lifecycle';

const validateType = [required()];

/**
 * "Buat sub-periode" on an open ANNUAL period: its semesters, quarters or months, named and dated
 * by the API; those that exist already are kept (running it twice creates nothing). Editors only.
 */
export const GenerateSubPeriodsButton = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!record || record.type !== 'ANNUAL' || !isPeriodOpen(record.status) || !can(permissions, 'configuration.manage')) return null;

  const generate = async (values: { type?: PeriodType }) => {
    const type = values.type ?? 'QUARTERLY';
    const { data } = await dataProvider.generateSubPeriods(record.id, type);
    setOpen(false);
    notify('resources.appraisalPeriods.generate.success', {
      type: 'success',
      messageArgs: { created: data.created, total: data.periods.length, type: translate(typeLabel(type)) },
    });
    refresh();
  };

  return (
    <>
      <Button label="resources.appraisalPeriods.generate.action" onClick={() => setOpen(true)}>
        <CalendarViewMonthIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title="resources.appraisalPeriods.generate.title"
        description="resources.appraisalPeriods.generate.description"
        messageArgs={{ name: record.name }}
        submitLabel="resources.appraisalPeriods.generate.submit"
        submitIcon={<CalendarViewMonthIcon />}
        onSubmit={generate}
      >
        <SelectInput
          source="type"
          label="resources.appraisalPeriods.generate.type"
          choices={subPeriodTypeChoices}
          defaultValue="QUARTERLY"
          validate={validateType}
          fullWidth
        />
      </FormDialog>
    </>
  );
};
