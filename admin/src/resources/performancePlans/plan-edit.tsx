import { Alert } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  Edit,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SaveButton,
  SelectInput,
  ShowButton,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  TopToolbar,
  useDataProvider,
  useEditContext,
  useGetList,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { useMemo } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { KinerjaDataProvider } from '../../dataProvider';
import { categoryChoices } from '../criteriaTemplates/criteria-template-choices';
import { MainWeightTotal, TargetInput, TargetMaxInput } from '../criteriaTemplates/criteria-template-builder';
import { PersonText, PlanStatusChip, type PersonRef } from './plan-fields';
import { isEditablePlan, toPlanTargetInputs, toPlanTargetValues, validatePlanTargets, type PlanTargetRecord } from './plan-rules';

/** What the form loads: the targets as the API takes them back, and who and when the plan is for. */
const PLAN_FORM_FIELDS =
  'employee { id fullName nipFormatted } period { id name status } ' +
  'targets { id indicatorId category weight target targetMax supportsId description aspect supports { id indicator { code name } } }';

const TARGET_ASPECTS = ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'] as const;
const aspectChoices = TARGET_ASPECTS.map((aspect) => ({ id: aspect, name: `resources.performancePlans.aspects.${aspect}` }));

const validateRequired = [required()];
const validateWeight = [required(), minValue(0), maxValue(100)];
const validateDescription = [maxLength(1000)];

/** An empty choice is "none", not an empty string the API would read as an ID. */
const parseId = (value: string) => value || null;

const messageOf = (error: unknown): string => (error instanceof Error && error.message ? error.message : 'ra.notification.http_error');
const fieldErrorsOf = (error: unknown): Record<string, string> | undefined => {
  const errors = (error as { body?: { errors?: Record<string, string> } } | null)?.body?.errors;
  return errors && Object.keys(errors).length > 0 ? errors : undefined;
};

type SupportChoice = { id: string; name: string };

/**
 * The targets a target may support: those of the appraiser's plan for the same period, when the
 * actor may read it (HR, the appraiser), plus the ones already chosen (shown through the plan).
 */
const useSupportChoices = (): { choices: SupportChoice[]; readable: boolean } => {
  const { record } = useEditContext();
  const appraiserId = record?.appraiserId as string | null | undefined;
  const periodId = record?.periodId as string | undefined;
  const { data, isSuccess } = useGetList(
    'performancePlans',
    {
      filter: { employeeId: appraiserId, periodId },
      pagination: { page: 1, perPage: 1 },
      meta: { fields: 'targets { id sortOrder indicator { code name } }' },
    },
    { enabled: !!appraiserId && !!periodId },
  );
  const choices = new Map<string, string>();
  const appraiserPlan = data?.[0] as
    { targets?: { id: string; sortOrder: number; indicator: { code: string; name: string } }[] } | undefined;
  for (const target of appraiserPlan?.targets ?? [])
    choices.set(target.id, `${target.sortOrder}. ${target.indicator.code} — ${target.indicator.name}`);
  for (const target of (record?.targets ?? []) as { supports?: { id: string; indicator: { code: string; name: string } } | null }[]) {
    if (target.supports && !choices.has(target.supports.id))
      choices.set(target.supports.id, `${target.supports.indicator.code} — ${target.supports.indicator.name}`);
  }
  return { choices: [...choices].map(([id, name]) => ({ id, name })), readable: isSuccess && !!appraiserPlan };
};

/** A target's inputs wrap onto a second line rather than squeezing the numbers. */
const targetRowSx = {
  '& .RaSimpleFormIterator-form': { flexWrap: 'wrap' },
  '& .RaSimpleFormIterator-form > *': { flexShrink: 0 },
} as const;

/** One row: indicator, main or additional, weight, target (or range), what it supports, its description and aspect. */
const TargetRows = () => {
  const { choices, readable } = useSupportChoices();
  const translate = useTranslate();
  return (
    <SimpleFormIterator inline fullWidth sx={targetRowSx}>
      <ReferenceInput source="indicatorId" reference="indicators" filter={{ active: true }} sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput
          label="resources.performancePlans.targets.indicatorId"
          validate={validateRequired}
          parse={parseId}
          helperText={false}
          sx={{ width: 360 }}
        />
      </ReferenceInput>
      <SelectInput
        source="category"
        label="resources.performancePlans.targets.category"
        choices={categoryChoices}
        defaultValue="UTAMA"
        validate={validateRequired}
        helperText={false}
        sx={{ width: 150 }}
      />
      <NumberInput
        source="weight"
        label="resources.performancePlans.targets.weight"
        validate={validateWeight}
        min={0}
        max={100}
        helperText={false}
        sx={{ width: 110 }}
      />
      <TargetInput source="target" />
      <TargetMaxInput source="targetMax" />
      <SelectInput
        source="supportsId"
        label="resources.performancePlans.targets.supportsId"
        choices={choices}
        translateChoice={false}
        emptyText="resources.performancePlans.edit.supportsNone"
        parse={parseId}
        helperText={readable ? false : translate('resources.performancePlans.edit.supportsUnavailable')}
        sx={{ width: 280 }}
      />
      <TextInput
        source="description"
        label="resources.performancePlans.targets.description"
        validate={validateDescription}
        helperText={false}
        sx={{ width: 320 }}
      />
      <SelectInput
        source="aspect"
        label="resources.performancePlans.targets.aspect"
        choices={aspectChoices}
        emptyText="—"
        parse={parseId}
        helperText={false}
        sx={{ width: 150 }}
      />
    </SimpleFormIterator>
  );
};

/** Save only: the targets are replaced as a whole; the plan itself is never deleted from here. */
const PlanEditToolbar = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (record && !isEditablePlan(record.status)) {
    return (
      <Alert severity="info" sx={{ m: 2 }} data-testid="plan-not-editable">
        {translate('resources.performancePlans.edit.notEditable')}
      </Alert>
    );
  }
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
};

/** Whose plan, for which period, in which status: above the form. */
const PlanEditHeader = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Alert severity="info" icon={false} sx={{ width: '100%', mb: 2 }}>
      <PersonText person={record.employee as PersonRef} />
      {(record.period as { name: string }).name} <PlanStatusChip status={String(record.status)} />
    </Alert>
  );
};

/**
 * Every target of the plan in one form, with the running total of the main weights like the
 * template builder. Saving sends them all (`setPlanTargets`) with the version the page was based
 * on; the API's field errors mark the targets' inputs (`targets.1.indicatorId`), and its weight
 * error the list.
 */
const PlanTargetsForm = () => {
  const { record } = useEditContext();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  // The form's values: the targets without what only the page shows (a stable object, or the form would reset).
  const values = useMemo(
    () => (record ? { ...record, targets: toPlanTargetValues(record.targets as PlanTargetRecord[]) } : undefined),
    [record],
  );
  if (!record) return null;
  const submit = async (values: FieldValues): Promise<Record<string, string> | undefined> => {
    try {
      await dataProvider.setPlanTargets(record.id, Number(record.version), toPlanTargetInputs(values.targets));
      notify('resources.performancePlans.edit.saved', { type: 'success' });
      redirect('show', 'performancePlans', record.id);
      return undefined;
    } catch (error) {
      notify(messageOf(error), { type: 'error', autoHideDuration: 15_000 });
      return fieldErrorsOf(error);
    }
  };
  return (
    <SimpleForm toolbar={<PlanEditToolbar />} onSubmit={submit} record={values}>
      <PlanEditHeader />
      <ArrayInput
        source="targets"
        label="resources.performancePlans.fields.targets"
        validate={validatePlanTargets}
        helperText="resources.performancePlans.edit.helper"
      >
        <TargetRows />
      </ArrayInput>
      <MainWeightTotal source="targets" />
    </SimpleForm>
  );
};

const PlanEditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

export const PerformancePlanEdit = () => (
  <Edit actions={<PlanEditActions />} queryOptions={{ meta: { fields: PLAN_FORM_FIELDS } }} redirect="show">
    <PlanTargetsForm />
  </Edit>
);
