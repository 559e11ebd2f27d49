import type { EntityManager } from '@mikro-orm/postgresql';
import type { ElementTally } from './ikm.js';

/**
 * The answers behind an IKM, added up in PostgreSQL per element code: for one
 * survey, or for every survey of some units, over the responses submitted on the
 * days from `from` to `to`. Elements keep the order in which surveys ask them.
 */
export async function tallyResponses(
  em: EntityManager,
  scope: { surveyId: string } | { unitIds: string[] },
  from: string,
  to: string,
): Promise<{ elements: ElementTally[]; respondents: number }> {
  const [condition, value] =
    'surveyId' in scope ? ['s.id = ?', scope.surveyId] : ['s.unit_id = any(?::uuid[])', `{${scope.unitIds.join(',')}}`];
  const elements = await em.execute<{ code: string; name: string; sum: number; count: number }[]>(
    `select el.value->>'code' as code,
            (array_agg(el.value->>'name' order by s.created_at desc))[1] as name,
            sum((r.answers->>(el.ord::int - 1))::int)::float as sum,
            count(*)::int as count
       from survey_responses r
       join surveys s on s.id = r.survey_id
       cross join lateral jsonb_array_elements(s.elements) with ordinality as el(value, ord)
      where ${condition} and r.submitted_on between ? and ?
      group by el.value->>'code'
      order by min(el.ord), el.value->>'code'`,
    [value, from, to],
  );
  const [row] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from survey_responses r join surveys s on s.id = r.survey_id
      where ${condition} and r.submitted_on between ? and ?`,
    [value, from, to],
  );
  return { elements, respondents: row!.n };
}
