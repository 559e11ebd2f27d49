import { Alert, Box, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { AutocompleteInput, ReferenceInput, TextInput, useDataProvider, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { KinerjaDataProvider } from '../../dataProvider';
import { useMoneyFormat } from '../allowanceSheets/money';
import { CELLS, LineBase, RowFactsNote, TABLE_BOX } from '../allowanceSheets/line-base';
import { RuleLabel } from '../allowanceSheets/rule-label';
import { previewable, toRulesInput } from './scheme-rules';

/** The value after `delay` ms without change: the preview asks the API once the user pauses typing. */
const useDebounced = <T,>(value: T, delay: number): T => {
  const key = JSON.stringify(value);
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(JSON.parse(key) as T), delay);
    return () => clearTimeout(timer);
  }, [key, delay]);
  return debounced;
};

const MONTH = /^\d{4}-\d{2}$/;

/**
 * Pratinjau: one employee's month computed with the rules as they stand in the form, saved or
 * not (allowancePreview: the sheet's own computation, writing nothing). The employee and month
 * sit under `preview`, which no save sends.
 */
export const AllowancePreviewPanel = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const { rupiah, whole, percent } = useMoneyFormat();
  const values = useWatch() as Record<string, unknown>;
  const preview = (values.preview ?? {}) as { employeeId?: string; month?: string };
  const rules = toRulesInput(values);
  const asked = useDebounced({ employeeId: preview.employeeId, month: preview.month, rules }, 400);
  const ready = !!asked.employeeId && MONTH.test(asked.month ?? '') && previewable(asked.rules);
  const result = useQuery({
    queryKey: ['allowancePreview', asked],
    queryFn: async () => (await dataProvider.previewAllowance(asked.employeeId!, asked.month!, asked.rules)).data,
    enabled: ready,
    retry: false,
  });
  const data = result.data;
  return (
    <Card variant="outlined" sx={{ mt: 3, width: '100%' }} data-testid="allowance-preview">
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {translate('resources.allowanceSchemes.preview.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('resources.allowanceSchemes.preview.help')}
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }}>
          <ReferenceInput source="preview.employeeId" reference="employees">
            <AutocompleteInput
              label="resources.allowanceSchemes.preview.employee"
              optionText={(record: { fullName?: string; nip?: string }) => `${record.fullName ?? ''} (${record.nip ?? ''})`}
              filterToQuery={(q: string) => ({ q })}
              sx={{ minWidth: { sm: 360 }, maxWidth: '100%' }}
            />
          </ReferenceInput>
          <TextInput
            source="preview.month"
            type="month"
            label="resources.allowanceSchemes.preview.month"
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Stack>
        {!ready ? (
          <Typography variant="body2" color="text.secondary">
            {translate('resources.allowanceSchemes.preview.choose')}
          </Typography>
        ) : result.isError ? (
          <Alert severity="warning">{(result.error as Error).message}</Alert>
        ) : data === null ? (
          <Alert severity="info">{translate('resources.allowanceSchemes.preview.notPaid')}</Alert>
        ) : data ? (
          <Box data-testid="allowance-preview-result">
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate('resources.allowanceSchemes.preview.facts', {
                grade: data.grade ?? '—',
                workingDays: data.workingDays,
                presentDays: data.presentDays,
                effective: whole(data.effectiveMinutes),
                target: whole(data.targetMinutes),
              })}
            </Typography>
            <RowFactsNote row={data} />
            <Box sx={TABLE_BOX}>
              <Table size="small" sx={{ maxWidth: 720, ...CELLS }}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('resources.allowanceSheets.fields.rule')}</TableCell>
                    <TableCell align="right">{translate('resources.allowanceSheets.fields.quantity')}</TableCell>
                    <TableCell align="right">{translate('resources.allowanceSheets.fields.percentage')}</TableCell>
                    <TableCell align="right">{translate('resources.allowanceSheets.fields.amount')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  <TableRow>
                    <TableCell>{translate('resources.allowanceSheets.fields.gross')}</TableCell>
                    <TableCell />
                    <TableCell />
                    <TableCell align="right">{rupiah(data.gross)}</TableCell>
                  </TableRow>
                  {data.lines.map((line) => (
                    <TableRow key={line.rule}>
                      <TableCell>
                        <RuleLabel rule={line.rule} />
                        <LineBase line={line} />
                      </TableCell>
                      <TableCell align="right">{whole(line.quantity)}</TableCell>
                      <TableCell align="right">{percent(line.basisPoints)}</TableCell>
                      <TableCell align="right">-{rupiah(line.amount)}</TableCell>
                    </TableRow>
                  ))}
                  <TableRow>
                    <TableCell sx={{ fontWeight: 600 }}>{translate('resources.allowanceSheets.fields.net')}</TableCell>
                    <TableCell />
                    <TableCell />
                    <TableCell align="right" sx={{ fontWeight: 600 }} data-testid="preview-net">
                      {rupiah(data.net)}
                    </TableCell>
                  </TableRow>
                </TableBody>
              </Table>
            </Box>
          </Box>
        ) : null}
      </CardContent>
    </Card>
  );
};
