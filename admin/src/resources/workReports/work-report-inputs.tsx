import { Stack } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  BooleanInput,
  DateInput,
  maxLength,
  minLength,
  NumberInput,
  required,
  SelectInput,
  TextInput,
  useGetList,
  useTranslate,
} from 'react-admin';
import { todayInIndonesia, validateEvidenceLinks } from '../performancePlans/plan-rules';
import { useCurrentActor } from '../performancePlans/use-current-actor';
import {
  asHHMM,
  isTimed,
  linksAsText,
  requireHoursUnlessTimed,
  targetChoicesFor,
  validateHours,
  validateNotFuture,
  type PlanWithTargets,
} from './work-report-rules';

const validateText = [required(), minLength(1), maxLength(2000)];
const validateHoursInput = [requireHoursUnlessTimed, validateHours];
const validateLinks = [validateEvidenceLinks];
const asTimeText = (value: unknown) => asHHMM(value) ?? '';

/** The targets of the actor's own approved plans whose period is open and covers the report's day, for linking a report to one. */
const useOwnTargetChoices = (date: unknown) => {
  const actor = useCurrentActor();
  const { data } = useGetList<PlanWithTargets & { id: string }>(
    'performancePlans',
    {
      filter: { employeeId: actor?.employeeId, status: 'APPROVED' },
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'id', order: 'ASC' },
      meta: { fields: 'period { id name status startDate endDate } targets { id sortOrder indicator { code name } }' },
    },
    { enabled: !!actor?.employeeId },
  );
  return targetChoicesFor(data ?? [], typeof date === 'string' ? date : null);
};

/**
 * When the work was done: a start and end time (the API derives the minutes and refuses times
 * outside working hours unless overtime, or overlapping another report of the day), or else the hours.
 */
const TimeInputs = () => {
  const [startTime, endTime] = useWatch({ name: ['startTime', 'endTime'] });
  const timed = isTimed({ startTime, endTime });
  return (
    <>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }}>
        <TextInput source="startTime" type="time" format={asTimeText} parse={asHHMM} helperText="resources.workReports.helpers.startTime" />
        <TextInput source="endTime" type="time" format={asTimeText} parse={asHHMM} helperText={false} />
        <BooleanInput source="overtime" helperText="resources.workReports.helpers.overtime" />
      </Stack>
      {timed ? null : <NumberInput source="hours" validate={validateHoursInput} helperText="resources.workReports.helpers.hours" />}
    </>
  );
};

/** The inputs of a daily report: the day, what was done and produced, the time spent, the plan target it serves, evidence links. */
export const WorkReportInputs = () => {
  const translate = useTranslate();
  const date = useWatch({ name: 'date' });
  const targets = useOwnTargetChoices(date);
  const today = todayInIndonesia();
  return (
    <>
      <DateInput source="date" validate={[required(), validateNotFuture(today)]} defaultValue={today} />
      <TextInput source="activity" validate={validateText} multiline minRows={2} fullWidth />
      <TextInput source="output" validate={validateText} multiline minRows={2} fullWidth />
      <TimeInputs />
      <SelectInput
        source="targetId"
        choices={targets}
        translateChoice={false}
        emptyText="resources.workReports.helpers.noTarget"
        helperText={translate('resources.workReports.helpers.targetId')}
        fullWidth
      />
      <TextInput
        source="evidenceLinks"
        format={linksAsText}
        validate={validateLinks}
        helperText="resources.performancePlans.realizations.evidenceHelper"
        multiline
        minRows={2}
        fullWidth
      />
    </>
  );
};
