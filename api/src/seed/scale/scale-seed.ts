import type { ClientBase } from 'pg';
import { summaryInserts } from '../../modules/analytics/evaluation-summary.js';

/**
 * A national-size dataset for benchmarks and query-plan checks: agencies, unit
 * trees, positions, employees with valid NIPs, the year 2026 (annual plus four
 * quarters) with plans, targets, realisations, evaluations with their breakdown,
 * work reports, feedback, trainings, surveys and complaints.
 *
 * Everything is written by set-based `INSERT ... SELECT generate_series`
 * statements, never one record at a time, and is deterministic: every "random"
 * choice and every id is an md5 of the seed, a stream name and a row number, so
 * the same (employees, seed) gives the same database. The audit trail receives
 * nothing for generated rows (they are not changes anyone made).
 *
 * Layout per agency (one per ~10,000 employees): one top unit (DINAS, BADAN or
 * KECAMATAN in turn) per ~100 employees, each with three sub-units (BIDANG,
 * PUSKESMAS, KELURAHAN); each unit has a head position and a staff position;
 * the first employees of the agency head the units, the rest are staff spread
 * over the units. Heads of top units report to no one (HR appraises them).
 */
export interface ScaleOptions {
  employees: number;
  seed: number;
  /** Argon2 hash given to every generated account (hashing is slow: one hash for all). */
  passwordHash: string;
  /** Number of agencies; default one per ~10,000 employees. */
  agencies?: number;
  /** Employee accounts per agency (for write benchmarks), the first staff members. */
  employeeAccounts?: number;
  log?: (message: string) => void;
}

export interface ScaleSummary {
  agencies: number;
  rows: Record<string, number>;
  ms: number;
}

export const SCALE_YEAR = 2026;
/** Password of every generated account. */
export const SCALE_PASSWORD = 'kinerja-skala';
/** What a generated database says of itself (a comment on the agencies table), to be reused. */
export const scaleMarker = (employees: number, seed: number) => `scale:employees=${employees}:seed=${seed}`;
/** Usernames: hr.skala<agency>, atasan.skala<agency>, pegawai.skala<agency>.<n>. */
export const scaleUsername = {
  hr: (agency: number) => `hr.skala${agency}`,
  supervisor: (agency: number) => `atasan.skala${agency}`,
  employee: (agency: number, n: number) => `pegawai.skala${agency}.${n}`,
};
/** Agency code of the a-th generated agency. */
export const scaleAgencyCode = (agency: number) => `PEMDA-SKALA-${String(agency + 1).padStart(3, '0')}`;

/** Agencies for a number of employees: one per ~10,000. */
export const scaleAgencies = (employees: number) => Math.max(1, Math.round(employees / 10_000));

export async function seedScale(client: ClientBase, options: ScaleOptions): Promise<ScaleSummary> {
  const { employees: n, seed } = options;
  if (!Number.isInteger(n) || n < 100) throw new Error('employees must be an integer >= 100');
  if (!Number.isInteger(seed) || seed < 0) throw new Error('seed must be a non-negative integer');
  const accounts = options.employeeAccounts ?? 200;
  const log = options.log ?? (() => {});
  const started = Date.now();
  const agencies = options.agencies ?? scaleAgencies(n);
  if (!Number.isInteger(agencies) || agencies < 1 || n / agencies < 25)
    throw new Error('agencies must be an integer >= 1, with 25 employees each at least');
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const t = Date.now();
    const result = await client.query(sql, params);
    log(`${name}: ${result.rowCount ?? 0} rows, ${Date.now() - t} ms`);
  };

  await client.query('begin');
  try {
    // Deterministic helpers: a uniform number in [0, 1) and a uuid per (stream, key).
    await client.query(`
      create function pg_temp.r(k text) returns double precision language sql immutable parallel safe
        as $$ select ('x' || substr(md5('${seed}:' || k), 1, 8))::bit(32)::bigint / 4294967296.0 $$;
      create function pg_temp.u(k text) returns uuid language sql immutable parallel safe
        as $$ select md5('${seed}#' || k)::uuid $$;`);
    // The agencies and how many employees and top units each gets.
    await step(
      'plan',
      `create temp table sc_agency on commit drop as
         select a, ($1::bigint * a / $2)::int as first, ($1::bigint * (a + 1) / $2 - $1::bigint * a / $2)::int as cnt,
                greatest(1, ceil(($1::bigint * (a + 1) / $2 - $1::bigint * a / $2) / 100.0))::int as k,
                pg_temp.u('ag:' || a) as id
           from generate_series(0, $2 - 1) a`,
      [n, agencies],
    );
    await step(
      'agencies',
      `insert into agencies (id, created_at, updated_at, code, name, kind, region)
       select id, now(), now(), 'PEMDA-SKALA-' || lpad((a + 1)::text, 3, '0'), 'Pemerintah Daerah Skala ' || (a + 1), 'DAERAH',
              'Wilayah ' || (a + 1)
         from sc_agency`,
    );

    // Units: top units t (unit number 4t) and their three sub-units (4t+1..4t+3).
    await step(
      'units (temp)',
      `create temp table sc_unit on commit drop as
         select g.a, g.id as agency_id, un as n, un / 4 as t, un % 4 as s,
                pg_temp.u('u:' || g.a || ':' || un) as id,
                pg_temp.u('u:' || g.a || ':' || (un / 4) * 4) as top_id,
                pg_temp.u('ph:' || g.a || ':' || un) as head_pos,
                pg_temp.u('ps:' || g.a || ':' || un) as staff_pos,
                pg_temp.u('ph:' || g.a || ':' || (un / 4) * 4) as top_head_pos,
                (un / 4) % 3 as family
           from sc_agency g, generate_series(0, 4 * g.k - 1) un`,
    );
    await step(
      'org_units',
      `insert into org_units (id, created_at, updated_at, agency_id, parent_id, code, name, kind, path, depth)
       select id, now(), now(), agency_id, case when s = 0 then null else top_id end,
              case when s = 0 then 'OPD-' || lpad(t::text, 3, '0') else 'OPD-' || lpad(t::text, 3, '0') || '.' || s end,
              case when s = 0 then (array['Dinas', 'Badan', 'Kecamatan'])[family + 1] || ' ' || (t + 1)
                   else (array['Bidang', 'Bidang', 'Kelurahan'])[family + 1] || ' ' || (t + 1) || '.' || s end,
              (case when s = 0 then (array['DINAS', 'BADAN', 'KECAMATAN'])[family + 1]
                    when family = 0 and s = 3 then 'PUSKESMAS'
                    else (array['BIDANG', 'BIDANG', 'KELURAHAN'])[family + 1] end)::org_unit_kind,
              case when s = 0 then '/' || id || '/' else '/' || top_id || '/' || id || '/' end,
              case when s = 0 then 0 else 1 end
         from sc_unit`,
    );
    await step(
      'positions',
      `insert into positions (id, created_at, updated_at, agency_id, unit_id, superior_id, name, type, grade)
       select head_pos, now(), now(), agency_id, id, case when s = 0 then null else top_head_pos end,
              case when s = 0 then 'Kepala ' else 'Kepala Sub ' end || (t + 1) || case when s = 0 then '' else '.' || s end,
              (case when s = 0 then 'JPT_PRATAMA' when family = 2 then 'PENGAWAS' else 'ADMINISTRATOR' end)::position_type,
              case when s = 0 then 14 when family = 2 then 9 else 12 end
         from sc_unit
       union all
       select staff_pos, now(), now(), agency_id, id, head_pos,
              case when n % 2 = 0 then 'Analis ' else 'Pengelola ' end || (t + 1) || '.' || s,
              (case when n % 2 = 0 then 'FUNGSIONAL' else 'PELAKSANA' end)::position_type, case when n % 2 = 0 then 8 else 6 end
         from sc_unit`,
    );

    // Employees: the j-th of an agency heads unit j while j < 4k, else is staff of unit j mod 4k.
    // Supervisor: a sub-unit head reports to its top unit's head, staff to their unit's head.
    await step(
      'employees (temp)',
      `create temp table sc_emp on commit drop as
         select g.a, g.agency_id, j, g.first + j as i, pg_temp.u('e:' || (g.first + j)) as id,
                j < 4 * g.k as head, j % (4 * g.k) as un,
                case when j < 4 * g.k and j % 4 = 0 then null
                     when j < 4 * g.k then pg_temp.u('e:' || (g.first + (j / 4) * 4))
                     else pg_temp.u('e:' || (g.first + j % (4 * g.k))) end as supervisor_id,
                case when j < 4 * g.k then null
                     when (j % (4 * g.k)) % 4 = 0 then null
                     else pg_temp.u('e:' || (g.first + ((j % (4 * g.k)) / 4) * 4)) end as superior2_id
           from (select a, id as agency_id, first, cnt, k from sc_agency) g, generate_series(0, g.cnt - 1) j`,
    );
    await client.query('create index on sc_emp (i)');
    // NIP: birth date (a bijection of the sequence block onto 25 years), TMT at 20-30, gender, sequence.
    await step(
      'employees',
      `with base as (
         select e.*, x.id as unit_id, case when e.head then x.head_pos else x.staff_pos end as position_id, x.family, x.s,
                date '1966-01-01' + (((e.i / 999) * 7919) % 9131)::int as birth,
                (e.i % 999) + 1 as seq, 20 + floor(pg_temp.r('tmt:' || e.i) * 11)::int as tmt_age,
                1 + floor(pg_temp.r('tmtm:' || e.i) * 12)::int as tmt_month,
                case when pg_temp.r('g:' || e.i) < 0.5 then 1 else 2 end as g
           from sc_emp e join sc_unit x on x.a = e.a and x.n = e.un)
       insert into employees (id, created_at, updated_at, agency_id, unit_id, position_id, nip, employment_type, front_title, name,
                              back_title, golongan, status, email, birth_date, gender, tmt_cpns)
       select id, now(), now(), agency_id, unit_id, position_id,
              to_char(birth, 'YYYYMMDD') || (extract(year from birth)::int + tmt_age) || lpad(tmt_month::text, 2, '0') || g || lpad(seq::text, 3, '0'),
              'PNS', case when pg_temp.r('ft:' || i) < 0.1 then 'dr.' else null end,
              (array['Ahmad','Siti','Budi','Dewi','Rudi','Nur','Agus','Sri','Hendra','Rina','Yusuf','Lestari','Eko','Wati','Fajar','Intan'])[1 + floor(pg_temp.r('fn:' || i) * 16)::int]
                || ' ' || (array['Saputra','Aminah','Santoso','Wahyuni','Effendi','Hidayat','Lubis','Nasution','Siregar','Harahap','Pratama','Sinaga','Rahman','Kurniawan'])[1 + floor(pg_temp.r('ln:' || i) * 14)::int],
              case when pg_temp.r('bt:' || i) < 0.6 then 'S.Kom.' else null end,
              (case when head and s = 0 then 'IV_C' when head then 'IV_A'
                    else (array['II_C','II_D','III_A','III_B','III_C','III_D'])[1 + floor(pg_temp.r('gol:' || i) * 6)::int] end)::golongan,
              'AKTIF', 'pegawai' || i || '@skala.example.go.id', birth, (case when g = 1 then 'MALE' else 'FEMALE' end)::gender,
              (extract(year from birth)::int + tmt_age) || '-' || lpad(tmt_month::text, 2, '0')
         from base`,
    );
    await step(
      'employee_assignments',
      `insert into employee_assignments (id, employee_id, valid_from, unit_id, position_id, supervisor_id, golongan, reason, created_at)
       select pg_temp.u('as:' || s.i), e.id, date '2025-01-01', e.unit_id, e.position_id, s.supervisor_id, e.golongan, 'Penempatan awal', now()
         from sc_emp s join employees e on e.id = s.id`,
    );
    await step(
      'users',
      `insert into users (id, created_at, updated_at, username, display_name, password_hash, roles, agency_id, employee_id)
       select pg_temp.u('usr:hr:' || a), now(), now(), 'hr.skala' || a, 'Kepegawaian Skala ' || (a + 1), $1, '{HR_OFFICER}'::text[], id, null
         from sc_agency
       union all
       select pg_temp.u('usr:sup:' || e.a), now(), now(), 'atasan.skala' || e.a, 'Kepala OPD Skala ' || (e.a + 1), $1, '{SUPERVISOR}'::text[],
              e.agency_id, e.id
         from sc_emp e where e.j = 0
       union all
       select pg_temp.u('usr:emp:' || e.i), now(), now(), 'pegawai.skala' || e.a || '.' || (e.j - 4 * g.k), 'Pegawai ' || e.i, $1,
              '{EMPLOYEE}'::text[], e.agency_id, e.id
         from sc_emp e join sc_agency g on g.a = e.a where not e.head and e.j - 4 * g.k < $2`,
      [options.passwordHash, accounts],
    );

    // Criteria: three national indicators, one agency-wide template per agency, adopted by every period.
    await step(
      'indicators',
      `insert into indicators (id, created_at, updated_at, agency_id, code, name, perspective, unit, direction, aggregation, data_source)
       values (pg_temp.u('ind:0'), now(), now(), null, 'SKALA-LAYANAN', 'Layanan diselesaikan tepat waktu', 'LAYANAN', 'PERCENT', 'HIGHER_IS_BETTER', 'AVERAGE', 'MANUAL'),
              (pg_temp.u('ind:1'), now(), now(), null, 'SKALA-WAKTU', 'Waktu penyelesaian layanan', 'HASIL_KERJA', 'MINUTES', 'LOWER_IS_BETTER', 'AVERAGE', 'MANUAL'),
              (pg_temp.u('ind:2'), now(), now(), null, 'SKALA-DOKUMEN', 'Dokumen yang diselesaikan', 'HASIL_KERJA', 'COUNT', 'HIGHER_IS_BETTER', 'SUM', 'MANUAL')`,
    );
    await client.query(`
      create temp table sc_item on commit drop as
        select * from (values (0, 'SKALA-LAYANAN', 'Layanan diselesaikan tepat waktu', 40, 95.0, 'RATIO'),
                              (1, 'SKALA-WAKTU', 'Waktu penyelesaian layanan', 35, 30.0, 'TWO_MINUS_RATIO'),
                              (2, 'SKALA-DOKUMEN', 'Dokumen yang diselesaikan', 25, 60.0, 'RATIO')) v(k, code, name, weight, target, formula)`);
    await step(
      'criteria_templates',
      `insert into criteria_templates (id, created_at, updated_at, agency_id, lineage, frozen, name, description, position_types)
       select pg_temp.u('tpl:' || a), now(), now(), id, pg_temp.u('tpl:' || a), true, 'Kriteria umum', 'Berlaku untuk seluruh pegawai', '{}'
         from sc_agency`,
    );
    await step(
      'criteria_template_items',
      `insert into criteria_template_items (id, template_id, indicator_id, category, weight, target, sort_order)
       select pg_temp.u('tpi:' || g.a || ':' || v.k), pg_temp.u('tpl:' || g.a), pg_temp.u('ind:' || v.k), 'UTAMA', v.weight, v.target, v.k
         from sc_agency g, sc_item v`,
    );
    // Periods: q = 0 the year (MONITORING), 1-3 closed quarters, 4 the running quarter.
    await step(
      'appraisal_periods',
      `insert into appraisal_periods (id, created_at, updated_at, agency_id, name, type, start_date, end_date, parent_id, scoring_scheme_id,
                                      plan_due_date, evaluation_due_date, status)
       select pg_temp.u('per:' || g.a || ':' || q), now(), now(), g.id,
              case when q = 0 then 'Tahun ${SCALE_YEAR}' else 'Triwulan ' || (array['I','II','III','IV'])[q] || ' ${SCALE_YEAR}' end,
              (case when q = 0 then 'ANNUAL' else 'QUARTERLY' end)::period_type,
              case when q = 0 then date '${SCALE_YEAR}-01-01' else make_date(${SCALE_YEAR}, 3 * q - 2, 1) end,
              case when q = 0 then date '${SCALE_YEAR}-12-31' else (make_date(${SCALE_YEAR}, 3 * q - 2, 1) + interval '3 months' - interval '1 day')::date end,
              case when q = 0 then null else pg_temp.u('per:' || g.a || ':0') end,
              (select id from scoring_schemes where agency_id is null and current order by revision desc limit 1),
              null, null, (case when q in (1, 2, 3) then 'CLOSED' else 'MONITORING' end)::period_status
         from sc_agency g, generate_series(0, 4) q`,
    );
    await step(
      'period_templates',
      `insert into period_templates (appraisal_period_id, criteria_template_id)
       select pg_temp.u('per:' || g.a || ':' || q), pg_temp.u('tpl:' || g.a) from sc_agency g, generate_series(0, 4) q`,
    );

    // Plans: one per employee and period, approved; the appraiser is the supervisor.
    await step(
      'performance_plans',
      `insert into performance_plans (id, created_at, updated_at, agency_id, period_id, employee_id, template_id, unit_id, position_id,
                                      appraiser_id, appraiser_superior_id, status, submitted_at, approved_at)
       select pg_temp.u('pl:' || s.i || ':' || q), now(), now(), s.agency_id, pg_temp.u('per:' || s.a || ':' || q), s.id,
              pg_temp.u('tpl:' || s.a), e.unit_id, e.position_id, s.supervisor_id, s.superior2_id, 'APPROVED',
              make_date(${SCALE_YEAR}, greatest(1, 3 * q - 2), 10), make_date(${SCALE_YEAR}, greatest(1, 3 * q - 2), 12)
         from sc_emp s join employees e on e.id = s.id, generate_series(0, 4) q`,
    );
    await step(
      'plan_targets',
      `insert into plan_targets (id, plan_id, indicator_id, category, description, weight, target, aspect, sort_order)
       select pg_temp.u('tg:' || s.i || ':' || q || ':' || v.k), pg_temp.u('pl:' || s.i || ':' || q), pg_temp.u('ind:' || v.k), 'UTAMA',
              v.name, v.weight, v.target, (case when v.k = 1 then 'WAKTU' else 'KUANTITAS' end)::target_aspect, v.k
         from sc_emp s, generate_series(0, 4) q, sc_item v`,
    );
    // Realisations: each quarter's own targets (the year takes them from its quarters); 70% in the running quarter.
    await step(
      'realizations',
      `insert into realizations (id, created_at, updated_at, version, target_id, period_id, value, note, evidence_links)
       select pg_temp.u('re:' || s.i || ':' || q || ':' || v.k), now(), now(), 1, pg_temp.u('tg:' || s.i || ':' || q || ':' || v.k),
              pg_temp.u('per:' || s.a || ':' || q),
              round((v.target * case when v.formula = 'RATIO' then 0.75 + 0.45 * pg_temp.r('rv:' || s.i || ':' || q || ':' || v.k)
                                     else 0.8 + 0.5 * pg_temp.r('rv:' || s.i || ':' || q || ':' || v.k) end)::numeric, 2)::float,
              null, '{}'
         from sc_emp s, generate_series(1, 4) q, sc_item v
        where q < 4 or pg_temp.r('q4:' || s.i) < 0.7`,
    );

    // Evaluations of the closed quarters: scored as the national scheme does, with the breakdown.
    await client.query(`
      create temp table sc_values on commit drop as
        select code, name, sort_order from behaviour_values where agency_id is null and active order by sort_order`);
    await step(
      'evaluations',
      `with scheme as (
         select id, cap, above_from, as_expected_from, matrix from scoring_schemes where agency_id is null and current order by revision desc limit 1
       ), lines as (
         select s.i, s.a, s.agency_id, q, v.k, v.code, v.name, v.weight, v.target, r.value,
                round((case when v.formula = 'RATIO' then r.value / v.target else 2 - r.value / v.target end * 100)::numeric, 2) as raw
           from sc_emp s, generate_series(1, 3) q, sc_item v,
                lateral (select value from realizations where id = pg_temp.u('re:' || s.i || ':' || q || ':' || v.k)) r
       ), scored as (
         select l.*, least(l.raw, (select cap from scheme)::numeric) as ach from lines l
       ), plan as (
         select i, a, agency_id, q, round(sum(ach * weight / 100), 2) as score,
                jsonb_agg(jsonb_build_object('key', code, 'label', name, 'category', 'UTAMA', 'weight', weight, 'achievement', ach,
                                             'rawAchievement', raw, 'capped', raw > ach, 'contribution', round(ach * weight / 100, 2),
                                             'step', code || ': ' || value || ' / ' || target || ' -> ' || ach, 'problem', null) order by k) as lines
           from scored group by i, a, agency_id, q
       ), rated as (
         select p.*, case when score >= sc.above_from then 'DI_ATAS_EKSPEKTASI' when score >= sc.as_expected_from then 'SESUAI_EKSPEKTASI'
                          else 'DI_BAWAH_EKSPEKTASI' end as result_rating,
                case when pg_temp.r('beh:' || p.i || ':' || p.q) < 0.2 then 'DI_ATAS_EKSPEKTASI'
                     when pg_temp.r('beh:' || p.i || ':' || p.q) < 0.93 then 'SESUAI_EKSPEKTASI' else 'DI_BAWAH_EKSPEKTASI' end as behaviour_rating,
                sc.matrix, sc.id as scheme_id
           from plan p, scheme sc
       ), final as (
         select r.*, r.matrix -> r.result_rating ->> r.behaviour_rating as predicate from rated r
       )
       insert into evaluations (id, created_at, updated_at, agency_id, plan_id, period_id, status, behaviour_ratings, behaviour_rating,
                                scheme_id, score, result_rating, predicate, breakdown, confirmed_at, acknowledged_at)
       select pg_temp.u('ev:' || f.i || ':' || f.q), now(), now(), f.agency_id, pg_temp.u('pl:' || f.i || ':' || f.q),
              pg_temp.u('per:' || f.a || ':' || f.q), (case when f.q < 3 then 'ACKNOWLEDGED' else 'CONFIRMED' end)::evaluation_status,
              (select jsonb_agg(jsonb_build_object('code', bv.code, 'name', bv.name, 'rating', f.behaviour_rating, 'note', null) order by bv.sort_order)
                 from sc_values bv),
              f.behaviour_rating::rating, f.scheme_id, f.score, f.result_rating::rating, f.predicate::predicate,
              jsonb_build_object('lines', f.lines, 'mainWeight', 100, 'mainScore', f.score, 'additionalScore', 0, 'score', f.score,
                                 'resultRating', f.result_rating, 'behaviourRating', f.behaviour_rating, 'predicate', f.predicate,
                                 'steps', (select jsonb_agg(l->>'step') from jsonb_array_elements(f.lines) l),
                                 'problems', '[]'::jsonb, 'complete', true),
              (make_date(${SCALE_YEAR}, 3 * f.q, 1) + interval '1 month 5 days'),
              case when f.q < 3 then make_date(${SCALE_YEAR}, 3 * f.q, 1) + interval '1 month 8 days' else null end
         from final f`,
    );
    await step(
      'plan_feedback',
      `insert into plan_feedback (id, created_at, updated_at, plan_id, target_id, type, text, author_id, author_name)
       select pg_temp.u('fb:' || s.i || ':' || q), make_date(${SCALE_YEAR}, 3 * q - 1, 15), make_date(${SCALE_YEAR}, 3 * q - 1, 15),
              pg_temp.u('pl:' || s.i || ':' || q), pg_temp.u('tg:' || s.i || ':' || q || ':0'),
              (array['APRESIASI','PERBAIKAN','ARAHAN'])[1 + (s.i + q) % 3]::feedback_type,
              'Catatan atasan untuk triwulan ' || q, null, 'Atasan langsung'
         from sc_emp s, generate_series(1, 4) q
        where s.supervisor_id is not null and pg_temp.r('fbk:' || s.i || ':' || q) < 0.4`,
    );
    // Work reports: one approved a month (January-November), one waiting from this month for a quarter of the staff.
    await step(
      'work_reports',
      `insert into work_reports (id, created_at, updated_at, agency_id, employee_id, date, activity, output, hours, minutes,
                                 target_id, evidence_links, status, submitted_at, reviewer_name, reviewed_at)
       select pg_temp.u('wr:' || s.i || ':' || m), d, d, s.agency_id, s.id, d::date,
              'Menyelesaikan layanan bulan ' || m, 'Dokumen layanan', 1 + floor(pg_temp.r('wh:' || s.i || ':' || m) * 7),
              (1 + floor(pg_temp.r('wh:' || s.i || ':' || m) * 7))::int * 60,
              pg_temp.u('tg:' || s.i || ':' || ((m - 1) / 3 + 1) || ':2'), '{}',
              (case when m = 12 then 'SUBMITTED' else 'APPROVED' end)::work_report_status, d,
              case when m = 12 then null else 'Atasan langsung' end, case when m = 12 then null else d + interval '1 day' end
         from sc_emp s, generate_series(1, 12) m,
              lateral (select make_date(${SCALE_YEAR}, m, case when m = 12 then 1 else 2 + (s.i % 25) end)::timestamptz as d) x
        where m < 12 or (s.supervisor_id is not null and pg_temp.r('wr12:' || s.i) < 0.25)`,
    );

    // Training: 20 programmes per agency, three completed sessions each; every employee completed one, a third two.
    await step(
      'training_programs',
      `insert into training_programs (id, created_at, updated_at, agency_id, code, title, competency_area, mode, kind, jp_hours,
                                      indicator_ids, behaviour_value_codes)
       select pg_temp.u('tp:' || g.a || ':' || p), now(), now(), g.id, 'PLT-' || lpad(p::text, 2, '0'), 'Pelatihan ' || (p + 1),
              (array['MANAJERIAL','SOSIAL_KULTURAL','TEKNIS','FUNGSIONAL'])[1 + p % 4]::competency_area,
              (case when p % 3 = 0 then 'KLASIKAL' else 'NONKLASIKAL' end)::training_mode,
              (array['PELATIHAN','WORKSHOP','SEMINAR','BIMTEK','E_LEARNING'])[1 + p % 5]::training_kind, 8 + 4 * (p % 5), '{}', '{}'
         from sc_agency g, generate_series(0, 19) p`,
    );
    await step(
      'training_sessions',
      `insert into training_sessions (id, created_at, updated_at, agency_id, program_id, name, start_date, end_date, online, capacity, status)
       select pg_temp.u('ts:' || g.a || ':' || p || ':' || q), now(), now(), g.id, pg_temp.u('tp:' || g.a || ':' || p),
              'Angkatan ' || q, make_date(${SCALE_YEAR}, 3 * q - 1, 3 + p), make_date(${SCALE_YEAR}, 3 * q - 1, 5 + p), p % 2 = 1,
              greatest(40, ceil(g.cnt / 30.0))::int, 'COMPLETED'
         from sc_agency g, generate_series(0, 19) p, generate_series(1, 3) q`,
    );
    await step(
      'enrollments',
      `insert into enrollments (id, created_at, updated_at, agency_id, employee_id, session_id, status, enrolled_at, score,
                                certificate_number, jp_earned, completed_at)
       select pg_temp.u('en:' || s.i || ':' || x), now(), now(), s.agency_id, s.id, ts.id, 'COMPLETED', ts.start_date - 7,
              70 + floor(pg_temp.r('es:' || s.i || ':' || x) * 30), 'SERT-' || s.i || '-' || x, tp.jp_hours, ts.end_date
         from sc_emp s cross join generate_series(0, 1) x
              cross join lateral (select (s.j * 7 + x * 31) % 20 as p, 1 + (s.j + x) % 3 as q) pick
              join training_sessions ts on ts.id = pg_temp.u('ts:' || s.a || ':' || pick.p || ':' || pick.q)
              join training_programs tp on tp.id = ts.program_id
        where x = 0 or pg_temp.r('en2:' || s.i) < 0.33`,
    );

    // Community: a service per top unit, a closed survey per service in the third quarter with 40 answers, and complaints.
    await step(
      'public_services',
      `insert into public_services (id, created_at, updated_at, agency_id, unit_id, name, description)
       select pg_temp.u('sv:' || a || ':' || n), now(), now(), agency_id, id, 'Layanan ' || (t + 1), 'Layanan publik unit ' || (t + 1)
         from sc_unit where s = 0`,
    );
    await step(
      'surveys',
      `insert into surveys (id, created_at, updated_at, agency_id, unit_id, service_id, title, start_date, end_date, elements, status,
                            opened_at, closed_at)
       select pg_temp.u('su:' || a || ':' || n), now(), now(), agency_id, id, pg_temp.u('sv:' || a || ':' || n),
              'Survei Kepuasan Masyarakat ' || (t + 1), date '${SCALE_YEAR}-07-01', date '${SCALE_YEAR}-09-30', $1::jsonb, 'CLOSED',
              timestamptz '${SCALE_YEAR}-07-01 08:00+07', timestamptz '${SCALE_YEAR}-09-30 17:00+07'
         from sc_unit where s = 0`,
      [JSON.stringify(await standardElements())],
    );
    await step(
      'survey_responses',
      `insert into survey_responses (id, created_at, updated_at, survey_id, agency_id, answers, submitted_on, gender, client_hash)
       select pg_temp.u('sr:' || x.a || ':' || x.n || ':' || k), d, d, pg_temp.u('su:' || x.a || ':' || x.n), x.agency_id,
              (select jsonb_agg(case when pg_temp.r('ans:' || x.a || ':' || x.n || ':' || k || ':' || el) < 0.1 then 2
                                     when pg_temp.r('ans:' || x.a || ':' || x.n || ':' || k || ':' || el) < 0.6 then 3 else 4 end order by el)
                 from generate_series(1, 9) el),
              d::date, (case when k % 2 = 0 then 'MALE' else 'FEMALE' end)::gender, md5('client:' || x.a || ':' || x.n || ':' || k)
         from sc_unit x, generate_series(1, 40) k, lateral (select (date '${SCALE_YEAR}-07-01' + (k * 2))::timestamptz as d) dd
        where x.s = 0`,
    );
    await step(
      'complaints',
      `insert into complaints (id, created_at, updated_at, agency_id, tracking_code, channel, category, subject, description, unit_id,
                               service_id, reporter_name, status, received_on, due_date, verified_at, resolved_at, closed_at)
       select pg_temp.u('cp:' || c), d, d, x.agency_id, 'SK' || lpad(c::text, 8, '0'),
              (array['WEB','SMS','PHONE','IN_PERSON','LAPOR'])[1 + c % 5]::complaint_channel,
              (array['PENGADUAN','ASPIRASI','PERMINTAAN_INFORMASI'])[1 + c % 3]::complaint_category,
              'Pengaduan layanan ' || c, 'Uraian pengaduan ' || c, x.id, pg_temp.u('sv:' || x.a || ':' || x.n), 'Warga ' || c,
              st::complaint_status, d::date, (d + interval '14 days')::date,
              case when st <> 'RECEIVED' then d + interval '1 day' end,
              case when st = 'CLOSED' then d + interval '7 days' end, case when st = 'CLOSED' then d + interval '10 days' end
         from generate_series(0, greatest(1, $1::int / 50) - 1) c,
              lateral (select * from sc_unit u where u.s = 0 and u.a = c % $2::int order by u.n offset (c / $2::int) % (select k from sc_agency where a = c % $2::int) limit 1) x,
              lateral (select (date '${SCALE_YEAR}-01-01' + (c * 7919) % 330)::timestamptz as d,
                              case when (c * 7919) % 330 < 300 then 'CLOSED' when c % 2 = 0 then 'VERIFIED' else 'RECEIVED' end as st) y`,
      [n, agencies],
    );
    // The closed quarters get the dashboard's summary rows, as closing them through the API writes them.
    const closed = {
      sql: `array(select id from appraisal_periods where status = 'CLOSED' and agency_id in (select id from sc_agency))`,
      params: [],
    };
    for (const [index, insert] of summaryInserts(closed).entries()) await step(`evaluation summaries ${index + 1}`, insert.sql);
    await client.query(`comment on table agencies is '${scaleMarker(n, seed)}'`);
    await step('analyze', 'analyze');
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
  const counts = await client.query<{ t: string; c: string }>(
    `select 'employees' t, count(*) c from employees union all select 'performance_plans', count(*) from performance_plans
     union all select 'plan_targets', count(*) from plan_targets union all select 'realizations', count(*) from realizations
     union all select 'evaluations', count(*) from evaluations union all select 'work_reports', count(*) from work_reports`,
  );
  return { agencies, rows: Object.fromEntries(counts.rows.map((r) => [r.t, Number(r.c)])), ms: Date.now() - started };
}

async function standardElements() {
  const { STANDARD_ELEMENTS } = await import('../../modules/community/ikm.js');
  return STANDARD_ELEMENTS.map((e) => ({ ...e }));
}
