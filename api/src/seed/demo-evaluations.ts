import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '../context.js';
import { overallBehaviour } from '../modules/appraisals/behaviour-rating.js';
import { EvaluationService } from '../modules/appraisals/evaluation.service.js';
import { toGlobalId } from '../graphql/ids.js';
import { Rating } from '../modules/indicators/indicator.enums.js';

/** 0 <= x < 1 from a text: the same people get the same results on every seed. */
function unit(text: string): number {
  return createHash('md5').update(text).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * What a period's work produced, in bulk (a few statements whatever the
 * headcount): a realisation for every target of its approved plans, spread
 * around the target (75-125 %), and the appraisers' draft ratings of the core
 * values (mostly as expected, some above, a few below).
 */
export async function seedRealizations(em: EntityManager, periodId: string, salt: string): Promise<void> {
  const rows = await em.execute<{ id: string; target: number; lower: boolean; key: string }[]>(
    `select t.id, t.target, i.direction = 'LOWER_IS_BETTER' as lower, e.nip || ':' || i.code as key
       from plan_targets t
       join performance_plans p on p.id = t.plan_id and p.status = 'APPROVED'
       join employees e on e.id = p.employee_id
       join indicators i on i.id = t.indicator_id
      where p.period_id = ? and t.target is not null
        and not exists (select 1 from realizations r where r.target_id = t.id and r.period_id = p.period_id)`,
    [periodId],
  );
  if (!rows.length) return;
  const values = rows.map((row) => {
    const share = 0.75 + unit(`${salt}:${row.key}`) * 0.5;
    return { target_id: row.id, value: Math.round(row.target * (row.lower ? 2 - share : share) * 100) / 100 };
  });
  await em.execute(
    `insert into realizations (id, created_at, updated_at, version, target_id, period_id, value, evidence_links, source)
     select gen_random_uuid(), now(), now(), 1, x.target_id, ?, x.value, '{}', 'MANUAL'
       from jsonb_to_recordset(?::jsonb) as x(target_id uuid, value double precision)`,
    [periodId, JSON.stringify(values)],
  );
}

export async function seedDraftEvaluations(em: EntityManager, periodId: string, salt: string): Promise<void> {
  const plans = await em.execute<{ id: string; agency_id: string; nip: string }[]>(
    `select p.id, p.agency_id, e.nip from performance_plans p join employees e on e.id = p.employee_id
      where p.period_id = ? and p.status = 'APPROVED' and not exists (select 1 from evaluations v where v.plan_id = p.id)`,
    [periodId],
  );
  if (!plans.length) return;
  const coreValues = await em.execute<{ code: string; name: string }[]>(
    `select code, name from behaviour_values where agency_id is null and active order by sort_order, code`,
  );
  const drafts = plans.map((plan) => {
    const ratings = coreValues.map(({ code, name }) => {
      const draw = unit(`${salt}:${plan.nip}:${code}`);
      const rating = draw < 0.08 ? Rating.DI_BAWAH_EKSPEKTASI : draw < 0.72 ? Rating.SESUAI_EKSPEKTASI : Rating.DI_ATAS_EKSPEKTASI;
      return { code, name, rating, note: null };
    });
    return { plan_id: plan.id, agency_id: plan.agency_id, ratings, overall: overallBehaviour(ratings.map((r) => r.rating)) };
  });
  await em.execute(
    `insert into evaluations (id, created_at, updated_at, version, agency_id, plan_id, period_id, status, behaviour_ratings, behaviour_rating)
     select gen_random_uuid(), now(), now(), 1, x.agency_id, x.plan_id, ?, 'DRAFT', x.ratings, x.overall::rating
       from jsonb_to_recordset(?::jsonb) as x(plan_id uuid, agency_id uuid, ratings jsonb, overall text)`,
    [periodId, JSON.stringify(drafts)],
  );
}

/** Realised, rated and confirmed: a period ready to close, with its predicates. */
export async function seedEvaluatedPeriod(ctx: ServiceContext, periodId: string, salt: string): Promise<void> {
  await seedRealizations(ctx.em, periodId, salt);
  await seedDraftEvaluations(ctx.em, periodId, salt);
  await new EvaluationService(ctx).confirmAll({ periodId: toGlobalId('AppraisalPeriod', periodId) });
  ctx.em.clear();
}
