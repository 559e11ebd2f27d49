import { Alert, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { FormDataConsumer, required, SelectInput, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { KinerjaDataProvider, SanctionTypeChoice } from '../../dataProvider';
import { SanctionLevelChip, useSanctionName } from './case-fields';
import { sanctionTypesByLevel } from './case-rules';

/** The sanction catalogue (`sanctionTypes`), loaded once: it is national reference data. */
export const useSanctionTypes = (): SanctionTypeChoice[] | undefined => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const { data } = useQuery({
    queryKey: ['sanctionTypes'],
    queryFn: async () => (await dataProvider.sanctionTypes()).data,
    staleTime: 60 * 60_000,
  });
  return data;
};

type Choice = { id: string; name: string; level: string; header?: boolean; disabled?: boolean };

const SanctionOption = ({ choice }: { choice: Choice }) => {
  const translate = useTranslate();
  if (choice.header)
    return (
      <Typography variant="overline" color="text.secondary">
        {translate(`resources.disciplinaryCases.levels.${choice.level}`)}
      </Typography>
    );
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <SanctionLevelChip level={choice.level} />
      <span>{choice.name}</span>
    </Stack>
  );
};

/** SelectInput renders an element `optionText` with the choice as the record in context. */
const SanctionOptionText = () => {
  const choice = useRecordContext<Choice>();
  return choice ? <SanctionOption choice={choice} /> : null;
};

/** What the chosen sanction means: its duration or cut, and the remedy against it. */
const SanctionSummary = ({ type }: { type: SanctionTypeChoice }) => {
  const translate = useTranslate();
  const parts = [
    type.permanent
      ? translate('resources.disciplinaryCases.decide.permanent')
      : type.durationMonths
        ? translate('resources.disciplinaryCases.decide.duration', { months: type.durationMonths })
        : translate('resources.disciplinaryCases.decide.noDuration'),
    type.allowanceCutPercent ? translate('resources.disciplinaryCases.decide.cut', { percent: type.allowanceCutPercent }) : null,
    translate(type.permanent ? 'resources.disciplinaryCases.decide.remedyAppeal' : 'resources.disciplinaryCases.decide.remedyObjection'),
  ];
  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="sanction-summary">
      {parts.filter(Boolean).join(' ')}
    </Alert>
  );
};

/**
 * Jenis hukuman: a picker limited to the catalogue, grouped under its levels (Ringan, Sedang,
 * Berat), each type with its level chip; the chosen one is explained below it. `except` leaves out
 * a type (the one an appeal would change).
 */
export const SanctionTypeInput = ({ source = 'sanctionTypeCode', except }: { source?: string; except?: string | null }) => {
  const types = useSanctionTypes();
  const sanctionName = useSanctionName();
  const choices: Choice[] = sanctionTypesByLevel((types ?? []).filter((type) => type.code !== except)).flatMap((group) => [
    { id: `level-${group.level}`, name: group.level, level: group.level, header: true, disabled: true },
    ...group.types.map((type) => ({ id: type.code, name: sanctionName(type), level: type.level })),
  ]);
  return (
    <>
      <SelectInput
        source={source}
        label="resources.disciplinaryCases.fields.sanctionType"
        choices={choices}
        optionText={<SanctionOptionText />}
        translateChoice={false}
        validate={required()}
        isLoading={!types}
        fullWidth
      />
      <FormDataConsumer>
        {({ formData }) => {
          const chosen = types?.find((type) => type.code === formData[source]);
          return chosen ? <SanctionSummary type={chosen} /> : null;
        }}
      </FormDataConsumer>
    </>
  );
};
