import { Alert, Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate, type Identifier } from 'react-admin';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip as ChartTooltip, XAxis, YAxis } from 'recharts';
import type { KinerjaDataProvider } from '../../dataProvider';
import { DATE_LOCALE } from '../../i18n';
import { IKM_CATEGORY_COLORS, ikmBars } from './survey-rules';

/** How often the panel asks again while it is shown: "live" while citizens answer. */
const REFRESH_MS = 15_000;

/**
 * The survey's IKM now: the index 25-100 with its category and label, the respondents against the
 * minimum sample, and the average (NRR, 1-4) of each element as a bar chart.
 */
export const SurveyIkmPanel = ({ surveyId }: { surveyId: Identifier }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const translate = useTranslate();
  const { data, error } = useQuery({
    queryKey: ['surveys', 'ikm', surveyId],
    queryFn: async () => (await dataProvider.getSurveyIkm(surveyId)).data,
    refetchInterval: REFRESH_MS,
  });
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!data) return null;
  const bars = ikmBars(data);
  const number = (value: number | null | undefined, digits = 2) =>
    value == null ? '—' : value.toLocaleString(DATE_LOCALE, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (
    <Card variant="outlined" data-testid="ikm-panel">
      <CardContent>
        <Typography variant="h6">{translate('resources.surveys.ikm.title')}</Typography>
        <Stack direction="row" spacing={3} sx={{ my: 1, alignItems: 'center' }}>
          <Box>
            <Typography variant="caption" color="text.secondary">
              IKM
            </Typography>
            <Typography variant="h4" data-testid="ikm-value">
              {number(data.ikmRounded)}
            </Typography>
          </Box>
          {data.category ? (
            <Chip
              label={`${data.category} — ${data.categoryLabel ?? ''}`}
              sx={{ bgcolor: IKM_CATEGORY_COLORS[data.category], color: 'white' }}
              data-testid="ikm-category"
            />
          ) : null}
          <Box>
            <Typography variant="caption" color="text.secondary">
              {translate('resources.surveys.ikm.respondents')}
            </Typography>
            <Typography variant="h6" data-testid="ikm-respondents">
              {data.respondents.toLocaleString(DATE_LOCALE)}
            </Typography>
          </Box>
          <Box>
            <Typography variant="caption" color="text.secondary">
              {translate('resources.surveys.ikm.weightedValue')}
            </Typography>
            <Typography variant="h6">{number(data.weightedValue, 4)}</Typography>
          </Box>
        </Stack>
        {data.belowMinimumSample ? (
          <Alert severity="warning" data-testid="ikm-below-minimum">
            {translate('resources.surveys.ikm.belowMinimum', { respondents: data.respondents, minimum: data.minimumSample })}
          </Alert>
        ) : null}
        {bars.length > 0 ? (
          <Box sx={{ height: 300, mt: 2 }} data-testid="ikm-chart">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={bars} margin={{ top: 24, right: 16, bottom: 8, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="code" />
                <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} />
                <ChartTooltip
                  formatter={(value) => [number(Number(value)), translate('resources.surveys.ikm.average')]}
                  labelFormatter={(label) => bars.find((bar) => bar.code === label)?.name ?? String(label)}
                />
                <Bar dataKey="average" fill="#1976d2" isAnimationActive={false}>
                  <LabelList dataKey="average" position="top" formatter={(value) => number(Number(value))} />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </Box>
        ) : (
          <Typography color="text.secondary">{translate('resources.surveys.ikm.noResponses')}</Typography>
        )}
      </CardContent>
    </Card>
  );
};
