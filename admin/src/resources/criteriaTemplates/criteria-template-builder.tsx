import { can } from '../../access';
import { Alert, Box } from '@mui/material';
import {
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  maxLength,
  maxValue,
  minLength,
  minValue,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useGetOne,
  usePermissions,
  useSourceContext,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { useEffect } from 'react';
import { OwnerAgencyInput } from '../../common/configuration-inputs';
import { categoryChoices, positionTypeChoices } from './criteria-template-choices';
import {
  formatWeight,
  isCompleteWeight,
  mainWeightTotal,
  REQUIRED_MAIN_WEIGHT,
  toTemplateItemInputs,
  validateTemplateItems,
  type TemplateItemValues,
} from './template-weights';

// The API's rules (api/src/modules/indicators/criteria-template.types.ts and .service.ts),
// mirrored so that most mistakes never leave the browser: above all, the main weights must sum
// to 100. The API stays the authority; its BAD_USER_INPUT errors (the weight sum, an inactive
// indicator, a range without both bounds) mark the items too.
const validateName = [required(), minLength(3), maxLength(200)];
const validateDescription = [maxLength(2000)];
const validateRequired = [required()];
const validateWeight = [required(), minValue(0), maxValue(100)];

/** An empty choice is "none", not an empty string the API would read as an ID. */
const parseId = (value: string) => value || null;

/** A new item: a main result without indicator or weight yet. */
export const EMPTY_ITEM: TemplateItemValues = { indicatorId: null, category: 'UTAMA', weight: null, target: null, targetMax: null };

/** Indicators offered for an item: active ones of the national catalogue and of the template's agency. */
const useIndicatorFilter = (): Record<string, unknown> => {
  const agencyId = useWatch({ name: 'agencyId' }) as string | null | undefined;
  return agencyId ? { active: true, or: [{ agencyId: { isNull: true } }, { agencyId: { eq: agencyId } }] } : { active: true };
};

/** The indicator chosen on this item's row (for its direction and unit). */
const useRowIndicator = () => {
  const sourceContext = useSourceContext();
  const indicatorId = useWatch({ name: sourceContext.getSource('indicatorId') }) as string | null | undefined;
  const { data } = useGetOne('indicators', { id: indicatorId ?? '' }, { enabled: !!indicatorId });
  return data;
};

/** The (default) target, with the indicator's unit as a hint ("Menit", "Persen"); plans' targets use it too. */
export const TargetInput = ({ source }: { source: string }) => {
  const indicator = useRowIndicator();
  const translate = useTranslate();
  const range = indicator?.direction === 'TARGET_RANGE';
  const unit = indicator?.unit ? translate(`resources.indicators.units.${indicator.unit}`, { _: String(indicator.unit) }) : false;
  return (
    <NumberInput
      source={source}
      label={range ? 'resources.criteriaTemplates.items.targetMin' : 'resources.criteriaTemplates.items.target'}
      helperText={unit}
      sx={{ width: 150 }}
    />
  );
};

/** The upper bound of a target range: only for target-range indicators (the API refuses it for others). */
export const TargetMaxInput = ({ source }: { source: string }) => {
  const indicator = useRowIndicator();
  const sourceContext = useSourceContext();
  const { setValue, getValues } = useFormContext();
  const range = indicator?.direction === 'TARGET_RANGE';
  const path = sourceContext.getSource(source);
  useEffect(() => {
    if (indicator && !range && getValues(path) != null) setValue(path, null, { shouldDirty: true });
  }, [indicator, range, path, getValues, setValue]);
  if (!range) return null;
  return (
    <NumberInput source={source} label="resources.criteriaTemplates.items.targetMax" validate={validateRequired} sx={{ width: 150 }} />
  );
};

/**
 * The running total of the main weights, live while typing: "Total bobot utama: 90 / 100", green
 * at 100. The items' error (ours, naming the total, or the API's) shows under the list itself.
 * `source` is the form's list: a template's `items`, a plan's `targets`.
 */
export const MainWeightTotal = ({ source = 'items' }: { source?: string }) => {
  const translate = useTranslate();
  const items = useWatch({ name: source }) as TemplateItemValues[] | undefined;
  const total = mainWeightTotal(items);
  const complete = isCompleteWeight(total);
  return (
    <Box sx={{ width: '100%', mb: 2 }}>
      <Alert severity={complete ? 'success' : 'warning'} role="status" data-testid="main-weight-total" sx={{ fontWeight: 500 }}>
        {translate('resources.criteriaTemplates.builder.total', { total: formatWeight(total), required: REQUIRED_MAIN_WEIGHT })}
        {complete ? '' : ` — ${translate('resources.criteriaTemplates.builder.notComplete', { required: REQUIRED_MAIN_WEIGHT })}`}
      </Alert>
    </Box>
  );
};

/** The template's agency (platform administrators choose it) and the units it applies to, from that agency. */
const ScopeInputs = ({ creating }: { creating: boolean }) => {
  const { permissions } = usePermissions();
  const agencyId = useWatch({ name: 'agencyId' }) as string | null | undefined;
  const unitFilter = agencyId ? { agencyId } : {};
  return (
    <>
      {creating ? <OwnerAgencyInput national={false} /> : null}
      <SelectArrayInput
        source="positionTypes"
        choices={positionTypeChoices}
        helperText="resources.criteriaTemplates.helpers.positionTypes"
        sx={{ minWidth: 360 }}
      />
      <ReferenceArrayInput
        source="unitIds"
        reference="orgUnits"
        filter={unitFilter}
        enableGetChoices={() => !can(permissions, 'agencies.all') || !!agencyId}
      >
        <AutocompleteArrayInput helperText="resources.criteriaTemplates.helpers.unitIds" sx={{ minWidth: 480 }} />
      </ReferenceArrayInput>
    </>
  );
};

/** One row of the builder: the indicator, main or additional, its weight and its default target. */
const ItemInputs = () => {
  const indicatorFilter = useIndicatorFilter();
  return (
    <SimpleFormIterator inline fullWidth>
      <ReferenceInput source="indicatorId" reference="indicators" filter={indicatorFilter} sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput
          label="resources.criteriaTemplates.items.indicatorId"
          validate={validateRequired}
          parse={parseId}
          helperText={false}
          sx={{ minWidth: 380 }}
        />
      </ReferenceInput>
      <SelectInput
        source="category"
        label="resources.criteriaTemplates.items.category"
        choices={categoryChoices}
        defaultValue="UTAMA"
        validate={validateRequired}
        helperText={false}
        sx={{ width: 150 }}
      />
      <NumberInput
        source="weight"
        label="resources.criteriaTemplates.items.weight"
        validate={validateWeight}
        min={0}
        max={100}
        helperText={false}
        sx={{ width: 120 }}
      />
      <TargetInput source="target" />
      <TargetMaxInput source="targetMax" />
    </SimpleFormIterator>
  );
};

/**
 * The template builder: what the template is, whom it applies to, and its indicators with
 * weights and default targets, with the running total of the main weights. Create and edit share it.
 */
export const CriteriaTemplateBuilder = ({ creating = false }: { creating?: boolean }) => (
  <>
    <TextInput source="name" validate={validateName} fullWidth />
    <TextInput source="description" validate={validateDescription} multiline minRows={2} fullWidth />
    <ScopeInputs creating={creating} />
    <BooleanInput source="active" helperText="resources.criteriaTemplates.helpers.active" />
    <ArrayInput source="items" validate={validateTemplateItems} helperText="resources.criteriaTemplates.helpers.items">
      <ItemInputs />
    </ArrayInput>
    <MainWeightTotal />
  </>
);

/** The form's values as the API takes them: items with numbers, empty lists rather than none. */
export const toTemplateInput = (data: Record<string, unknown>): Record<string, unknown> => ({
  ...data,
  description: typeof data.description === 'string' && data.description.trim() === '' ? null : data.description,
  positionTypes: data.positionTypes ?? [],
  unitIds: data.unitIds ?? [],
  items: toTemplateItemInputs(data.items as TemplateItemValues[] | undefined),
});
