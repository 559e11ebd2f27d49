import type { EntityManager } from '@mikro-orm/postgresql';
import { HolidayKind } from '../modules/attendance/calendar.entity.js';

/**
 * The national holidays and collective leave of 2026 (joint ministerial decree,
 * SKB 3 Menteri), national rows every agency observes. Data, not code: HR and
 * platform administrators edit them and add the next year's.
 */
export const HOLIDAYS_2026: readonly [string, string, HolidayKind][] = [
  ['2026-01-01', 'Tahun Baru 2026 Masehi', HolidayKind.LIBUR_NASIONAL],
  ['2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', HolidayKind.LIBUR_NASIONAL],
  ['2026-02-16', 'Cuti bersama Tahun Baru Imlek', HolidayKind.CUTI_BERSAMA],
  ['2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', HolidayKind.LIBUR_NASIONAL],
  ['2026-03-18', 'Cuti bersama Hari Suci Nyepi', HolidayKind.CUTI_BERSAMA],
  ['2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', HolidayKind.LIBUR_NASIONAL],
  ['2026-03-20', 'Cuti bersama Idul Fitri 1447 H', HolidayKind.CUTI_BERSAMA],
  ['2026-03-21', 'Idul Fitri 1447 H', HolidayKind.LIBUR_NASIONAL],
  ['2026-03-22', 'Idul Fitri 1447 H', HolidayKind.LIBUR_NASIONAL],
  ['2026-03-23', 'Cuti bersama Idul Fitri 1447 H', HolidayKind.CUTI_BERSAMA],
  ['2026-03-24', 'Cuti bersama Idul Fitri 1447 H', HolidayKind.CUTI_BERSAMA],
  ['2026-04-03', 'Wafat Yesus Kristus', HolidayKind.LIBUR_NASIONAL],
  ['2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', HolidayKind.LIBUR_NASIONAL],
  ['2026-05-01', 'Hari Buruh Internasional', HolidayKind.LIBUR_NASIONAL],
  ['2026-05-14', 'Kenaikan Yesus Kristus', HolidayKind.LIBUR_NASIONAL],
  ['2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', HolidayKind.CUTI_BERSAMA],
  ['2026-05-27', 'Idul Adha 1447 H', HolidayKind.LIBUR_NASIONAL],
  ['2026-05-28', 'Cuti bersama Idul Adha 1447 H', HolidayKind.CUTI_BERSAMA],
  ['2026-05-31', 'Hari Raya Waisak 2570 BE', HolidayKind.LIBUR_NASIONAL],
  ['2026-06-01', 'Hari Lahir Pancasila', HolidayKind.LIBUR_NASIONAL],
  ['2026-06-16', 'Tahun Baru Islam 1448 H', HolidayKind.LIBUR_NASIONAL],
  ['2026-08-17', 'Hari Kemerdekaan Republik Indonesia', HolidayKind.LIBUR_NASIONAL],
  ['2026-08-25', 'Maulid Nabi Muhammad SAW', HolidayKind.LIBUR_NASIONAL],
  ['2026-12-24', 'Cuti bersama Hari Raya Natal', HolidayKind.CUTI_BERSAMA],
  ['2026-12-25', 'Hari Raya Natal', HolidayKind.LIBUR_NASIONAL],
];

/** One statement: the national days of 2026 (the demo agencies keep the default week of Perpres 21/2023). */
export async function seedDemoCalendar(em: EntityManager): Promise<void> {
  await em.execute(
    `insert into holidays (id, created_at, updated_at, version, agency_id, date, name, kind)
     select gen_random_uuid(), now(), now(), 1, null, x.date::date, x.name, x.kind::holiday_kind
       from jsonb_to_recordset(?::jsonb) as x(date text, name text, kind text)`,
    [JSON.stringify(HOLIDAYS_2026.map(([date, name, kind]) => ({ date, name, kind })))],
  );
}
