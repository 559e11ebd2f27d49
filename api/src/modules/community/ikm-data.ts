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

/** The answers of one unit's surveys about one service (or about none), added up per element. */
export interface ServiceTally {
  unitId: string;
  unitCode: string;
  unitName: string;
  /** Active employees placed in the unit: the staff whose service was rated. */
  staff: number;
  serviceId: string | null;
  serviceName: string | null;
  respondents: number;
  elements: ElementTally[];
}

/**
 * The answers behind the IKM of every unit and service of a unit subtree
 * (`path`, '' for the whole agency), over the responses submitted from `from`
 * to `to`, in one statement: per unit, service and element code, with each
 * group's respondents. `computeIkm` turns each group (or their sum) into the index.
 */
export async function tallyResponsesByService(
  em: EntityManager,
  scope: { agencyId: string; path: string },
  from: string,
  to: string,
): Promise<ServiceTally[]> {
  const rows = await em.execute<
    {
      unit_id: string;
      unit_code: string;
      unit_name: string;
      staff: number;
      service_id: string | null;
      service_name: string | null;
      respondents: number;
      elements: ElementTally[];
    }[]
  >(
    `with answers as (
       select s.unit_id, s.service_id, el.value->>'code' as code,
              (array_agg(el.value->>'name' order by s.created_at desc))[1] as name, min(el.ord) as ord,
              sum((r.answers->>(el.ord::int - 1))::int)::float as sum, count(*)::int as count
         from survey_responses r
         join surveys s on s.id = r.survey_id
         join org_units u on u.id = s.unit_id
         cross join lateral jsonb_array_elements(s.elements) with ordinality as el(value, ord)
        where s.agency_id = ? and u.path like ? and r.submitted_on between ? and ?
        group by s.unit_id, s.service_id, el.value->>'code'),
     respondents as (
       select s.unit_id, s.service_id, count(*)::int as n
         from survey_responses r join surveys s on s.id = r.survey_id join org_units u on u.id = s.unit_id
        where s.agency_id = ? and u.path like ? and r.submitted_on between ? and ?
        group by s.unit_id, s.service_id)
     select a.unit_id, u.code as unit_code, u.name as unit_name, a.service_id, ps.name as service_name, rs.n as respondents,
            (select count(*)::int from employees em where em.unit_id = a.unit_id and em.status = 'AKTIF') as staff,
            json_agg(json_build_object('code', a.code, 'name', a.name, 'sum', a.sum, 'count', a.count) order by a.ord, a.code) as elements
       from answers a
       join respondents rs on rs.unit_id = a.unit_id and rs.service_id is not distinct from a.service_id
       join org_units u on u.id = a.unit_id
       left join public_services ps on ps.id = a.service_id
      group by a.unit_id, u.code, u.name, a.service_id, ps.name, rs.n
      order by u.code, ps.name nulls first`,
    [scope.agencyId, `${scope.path}%`, from, to, scope.agencyId, `${scope.path}%`, from, to],
  );
  return rows.map((row) => ({
    unitId: row.unit_id,
    unitCode: row.unit_code,
    unitName: row.unit_name,
    staff: row.staff,
    serviceId: row.service_id,
    serviceName: row.service_name,
    respondents: row.respondents,
    elements: row.elements,
  }));
}
