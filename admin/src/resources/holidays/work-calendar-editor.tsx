import {
  Alert,
  Autocomplete,
  Card,
  CardContent,
  Checkbox,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Button, Loading, Title, useDataProvider, useGetList, useNotify, useTranslate, type Identifier } from 'react-admin';
import type { KinerjaDataProvider } from '../../dataProvider';

type Unit = { id: Identifier; code: string; name: string };
type Day = { weekday: number; working: boolean; start: string; end: string; breakMinutes: number };

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
/** Perpres 21/2023, the week an agency without a calendar keeps. */
const defaultDay = (weekday: number): Day => ({
  weekday,
  working: weekday <= 5,
  start: '07:30',
  end: weekday === 5 ? '16:30' : '16:00',
  breakMinutes: weekday === 5 ? 90 : 60,
});

/**
 * Hari dan jam kerja: the working week of the agency, or of a unit that keeps other days or hours
 * (the units below it follow it), with the target of effective minutes per day. /holidays/calendar
 */
export const WorkCalendarEditor = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const [unit, setUnit] = useState<Unit | null>(null);
  const [days, setDays] = useState<Day[]>(WEEKDAYS.map(defaultDay));
  const [target, setTarget] = useState('');
  const month = new Date().toISOString().slice(0, 7);
  const units = useGetList<Unit>('orgUnits', { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } });
  const current = useQuery({
    queryKey: ['holidays', 'calendar', unit?.id ?? null, month],
    queryFn: () => dataProvider.getWorkingMonth(unit ? String(unit.id) : null, month),
  });
  const calendar = current.data?.calendar ?? null;
  // Load the week that applies (the unit's, the one above it, the agency's, or the defaults).
  useEffect(() => {
    const own = calendar?.days ?? null;
    setDays(
      WEEKDAYS.map((weekday) => {
        const day = own?.find((d) => d.weekday === weekday);
        return own ? (day ? { ...day, working: true } : { ...defaultDay(weekday), working: false }) : defaultDay(weekday);
      }),
    );
    setTarget(calendar?.targetMinutesPerDay ? String(calendar.targetMinutesPerDay) : '');
  }, [calendar]);
  const ownCalendar = calendar && (unit ? calendar.unitId === String(unit.id) : !calendar.unitId) ? calendar : null;
  const save = useMutation({
    mutationFn: () =>
      dataProvider.setWorkCalendar({
        unitId: unit ? String(unit.id) : null,
        days: days.filter((d) => d.working).map(({ weekday, start, end, breakMinutes }) => ({ weekday, start, end, breakMinutes })),
        targetMinutesPerDay: target ? Number(target) : null,
        version: ownCalendar?.version ?? null,
      }),
    onSuccess: () => {
      notify('resources.holidays.calendar.saved', { type: 'success' });
      void current.refetch();
    },
  });
  const change = (weekday: number, patch: Partial<Day>) =>
    setDays((all) => all.map((d) => (d.weekday === weekday ? { ...d, ...patch } : d)));
  return (
    <Card sx={{ mt: 2 }} data-testid="work-calendar-editor">
      <Title title={translate('resources.holidays.calendar.title')} />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6">{translate('resources.holidays.calendar.title')}</Typography>
          <Autocomplete
            options={units.data ?? []}
            value={unit}
            onChange={(_event, value) => setUnit(value)}
            getOptionLabel={(option) => `${option.name} (${option.code})`}
            isOptionEqualToValue={(option, selected) => option.id === selected.id}
            sx={{ maxWidth: 480 }}
            renderInput={(params) => (
              <TextField
                {...params}
                label={translate('resources.holidays.calendar.unit')}
                helperText={translate('resources.holidays.calendar.unitHelper')}
              />
            )}
          />
          {current.isPending ? (
            <Loading />
          ) : (
            <Alert severity="info">
              {translate('resources.holidays.calendar.month', {
                month,
                count: current.data?.count ?? 0,
                target: current.data?.targetMinutes ?? 0,
              })}
            </Alert>
          )}
          <Table size="small" sx={{ maxWidth: 720 }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.holidays.calendar.weekday')}</TableCell>
                <TableCell>{translate('resources.holidays.calendar.working')}</TableCell>
                <TableCell>{translate('resources.holidays.calendar.start')}</TableCell>
                <TableCell>{translate('resources.holidays.calendar.end')}</TableCell>
                <TableCell>{translate('resources.holidays.calendar.break')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {days.map((day) => (
                <TableRow key={day.weekday} data-testid="calendar-day">
                  <TableCell>{translate(`resources.holidays.calendar.weekdays.${day.weekday}`)}</TableCell>
                  <TableCell>
                    <Checkbox checked={day.working} onChange={(event) => change(day.weekday, { working: event.target.checked })} />
                  </TableCell>
                  <TableCell>
                    <TextField
                      type="time"
                      size="small"
                      value={day.start}
                      disabled={!day.working}
                      onChange={(e) => change(day.weekday, { start: e.target.value })}
                    />
                  </TableCell>
                  <TableCell>
                    <TextField
                      type="time"
                      size="small"
                      value={day.end}
                      disabled={!day.working}
                      onChange={(e) => change(day.weekday, { end: e.target.value })}
                    />
                  </TableCell>
                  <TableCell>
                    <TextField
                      type="number"
                      size="small"
                      value={day.breakMinutes}
                      disabled={!day.working}
                      onChange={(e) => change(day.weekday, { breakMinutes: Number(e.target.value) })}
                      sx={{ width: 100 }}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TextField
            type="number"
            label={translate('resources.holidays.calendar.target')}
            helperText={translate('resources.holidays.calendar.targetHelper')}
            value={target}
            onChange={(event) => setTarget(event.target.value)}
            sx={{ maxWidth: 320 }}
          />
          {save.isError && <Alert severity="error">{(save.error as Error).message}</Alert>}
          <Stack direction="row">
            <Button variant="contained" label="resources.holidays.calendar.save" disabled={save.isPending} onClick={() => save.mutate()} />
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
};
