import { Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { KinerjaDataProvider } from '../../dataProvider';
import { todayInIndonesia } from '../performancePlans/plan-rules';

/** JP pengembangan kompetensi: the completed JP of the current year against the minimum of 20. */
export const TrainingHoursField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const year = Number(todayInIndonesia().slice(0, 4));
  const { data } = useQuery({
    queryKey: ['trainingHours', record?.id, year],
    queryFn: async () => (await dataProvider.getTrainingHours(record!.id, year)).data,
    enabled: !!record?.id,
    retry: false,
  });
  if (!data) return <Typography variant="body2">—</Typography>;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="employee-training-hours">
      <Typography variant="body2">
        {translate('resources.employees.trainingHours.text', { total: data.totalJp, required: data.requiredJp, year: data.year })}
      </Typography>
      <Chip
        size="small"
        color={data.compliant ? 'success' : 'warning'}
        label={
          data.compliant
            ? translate('resources.employees.trainingHours.compliant')
            : translate('resources.employees.trainingHours.remaining', { remaining: data.remainingJp })
        }
      />
    </Stack>
  );
};
