import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, Role } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';
import { setUpReportingLine, type ReportingLine } from '../helpers/reporting-line.js';

/**
 * Working calendar: the agency's week (Perpres 21/2023 by default), a unit
 * keeping a 6-day week (the puskesmas) and the units below it following it,
 * national holidays and collective leave plus the agency's own days off.
 */

let app: TestApp;
let line: ReportingLine;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
let admin: string;
const units: Record<string, string> = {};

const WORKING_DAYS = `query ($agencyId: ID, $unitId: ID, $month: String!) {
  workingDays(agencyId: $agencyId, unitId: $unitId, month: $month) {
    month count workingMinutes targetMinutes days { date weekday start end breakMinutes minutes }
    holidays { date name kind } calendar { id unitId workingDaysPerWeek }
  } }`;
const SET = `mutation ($input: SetWorkCalendarInput!) { setWorkCalendar(input: $input) {
  calendar { id version agencyId unitId workingDaysPerWeek weeklyMinutes targetMinutesPerDay days { weekday start end breakMinutes } unit { code } } } }`;
const CREATE_HOLIDAY = `mutation ($input: CreateHolidayInput!) { createHoliday(input: $input) { holiday { id version date name kind agencyId } } }`;
const UPDATE_HOLIDAY = `mutation ($input: UpdateHolidayInput!) { updateHoliday(input: $input) { holiday { id version date name } } }`;
const DELETE_HOLIDAY = `mutation ($input: DeleteHolidayInput!) { deleteHoliday(input: $input) { id } }`;
const HOLIDAYS = `query ($filter: HolidayFilter) { holidays(filter: $filter, first: 100) { totalCount nodes { date name kind agencyId } } }`;

interface Month {
  count: number;
  workingMinutes: number;
  targetMinutes: number;
  days: { date: string; weekday: number; start: string; end: string; breakMinutes: number; minutes: number }[];
  holidays: { date: string; kind: string }[];
  calendar: { id: string; unitId: string | null; workingDaysPerWeek: number } | null;
}
const month = async (variables: Record<string, unknown>, token = line.tokens.siti!) =>
  (await run<{ workingDays: Month }>(WORKING_DAYS, { month: '2026-03', ...variables }, token)).workingDays;
const weekdays = (start: string, end: string, breakMinutes: number, count = 5) =>
  Array.from({ length: count }, (_, i) => ({ weekday: i + 1, start, end, breakMinutes }));

beforeAll(async () => {
  app = await startTestApp();
  line = await setUpReportingLine(app);
  ({ run, attempt } = runner(app, () => line.tokens.hr!));
  admin = (await actor(app, [Role.SUPER_ADMIN])).token;
  const { orgUnits } = await run<{ orgUnits: { nodes: { id: string; code: string }[] } }>(
    `query { orgUnits(first: 50) { nodes { id code } } }`,
  );
  for (const unit of orgUnits.nodes) units[unit.code] = unit.id;
  units.PUSTU = (
    await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
      `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
      { input: { parentId: units.PKM, code: 'PUSTU', name: 'Puskesmas Pembantu', kind: 'UPT' } },
    )
  ).createOrgUnit.orgUnit.id;
});
afterAll(() => app?.close());

describe('the default week', () => {
  it('is Monday to Friday, 07:30, 7.5 hours a day, a longer break on Friday, when the agency sets none', async () => {
    const march = await month({});
    // March 2026 starts on a Sunday: 22 weekdays.
    expect(march).toMatchObject({ count: 22, workingMinutes: 22 * 450, targetMinutes: 22 * 450, calendar: null, holidays: [] });
    expect(march.days[0]).toEqual({ date: '2026-03-02', weekday: 1, start: '07:30', end: '16:00', breakMinutes: 60, minutes: 450 });
    expect(march.days.find((d) => d.weekday === 5)).toMatchObject({ end: '16:30', breakMinutes: 90, minutes: 450 });
  });
});

describe('holidays and collective leave', () => {
  it('are national data set by the platform administrator, plus the agency’s own days, and leave the month', async () => {
    const national = [
      ['2026-03-19', 'Hari Suci Nyepi', 'LIBUR_NASIONAL'],
      ['2026-03-20', 'Idul Fitri 1447 H', 'LIBUR_NASIONAL'],
      ['2026-03-21', 'Idul Fitri 1447 H', 'LIBUR_NASIONAL'],
      ['2026-03-18', 'Cuti bersama Nyepi', 'CUTI_BERSAMA'],
      ['2026-03-23', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA'],
      ['2026-03-24', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA'],
    ];
    for (const [date, name, kind] of national) {
      const { createHoliday } = await run<{ createHoliday: { holiday: { agencyId: string | null } } }>(
        CREATE_HOLIDAY,
        { input: { date, name, kind } },
        admin,
      );
      expect(createHoliday.holiday.agencyId).toBeNull();
    }
    const own = await run<{ createHoliday: { holiday: { agencyId: string } } }>(CREATE_HOLIDAY, {
      input: { date: '2026-03-02', name: 'Hari jadi kota', kind: 'LIBUR_DAERAH' },
    });
    expect(own.createHoliday.holiday.agencyId).toBe(line.agencyId);
    // Another agency's day off is not this one's.
    await run(CREATE_HOLIDAY, { input: { date: '2026-03-03', name: 'Hari jadi lain', kind: 'LIBUR_DAERAH' } }, line.tokens.outsider);

    const march = await month({});
    // Weekdays off: 2, 18, 19, 20, 23, 24 (the 21st is a Saturday).
    expect(march.count).toBe(16);
    expect(march.days.map((d) => d.date)).not.toContain('2026-03-02');
    expect(march.days.map((d) => d.date)).toContain('2026-03-03');
    expect(march.holidays.map((h) => h.date)).toEqual([
      '2026-03-02',
      '2026-03-18',
      '2026-03-19',
      '2026-03-20',
      '2026-03-21',
      '2026-03-23',
      '2026-03-24',
    ]);

    const { holidays } = await run<{ holidays: { totalCount: number; nodes: { agencyId: string | null }[] } }>(HOLIDAYS, {
      filter: { year: 2026 },
    });
    expect(holidays.totalCount).toBe(7);
    const { holidays: nationalOnly } = await run<{ holidays: { totalCount: number } }>(HOLIDAYS, {
      filter: { agencyId: { isNull: true } },
    });
    expect(nationalOnly.totalCount).toBe(6);
    const { holidays: nextYear } = await run<{ holidays: { totalCount: number } }>(HOLIDAYS, { filter: { year: 2027 } });
    expect(nextYear.totalCount).toBe(0);
  });

  it('refuses a second entry for the same day, HR changing a national day, and a stale edit', async () => {
    const before = await databaseFingerprint(app);
    const twice = await attempt(CREATE_HOLIDAY, { input: { date: '2026-03-02', name: 'Lagi', kind: 'LIBUR_DAERAH' } });
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    expect(twice.errors?.[0]?.extensions.field).toBe('input.date');
    const { holidays } = await run<{ holidays: { nodes: { id: string; agencyId: string | null; date: string }[] } }>(
      `query { holidays(filter: { year: 2026 }, first: 100) { nodes { id agencyId date } } }`,
    );
    const nationalDay = holidays.nodes.find((h) => h.agencyId === null)!;
    expect(errorCode(await attempt(DELETE_HOLIDAY, { input: { id: nationalDay.id } }))).toBe('FORBIDDEN');
    expect(
      errorCode(await attempt(CREATE_HOLIDAY, { input: { date: '2026-03-05', name: 'Bukan HR', kind: 'LIBUR_DAERAH' } }, line.tokens.siti)),
    ).toBe('FORBIDDEN');
    const ownDay = holidays.nodes.find((h) => h.agencyId !== null)!;
    expect(errorCode(await attempt(UPDATE_HOLIDAY, { input: { id: ownDay.id, version: 9, name: 'Basi' } }))).toBe('CONFLICT');
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('moves and removes a day off of the agency, audited', async () => {
    const created = await run<{ createHoliday: { holiday: { id: string; version: number } } }>(CREATE_HOLIDAY, {
      input: { date: '2026-04-06', name: 'Libur daerah', kind: 'LIBUR_DAERAH' },
    });
    const { id, version } = created.createHoliday.holiday;
    const moved = await run<{ updateHoliday: { holiday: { date: string; version: number } } }>(UPDATE_HOLIDAY, {
      input: { id, version, date: '2026-04-07' },
    });
    expect(moved.updateHoliday.holiday.date).toBe('2026-04-07');
    expect((await month({ month: '2026-04' })).days.map((d) => d.date)).not.toContain('2026-04-07');
    await run(DELETE_HOLIDAY, { input: { id } });
    expect((await month({ month: '2026-04' })).days.map((d) => d.date)).toContain('2026-04-07');
    const audit = await app.sql<{ action: string }>(
      `select action from audit_entries where entity_type = 'Holiday' and agency_id is not null order by occurred_at`,
    );
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['CREATE', 'UPDATE', 'DELETE']));
  });
});

describe('calendars per agency and per unit', () => {
  it('sets the agency week with a per-day target of effective minutes', async () => {
    const { setWorkCalendar } = await run<{
      setWorkCalendar: { calendar: { unitId: string | null; weeklyMinutes: number; workingDaysPerWeek: number } };
    }>(SET, {
      input: {
        days: [...weekdays('07:30', '16:00', 60, 4), { weekday: 5, start: '07:30', end: '16:30', breakMinutes: 90 }],
        targetMinutesPerDay: 300,
      },
    });
    expect(setWorkCalendar.calendar).toMatchObject({ unitId: null, weeklyMinutes: 2250, workingDaysPerWeek: 5 });
    const march = await month({});
    expect(march).toMatchObject({ count: 16, workingMinutes: 16 * 450, targetMinutes: 16 * 300 });
  });

  it('gives a unit serving the public a 6-day week, which the units below it follow and the units above do not', async () => {
    const six = weekdays('07:30', '14:00', 30, 6);
    const { setWorkCalendar } = await run<{
      setWorkCalendar: { calendar: { id: string; version: number; unit: { code: string }; workingDaysPerWeek: number } };
    }>(SET, { input: { unitId: units.PKM, days: six } });
    expect(setWorkCalendar.calendar).toMatchObject({ unit: { code: 'PKM' }, workingDaysPerWeek: 6 });
    // 26 days Monday to Saturday; off: 2, 18, 19, 20, 21, 23, 24.
    const pkm = await month({ unitId: units.PKM });
    expect(pkm).toMatchObject({ count: 19, workingMinutes: 19 * 360, targetMinutes: 19 * 360 });
    expect(pkm.days.filter((d) => d.weekday === 6).map((d) => d.date)).toEqual(['2026-03-07', '2026-03-14', '2026-03-28']);
    const pustu = await month({ unitId: units.PUSTU });
    expect(pustu.count).toBe(19);
    expect(pustu.calendar?.id).toBe(setWorkCalendar.calendar.id);
    expect((await month({ unitId: units.DINKES })).count).toBe(16);

    // Setting it again changes it in place; a stale version is refused.
    const stale = await attempt(SET, { input: { unitId: units.PKM, days: six, version: setWorkCalendar.calendar.version + 5 } });
    expect(errorCode(stale)).toBe('CONFLICT');
    await run(SET, { input: { unitId: units.PKM, days: weekdays('08:00', '15:00', 60), version: setWorkCalendar.calendar.version } });
    expect((await month({ unitId: units.PUSTU })).count).toBe(16);
    await run(SET, { input: { unitId: units.PKM, days: six } });
    const audit = await app.sql<{ action: string }>(`select action from audit_entries where entity_type = 'WorkCalendar'`);
    expect(audit.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses weeks that are not 5 or 6 days or have impossible hours, naming the field, and changes nothing', async () => {
    const before = await databaseFingerprint(app);
    const four = await attempt(SET, { input: { days: weekdays('07:30', '16:00', 60, 4) } });
    expect(errorCode(four)).toBe('BAD_USER_INPUT');
    expect(four.errors?.[0]?.extensions.field).toBe('input.days');
    const backwards = await attempt(SET, {
      input: { days: [{ weekday: 1, start: '16:00', end: '07:30', breakMinutes: 0 }, ...weekdays('07:30', '16:00', 60).slice(1)] },
    });
    expect(backwards.errors?.[0]?.extensions.field).toBe('input.days.0.end');
    const badTime = await attempt(SET, {
      input: { days: [{ weekday: 1, start: '7.30', end: '16:00', breakMinutes: 60 }, ...weekdays('07:30', '16:00', 60).slice(1)] },
    });
    expect(badTime.errors?.[0]?.extensions.field).toBe('input.days.0.start');
    const badMonth = await attempt(WORKING_DAYS, { month: '2026-13' });
    expect(errorCode(badMonth)).toBe('BAD_USER_INPUT');
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('is changed by HR only, within their agency; another agency’s calendar is not readable', async () => {
    const days = weekdays('07:30', '16:00', 60);
    expect(errorCode(await attempt(SET, { input: { days } }, line.tokens.kapus))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(SET, { input: { unitId: units.PKM, days } }, line.tokens.outsider))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(WORKING_DAYS, { month: '2026-03', agencyId: line.agencyId }, line.tokens.outsider))).toBe('NOT_FOUND');
    expect(errorCode(await attempt(WORKING_DAYS, { month: '2026-03', unitId: units.PKM }, line.tokens.outsider))).toBe('NOT_FOUND');
    const { workCalendars } = await run<{ workCalendars: { totalCount: number } }>(
      `query { workCalendars { totalCount } }`,
      {},
      line.tokens.outsider,
    );
    expect(workCalendars.totalCount).toBe(0);
  });

  it('removing the unit calendar puts the unit back on the agency week', async () => {
    const { workCalendars } = await run<{ workCalendars: { nodes: { id: string; unitId: string | null }[] } }>(
      `query { workCalendars { nodes { id unitId } } }`,
    );
    expect(workCalendars.nodes.map((c) => c.unitId)).toEqual([null, units.PKM]);
    await run(`mutation ($input: DeleteWorkCalendarInput!) { deleteWorkCalendar(input: $input) { id } }`, {
      input: { id: workCalendars.nodes[1]!.id },
    });
    expect((await month({ unitId: units.PUSTU })).count).toBe(16);
  });
});
