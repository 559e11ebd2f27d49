import {
  Alert,
  Autocomplete,
  Box,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Title, useDataProvider, useGetList, useTranslate, type Identifier } from 'react-admin';
import type { KinerjaDataProvider } from '../../dataProvider';
import { isDayOff, STATUS_COLOURS } from './attendance-status';

type Unit = { id: Identifier; code: string; name: string };

const currentMonth = () => new Date().toISOString().slice(0, 7);

/**
 * Kehadiran per unit: a unit's month (with the units below it) as a grid, days x employees, each
 * day coloured by its status (attendanceSheet, one request). /attendanceRecords/grid
 */
export const AttendanceGrid = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const [unit, setUnit] = useState<Unit | null>(null);
  const [month, setMonth] = useState(currentMonth());
  const units = useGetList<Unit>('orgUnits', { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } });
  const sheet = useQuery({
    queryKey: ['attendanceRecords', 'sheet', unit?.id, month],
    queryFn: () => dataProvider.getAttendanceSheet(String(unit!.id), month),
    enabled: !!unit && /^\d{4}-\d{2}$/.test(month),
  });
  const workingDates = new Set(sheet.data?.workingDates ?? []);
  const label = (status: string) => translate(`resources.attendanceRecords.status.${status}`);
  return (
    <Card sx={{ mt: 2, minWidth: 0 }} data-testid="attendance-grid">
      <Title title={translate('resources.attendanceRecords.grid.title')} />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6">{translate('resources.attendanceRecords.grid.title')}</Typography>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <Autocomplete
              options={units.data ?? []}
              value={unit}
              loading={units.isPending}
              onChange={(_event, value) => setUnit(value)}
              getOptionLabel={(option) => `${option.name} (${option.code})`}
              isOptionEqualToValue={(option, selected) => option.id === selected.id}
              sx={{ minWidth: { xs: 0, sm: 360 } }}
              renderInput={(params) => <TextField {...params} label={translate('resources.attendanceRecords.grid.unit')} />}
            />
            <TextField
              type="month"
              label={translate('resources.attendanceRecords.grid.month')}
              value={month}
              onChange={(event) => setMonth(event.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          </Stack>
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
            {Object.entries(STATUS_COLOURS).map(([status, colour]) => (
              <Box key={status} sx={{ px: 1, bgcolor: colour, borderRadius: 1, fontSize: 12 }}>
                {label(status)}
              </Box>
            ))}
          </Stack>
          {!unit ? (
            <Alert severity="info">{translate('resources.attendanceRecords.grid.chooseUnit')}</Alert>
          ) : sheet.isPending ? (
            <Loading />
          ) : sheet.error ? (
            <Alert severity="error">{(sheet.error as Error).message}</Alert>
          ) : sheet.data.rows.length === 0 ? (
            <Alert severity="info">{translate('resources.attendanceRecords.grid.empty')}</Alert>
          ) : (
            <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
              <Table size="small" aria-label="attendance-grid">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('resources.attendanceRecords.fields.employeeId')}</TableCell>
                    {sheet.data.days.map((day) => (
                      <TableCell
                        key={day.date}
                        align="center"
                        data-day-off={isDayOff(day, workingDates) ? 'true' : undefined}
                        sx={{ px: 0.5, color: isDayOff(day, workingDates) ? 'error.main' : undefined }}
                        title={day.holiday ?? undefined}
                      >
                        {Number(day.date.slice(8))}
                      </TableCell>
                    ))}
                    <TableCell align="right">{translate('resources.attendanceRecords.fields.lateMinutes')}</TableCell>
                    <TableCell align="right">{translate('resources.attendanceRecords.fields.earlyLeaveMinutes')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {sheet.data.rows.map((row) => {
                    const byDate = new Map(row.records.map((record) => [record.date as string, record]));
                    return (
                      <TableRow key={row.employee.id} data-testid="attendance-row">
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.employee.fullName}</TableCell>
                        {sheet.data.days.map((day) => {
                          const record = byDate.get(day.date as string);
                          return (
                            <TableCell
                              key={day.date}
                              align="center"
                              data-status={record?.status ?? ''}
                              sx={{ px: 0.5, bgcolor: record ? STATUS_COLOURS[record.status] : undefined, fontSize: 11 }}
                            >
                              {record ? (
                                <Tooltip title={`${label(record.status)} ${record.checkIn ?? '—'}–${record.checkOut ?? '—'}`}>
                                  <span>{record.status.slice(0, 1)}</span>
                                </Tooltip>
                              ) : null}
                            </TableCell>
                          );
                        })}
                        <TableCell align="right">{row.lateMinutes}</TableCell>
                        <TableCell align="right">{row.earlyLeaveMinutes}</TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </TableContainer>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
