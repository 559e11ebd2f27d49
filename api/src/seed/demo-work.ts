import type { EntityManager } from '@mikro-orm/postgresql';
import { todayInIndonesia } from '../dates.js';

const ACTIVITIES = [
  ['Melayani permohonan dokumen warga', 'Permohonan selesai diproses'],
  ['Verifikasi dan validasi data', 'Data terverifikasi'],
  ['Menyusun laporan kegiatan', 'Draf laporan'],
  ['Rapat koordinasi bidang', 'Notulen rapat'],
  ['Pelayanan di loket', 'Antrean terlayani'],
];
const FEEDBACK = [
  ['APRESIASI', 'Pelayanan minggu ini cepat dan ramah, pertahankan.'],
  ['PERBAIKAN', 'Lengkapi bukti dukung pada setiap laporan harian.'],
  ['ARAHAN', 'Prioritaskan permohonan yang sudah mendekati batas waktu layanan.'],
];

/**
 * The running quarter's daily work in bulk: the last working days' reports of
 * every appraised employee (the older ones approved by the appraiser, the recent
 * ones waiting in the queue), linked to their first target, and a word of
 * feedback from the appraiser on each plan.
 */
export async function seedDemoWork(em: EntityManager, periodId: string): Promise<void> {
  const today = todayInIndonesia();
  const activities = JSON.stringify(ACTIVITIES.map(([activity, output]) => ({ activity, output })));
  await em.execute(
    `insert into work_reports (id, created_at, updated_at, version, agency_id, employee_id, date, activity, output, hours, minutes, target_id,
                               evidence_links, status, submitted_at, reviewer_id, reviewer_name, reviewed_at)
     select gen_random_uuid(), now(), now(), 1, p.agency_id, p.employee_id, d.day, a.activity, a.output, 2 + (d.n % 4), (2 + (d.n % 4)) * 60, t.id, '{}',
            (case when d.n > 3 then 'APPROVED' else 'SUBMITTED' end)::work_report_status, d.day + interval '16 hours',
            case when d.n > 3 then p.appraiser_id end, case when d.n > 3 then boss.name end, case when d.n > 3 then d.day + interval '1 day 9 hours' end
       from performance_plans p
       join appraisal_periods ap on ap.id = p.period_id
       join employees boss on boss.id = p.appraiser_id
       cross join lateral (select id from plan_targets where plan_id = p.id order by sort_order limit 1) t
       cross join lateral (select n, (?::date - n)::date as day from generate_series(1, 7) n) d
       cross join lateral (select * from jsonb_to_recordset(?::jsonb) as x(activity text, output text)
                            offset abs(hashtext(p.employee_id::text || d.n)) % ${ACTIVITIES.length} limit 1) a
      where p.period_id = ? and p.status = 'APPROVED' and extract(isodow from d.day) < 6
        and d.day between ap.start_date and ap.end_date`,
    [today, activities, periodId],
  );
  const feedback = JSON.stringify(FEEDBACK.map(([type, text]) => ({ type, text })));
  await em.execute(
    `insert into plan_feedback (id, created_at, updated_at, version, plan_id, type, text, author_id, author_name)
     select gen_random_uuid(), now(), now(), 1, p.id, f.type::feedback_type, f.text, p.appraiser_id, boss.name
       from performance_plans p
       join employees boss on boss.id = p.appraiser_id
       cross join lateral (select * from jsonb_to_recordset(?::jsonb) as x(type text, text text)
                            offset abs(hashtext(p.id::text)) % ${FEEDBACK.length} limit 1) f
      where p.period_id = ? and p.status = 'APPROVED'`,
    [feedback, periodId],
  );
}
