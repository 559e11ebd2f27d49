import { can } from '../../access';
import AddIcon from '@mui/icons-material/Add';
import { Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  BooleanInput,
  CheckboxGroupInput,
  FormDataConsumer,
  maxLength,
  maxValue,
  minLength,
  minValue,
  NumberInput,
  regex,
  required,
  TextInput,
  Title,
  useDataProvider,
  usePermissions,
  useTranslate,
} from 'react-admin';

import { DialogActionButton } from '../../common/dialog-action-button';
import type { KinerjaDataProvider, RewardTypeRecord } from '../../dataProvider';
import { refusalText } from '../disciplinaryCases/case-refusal';
import { SANCTION_LEVELS, sanctionLevelChoices } from '../disciplinaryCases/case-rules';

/** The reward catalogue (`rewardTypes`): national types and the agency's own. */
export const useRewardTypes = (): RewardTypeRecord[] | undefined => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const { data } = useQuery({
    queryKey: ['rewardTypes'],
    queryFn: async () => (await dataProvider.rewardTypes()).data,
  });
  return data;
};

type Translate = ReturnType<typeof useTranslate>;

/** The rules of a type in words: clean record (which levels, how far back), years of service. */
export const rewardRuleText = (type: RewardTypeRecord, translate: Translate): string => {
  const rules: string[] = [];
  if (type.requiresCleanRecord) {
    const levels = type.disqualifyingLevels.map((level) => translate(`resources.disciplinaryCases.levels.${level}`)).join(', ');
    rules.push(
      type.lookbackYears
        ? translate('resources.rewards.types.cleanRecordYears', { levels, years: type.lookbackYears })
        : translate('resources.rewards.types.cleanRecord', { levels }),
    );
  }
  if (type.minServiceYears) rules.push(translate('resources.rewards.types.minService', { years: type.minServiceYears }));
  return rules.length > 0 ? rules.join('; ') : translate('resources.rewards.types.noRules');
};

const validateCode = [required(), regex(/^[A-Z0-9][A-Z0-9_]{1,59}$/, 'resources.rewards.types.codeFormat')];
const validateName = [required(), minLength(3), maxLength(200)];

type NewRewardType = {
  code?: string;
  name?: string;
  description?: string;
  requiresCleanRecord?: boolean;
  disqualifyingLevels?: string[];
  lookbackYears?: number | null;
  minServiceYears?: number | null;
};

/** Tambah jenis penghargaan: an agency's own type with its rules (HR). */
const CreateRewardTypeButton = () => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const translate = useTranslate();
  return (
    <DialogActionButton<NewRewardType>
      texts="resources.rewards.types.create"
      icon={<AddIcon />}
      onSubmit={async (values) => {
        try {
          await dataProvider.createRewardType({
            code: String(values.code ?? ''),
            name: String(values.name ?? '').trim(),
            description: values.description?.trim() || null,
            requiresCleanRecord: !!values.requiresCleanRecord,
            // Lightest level first, whatever the order they were ticked in.
            disqualifyingLevels: values.requiresCleanRecord
              ? (SANCTION_LEVELS.filter((level) => values.disqualifyingLevels?.includes(level)) as never)
              : undefined,
            lookbackYears: values.requiresCleanRecord ? (values.lookbackYears ?? null) : null,
            minServiceYears: values.minServiceYears ?? null,
          });
        } catch (error) {
          if ((error as { body?: { errors?: unknown } }).body?.errors) throw error;
          throw new Error(refusalText(error, translate));
        }
      }}
      testId="reward-type-create"
      variant="contained"
    >
      <TextInput source="code" label="resources.rewards.types.code" validate={validateCode} fullWidth />
      <TextInput source="name" label="resources.rewards.types.name" validate={validateName} fullWidth />
      <TextInput source="description" label="resources.rewards.types.description" validate={maxLength(2000)} multiline fullWidth />
      <BooleanInput source="requiresCleanRecord" label="resources.rewards.types.requiresCleanRecord" />
      <FormDataConsumer<NewRewardType>>
        {({ formData }) =>
          formData.requiresCleanRecord ? (
            <>
              <CheckboxGroupInput
                source="disqualifyingLevels"
                label="resources.rewards.types.disqualifyingLevels"
                choices={sanctionLevelChoices}
                defaultValue={['SEDANG', 'BERAT']}
              />
              <NumberInput
                source="lookbackYears"
                label="resources.rewards.types.lookbackYears"
                helperText="resources.rewards.types.lookbackHelper"
                validate={[minValue(1), maxValue(40)]}
              />
            </>
          ) : null
        }
      </FormDataConsumer>
      <NumberInput source="minServiceYears" label="resources.rewards.types.minServiceYears" validate={[minValue(1), maxValue(45)]} />
    </DialogActionButton>
  );
};

/** Jenis penghargaan: the national catalogue and the agency's own types, with their rules; HR adds types. /rewards/types */
export const RewardTypes = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const types = useRewardTypes();
  const column = (name: string) => translate(`resources.rewards.types.${name}`);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.rewards.types.title" />
      <CardContent>
        <Stack direction="row" sx={{ mb: 2, alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="body2" color="text.secondary">
            {column('intro')}
          </Typography>
          {can(permissions, 'discipline.manage') ? <CreateRewardTypeButton /> : null}
        </Stack>
        <Table size="small" data-testid="reward-types">
          <TableHead>
            <TableRow>
              <TableCell>{column('code')}</TableCell>
              <TableCell>{column('name')}</TableCell>
              <TableCell>{column('rules')}</TableCell>
              <TableCell>{column('owner')}</TableCell>
              <TableCell>{column('active')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(types ?? []).map((type) => (
              <TableRow key={type.id} data-testid="reward-type-row" data-code={type.code}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{type.code}</TableCell>
                <TableCell>
                  {type.name}
                  {type.description ? (
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {type.description}
                    </Typography>
                  ) : null}
                </TableCell>
                <TableCell>{rewardRuleText(type, translate)}</TableCell>
                <TableCell>
                  <Chip size="small" variant="outlined" label={column(type.agencyId ? 'agency' : 'national')} />
                </TableCell>
                <TableCell>{translate(type.active ? 'ra.boolean.true' : 'ra.boolean.false')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};
