import {
  AutocompleteInput,
  DateInput,
  maxLength,
  minLength,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useRecordContext,
  type Validator,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { OwnerAgencyInput } from '../../common/configuration-inputs';
import { typeChoices } from './period-lifecycle';

// The API's rules (api/src/modules/periods/appraisal-period.service.ts), partly mirrored; the API
// checks the rest (length of each type, inside the annual period, no overlap with a period of the
// same type) and its BAD_USER_INPUT errors mark the fields.
const validateName = [required(), minLength(3), maxLength(100)];
const validateRequired = [required()];

type Dates = { startDate?: string | null; endDate?: string | null };

const endNotBeforeStart: Validator = (value: unknown, values: Dates) =>
  typeof value === 'string' && values.startDate && value < values.startDate
    ? 'resources.appraisalPeriods.validation.endBeforeStart'
    : undefined;

const planDueInsidePeriod: Validator = (value: unknown, values: Dates) =>
  typeof value === 'string' && value && values.endDate && value > values.endDate
    ? 'resources.appraisalPeriods.validation.planDueAfterEnd'
    : undefined;

const evaluationDueAfterStart: Validator = (value: unknown, values: Dates) =>
  typeof value === 'string' && value && values.startDate && value < values.startDate
    ? 'resources.appraisalPeriods.validation.evaluationDueBeforeStart'
    : undefined;

const validateEndDate = [required(), endNotBeforeStart];

/** An empty choice is "none", not an empty string the API would read as an ID. */
const parseId = (value: string) => value || null;

/** The annual period a new one is part of (not for an annual period itself). */
const ParentInput = () => {
  const type = useWatch({ name: 'type' }) as string | undefined;
  if (type === 'ANNUAL') return null;
  return (
    <ReferenceInput source="parentId" reference="appraisalPeriods" filter={{ type: 'ANNUAL' }} sort={{ field: 'startDate', order: 'DESC' }}>
      <AutocompleteInput parse={parseId} helperText="resources.appraisalPeriods.helpers.parentId" sx={{ minWidth: 360 }} />
    </ReferenceInput>
  );
};

/** Scheme, and the deadlines: what may change until the period closes. */
const SchemeAndDeadlineInputs = () => (
  <>
    <ReferenceInput source="scoringSchemeId" reference="scoringSchemes" filter={{ current: true }}>
      <AutocompleteInput parse={parseId} helperText="resources.appraisalPeriods.helpers.scoringSchemeId" sx={{ minWidth: 360 }} />
    </ReferenceInput>
    <DateInput source="planDueDate" validate={[planDueInsidePeriod]} helperText="resources.appraisalPeriods.helpers.planDueDate" />
    <DateInput
      source="evaluationDueDate"
      validate={[evaluationDueAfterStart]}
      helperText="resources.appraisalPeriods.helpers.evaluationDueDate"
    />
  </>
);

/** A new period: agency (platform administrators), name, type, dates, annual period, scheme, deadlines. */
export const AppraisalPeriodCreateInputs = () => (
  <>
    <OwnerAgencyInput national={false} />
    <TextInput source="name" validate={validateName} helperText="resources.appraisalPeriods.helpers.name" sx={{ minWidth: 360 }} />
    <SelectInput source="type" choices={typeChoices} validate={validateRequired} />
    <DateInput source="startDate" validate={validateRequired} />
    <DateInput source="endDate" validate={validateEndDate} />
    <ParentInput />
    <SchemeAndDeadlineInputs />
  </>
);

/** Changes to a period that is not closed: the dates only while DRAFT; type and annual period never. */
export const AppraisalPeriodEditInputs = () => {
  const record = useRecordContext();
  const draft = record?.status === 'DRAFT';
  return (
    <>
      <TextInput source="name" validate={validateName} sx={{ minWidth: 360 }} />
      <SelectInput source="type" choices={typeChoices} readOnly />
      <DateInput
        source="startDate"
        validate={validateRequired}
        readOnly={!draft}
        helperText={draft ? undefined : 'resources.appraisalPeriods.helpers.datesDraftOnly'}
      />
      <DateInput
        source="endDate"
        validate={validateEndDate}
        readOnly={!draft}
        helperText={draft ? undefined : 'resources.appraisalPeriods.helpers.datesDraftOnly'}
      />
      <SchemeAndDeadlineInputs />
    </>
  );
};

/** Empty deadlines are sent as null (the API removes them), not as empty strings. */
export const toPeriodInput = (data: Record<string, unknown>): Record<string, unknown> => ({
  ...data,
  planDueDate: data.planDueDate || null,
  evaluationDueDate: data.evaluationDueDate || null,
});
