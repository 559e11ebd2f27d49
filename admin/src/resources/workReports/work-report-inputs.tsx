import { DateInput, maxLength, minLength, NumberInput, required, SelectInput, TextInput, useGetList, useTranslate } from 'react-admin';
import { todayInIndonesia, validateEvidenceLinks } from '../performancePlans/plan-rules';
import { useCurrentActor } from '../performancePlans/use-current-actor';
import { linksAsText, validateHours, validateNotFuture } from './work-report-rules';

const validateText = [required(), minLength(1), maxLength(2000)];
const validateHoursInput = [required(), validateHours];
const validateLinks = [validateEvidenceLinks];

type PlanWithTargets = {
  id: string;
  period: { name: string };
  targets: { id: string; sortOrder: number; indicator: { code: string; name: string } }[];
};

/** The targets of the actor's own approved plans, for linking a report to one. */
const useOwnTargetChoices = () => {
  const actor = useCurrentActor();
  const { data } = useGetList<PlanWithTargets & { id: string }>(
    'performancePlans',
    {
      filter: { employeeId: actor?.employeeId, status: 'APPROVED' },
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'id', order: 'ASC' },
      meta: { fields: 'period { id name } targets { id sortOrder indicator { code name } }' },
    },
    { enabled: !!actor?.employeeId },
  );
  return (data ?? []).flatMap((plan) =>
    plan.targets.map((target) => ({
      id: target.id,
      name: `${plan.period.name}: ${target.sortOrder}. ${target.indicator.code} — ${target.indicator.name}`,
    })),
  );
};

/** The inputs of a daily report: the day, what was done and produced, the hours, the plan target it serves, evidence links. */
export const WorkReportInputs = () => {
  const translate = useTranslate();
  const targets = useOwnTargetChoices();
  const today = todayInIndonesia();
  return (
    <>
      <DateInput source="date" validate={[required(), validateNotFuture(today)]} defaultValue={today} />
      <TextInput source="activity" validate={validateText} multiline minRows={2} fullWidth />
      <TextInput source="output" validate={validateText} multiline minRows={2} fullWidth />
      <NumberInput source="hours" validate={validateHoursInput} helperText="resources.workReports.helpers.hours" />
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
