import { may } from '../../access/actor.js';
import { requireActor, type ServiceContext } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { fromGlobalId } from '../../graphql/ids.js';

/**
 * What every analytics panel aggregates over: one agency, a unit subtree of it
 * (the whole agency when `unit` is null), some periods and the days they span.
 */
export interface AnalyticsScope {
  agencyId: string;
  /** The unit covered with the units below it; null for the whole agency. */
  unit: { id: string; code: string; name: string; path: string } | null;
  scopeName: string;
  /** Oldest first; `closed`: CLOSED, its evaluation figures read from the summary tables. */
  periods: { id: string; name: string; startDate: string; endDate: string; closed: boolean }[];
  from: string;
  to: string;
  year: number;
  /** Whether the actor may see counts of sanctions (evaluators may not see disciplinary records). */
  seesDiscipline: boolean;
  /** Whether the actor may see figures of groups small enough to point at individuals (results/distribution.ts). */
  seesSmallGroups: boolean;
}

export type ReachableUnit = { id: string; code: string; name: string; path: string; agency_id: string };

/**
 * The `analytics` rule: which unit subtree an actor's figures may cover. HR
 * officers, administrators and evaluators any unit of their agency (null: the
 * whole agency); a supervisor the unit they are placed in and the units below it
 * (by default their own). A unit outside that reach is NOT_FOUND; anyone else
 * (employees) gets FORBIDDEN: their own figures are on their own pages.
 */
export async function reachableUnit(ctx: ServiceContext, unitGlobalId: string | null | undefined, field = 'unitId') {
  const { em } = ctx;
  const actor = requireActor(ctx);
  const unitId = unitGlobalId ? fromGlobalId(unitGlobalId, 'OrgUnit', field) : null;
  if (may(actor, 'analytics.readAgency')) {
    if (!unitId) return null;
    const [unit] = await em.execute<ReachableUnit[]>(
      `select id, code, name, path, agency_id from org_units where id = ? ${actor.agencyId ? 'and agency_id = ?' : ''}`,
      actor.agencyId ? [unitId, actor.agencyId] : [unitId],
    );
    if (!unit) throw notFound('OrgUnit', unitGlobalId!, field);
    return unit;
  }
  if (!may(actor, 'analytics.read') || !may(actor, 'team.supervise'))
    throw forbidden('Figures per unit are for supervisors, HR, evaluators and administrators');
  if (!actor.employeeId) throw forbidden('A supervisor’s figures need the account linked to an employee');
  // The supervisor's own unit, or the unit asked for when it lies within it.
  const [unit] = await em.execute<ReachableUnit[]>(
    `select u.id, u.code, u.name, u.path, u.agency_id
       from org_units u, employees me join org_units mine on mine.id = me.unit_id
      where me.id = ? and ${unitId ? 'u.id = ? and u.path like mine.path || ?' : 'u.id = mine.id'}`,
    unitId ? [actor.employeeId, unitId, '%'] : [actor.employeeId],
  );
  if (!unit) throw unitId ? notFound('OrgUnit', unitGlobalId!, field) : forbidden('Your employee record has no unit');
  return unit;
}

/** The `{a,b}` literal of a uuid array parameter. */
export const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/**
 * The units of the scope, each with the row it is reported under: the unit
 * directly below the scope's unit on its path (so a row covers a whole
 * subtree), or the scope's unit itself for the people placed in it. A `path`
 * is `/root/…/self/`, so for a scope unit with k ids on its path the unit below
 * it is part k + 2 of the path split on '/'. One prefix match on the indexed path.
 */
export function scopeUnitsCte(scope: AnalyticsScope): { sql: string; params: unknown[] } {
  const path = scope.unit?.path ?? '';
  const depth = path.split('/').filter(Boolean).length;
  return {
    sql: `scope_units as (
        select u.id, coalesce(nullif(split_part(u.path, '/', ?), ''), ?::text)::uuid as bucket
          from org_units u
         where u.agency_id = ? and u.path like ?)`,
    params: [depth + 2, scope.unit?.id ?? null, scope.agencyId, `${path}%`],
  };
}

/** Active employees per reported unit (needs `scope_units`). */
export function staffCte(scope: AnalyticsScope): { sql: string; params: unknown[] } {
  return {
    sql: `staff as (
        select su.bucket, count(*)::int as n
          from employees em join scope_units su on su.id = em.unit_id
         where em.agency_id = ? and em.status = 'AKTIF'
         group by su.bucket)`,
    params: [scope.agencyId],
  };
}

export const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};
