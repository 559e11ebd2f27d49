import { ref, type FilterQuery } from '@mikro-orm/core';
import { requireActor, type ServiceContext } from '../../context.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope, findWritable } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, ErrorReason, duplicate } from '../../errors.js';
import { findRows, toPage, type PageArgs } from '../../graphql/connection.js';
import { collectFilterValues, containing, toWhere, type FilterRules, type Where } from '../../graphql/filters.js';
import { fromGlobalId, parseGlobalId } from '../../graphql/ids.js';
import { agencyWhere, assertAgencyWritable } from '../../access/scope.js';
import { Agency } from './agency.entity.js';
import { AgencyService } from './agency.service.js';
import { OrgUnit, type OrgUnitKind } from './org-unit.entity.js';
import {
  OrgUnitConnection,
  OrgUnitOrder,
  orgUnitFilterRules,
  type CreateOrgUnitInput,
  type DeleteOrgUnitInput,
  type MoveOrgUnitInput,
  type OrgUnitFilter,
  type OrgUnitListArgs,
  type UpdateOrgUnitInput,
} from './org-unit.types.js';

/** Deeper than any real government tree; a guard against runaway data. */
export const MAX_DEPTH = 20;
const NOTHING = '00000000-0000-0000-0000-000000000000';

/** A unit as the SIASN import writes it. */
export interface SiasnUnitRow {
  siasnId: string;
  parentSiasnId: string | null;
  /** Code and kind of a new unit; an existing one keeps its own. */
  code: string;
  kind: OrgUnitKind;
  name: string;
}

export class OrgUnitService {
  constructor(private readonly ctx: ServiceContext) {}

  private scope(): FilterQuery<OrgUnit> {
    return agencyWhere(requireActor(this.ctx));
  }

  async list(args: OrgUnitListArgs & PageArgs, within?: OrgUnit) {
    const page = toPage(args, this.ctx, 'OrgUnit.list', OrgUnitOrder.toOrderBy(args.orderBy, { depth: 'asc', name: 'asc' }));
    const rules = await this.rulesFor(args.filter);
    const where = {
      $and: [
        this.scope(),
        within ? subtreeOf(within) : {},
        toWhere(args.filter as Record<string, unknown>, rules, (term) => ({
          $or: [{ code: { $ilike: containing(term) } }, { name: { $ilike: containing(term) } }],
        })),
      ],
    } as FilterQuery<OrgUnit>;
    const rows = await findRows(this.ctx.em, OrgUnit, where, page);
    return OrgUnitConnection.of(rows, page, () => this.ctx.em.count(OrgUnit, where));
  }

  /** `descendantOf` needs the paths of the units it names. */
  private async rulesFor(filter: OrgUnitFilter | undefined): Promise<FilterRules> {
    const units = await this.unitsNamedIn(filter as Record<string, unknown>, 'descendantOf');
    if (!units) return orgUnitFilterRules;
    return { ...orgUnitFilterRules, descendantOf: subtreeRule(units, (unit) => subtreeOf(unit) as Where) };
  }

  /**
   * The units a filter names in `field` (anywhere in and/or), loaded in one query,
   * for filters on a subtree; null when the field is not used.
   */
  async unitsNamedIn(filter: Record<string, unknown> | undefined, field: string): Promise<Map<string, OrgUnit> | null> {
    const ids = collectFilterValues(filter, field).map((v) => parseGlobalId(String(v))?.id ?? NOTHING);
    if (ids.length === 0) return null;
    const units = await this.ctx.em.find(OrgUnit, { id: { $in: ids } });
    return new Map(units.map((unit) => [unit.id, unit]));
  }

  async get(globalId: string, field = 'id'): Promise<OrgUnit> {
    return findInScope(this.ctx.em, OrgUnit, globalId, field, this.scope());
  }

  /** For a change: NOT_FOUND when missing, FORBIDDEN when it belongs to another agency. */
  async getForWrite(globalId: string, field: string): Promise<OrgUnit> {
    return findWritable(this.ctx.em, OrgUnit, globalId, field, requireActor(this.ctx), (unit) => unit.agency.id);
  }

  /** Ancestors root first (the breadcrumb), in one query from the path. */
  async ancestors(unit: OrgUnit): Promise<OrgUnit[]> {
    const ids = unit.pathIds.slice(0, -1);
    if (ids.length === 0) return [];
    const rows = await this.ctx.em.find(OrgUnit, { id: { $in: ids } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Every unit of an agency, for matching an import against it in one query. */
  async ofAgency(agencyId: string): Promise<OrgUnit[]> {
    return this.ctx.em.find(OrgUnit, { agency: agencyId });
  }

  /**
   * Creates and changes units of an agency known by their SIASN id, at once (the
   * SIASN import), in the caller's transaction. Parents name SIASN ids of the
   * agency's units or of other rows; the caller has checked they form a tree.
   * Paths and depths of the whole agency are then derived again, so a unit that
   * moved takes its subtree along.
   */
  async applySiasnTree(agencyId: string, rows: SiasnUnitRow[]): Promise<number> {
    const { em } = this.ctx;
    const units = await this.ofAgency(agencyId);
    const bySiasnId = new Map(units.flatMap((unit) => (unit.siasnId ? [[unit.siasnId, unit] as const] : [])));
    const agency = em.getReference(Agency, agencyId);
    for (const row of rows) {
      const existing = bySiasnId.get(row.siasnId);
      if (existing) {
        existing.name = row.name;
        continue;
      }
      const unit = em.create(OrgUnit, { agency, siasnId: row.siasnId, code: row.code, name: row.name, kind: row.kind, path: '', depth: 0 });
      bySiasnId.set(row.siasnId, unit);
      units.push(unit);
    }
    for (const row of rows) {
      const parent = row.parentSiasnId ? bySiasnId.get(row.parentSiasnId)! : null;
      bySiasnId.get(row.siasnId)!.parent = parent ? ref(parent) : null;
    }
    const children = new Map<string | null, OrgUnit[]>();
    for (const unit of units) children.set(unit.parent?.id ?? null, [...(children.get(unit.parent?.id ?? null) ?? []), unit]);
    let level = (children.get(null) ?? []).map((unit) => ({ unit, path: '/', depth: 0 }));
    let placed = 0;
    while (level.length) {
      const next: typeof level = [];
      for (const { unit, path, depth } of level) {
        if (depth > MAX_DEPTH)
          throw badInput('input.content', `Units may nest at most ${MAX_DEPTH} levels deep`, ErrorReason.TOO_DEEP, { max: MAX_DEPTH });
        const own = `${path}${unit.id}/`;
        if (unit.path !== own) unit.path = own;
        if (unit.depth !== depth) unit.depth = depth;
        placed++;
        for (const child of children.get(unit.id) ?? []) next.push({ unit: child, path: own, depth: depth + 1 });
      }
      level = next;
    }
    if (placed !== units.length) throw badInput('input.content', 'The parents of the units form a loop', ErrorReason.CYCLE);
    await em.flush();
    return rows.length;
  }

  async create(input: CreateOrgUnitInput): Promise<OrgUnit> {
    const actor = requireActor(this.ctx);
    return inTransaction(this.ctx.em, async () => {
      const parent = input.parentId ? await this.getForWrite(input.parentId, 'input.parentId') : null;
      let agencyId: string;
      if (input.agencyId) {
        agencyId = (await new AgencyService(this.ctx).get(input.agencyId, 'input.agencyId')).id;
        if (parent && parent.agency.id !== agencyId)
          throw badInput('input.parentId', 'The parent unit belongs to another agency', ErrorReason.OTHER_AGENCY);
      } else if (parent) {
        agencyId = parent.agency.id;
      } else {
        throw badInput('input.agencyId', 'A top unit needs its agency', ErrorReason.REQUIRED);
      }
      assertAgencyWritable(actor, agencyId);
      await this.assertCodeFree(agencyId, input.code, 'input.code');
      if (parent && parent.depth + 1 > MAX_DEPTH)
        throw badInput('input.parentId', `Units may nest at most ${MAX_DEPTH} levels deep`, ErrorReason.TOO_DEEP, { max: MAX_DEPTH });
      const unit = this.ctx.em.create(OrgUnit, {
        agency: this.ctx.em.getReference(Agency, agencyId),
        parent: parent ? ref(parent) : null,
        code: input.code,
        name: input.name.trim(),
        kind: input.kind,
        active: input.active ?? true,
        depth: parent ? parent.depth + 1 : 0,
        path: '',
      });
      unit.path = `${parent?.path ?? '/'}${unit.id}/`;
      await this.ctx.em.flush();
      return unit;
    });
  }

  async update(input: UpdateOrgUnitInput): Promise<OrgUnit> {
    return inTransaction(this.ctx.em, async () => {
      const unit = await this.getForWrite(input.id, 'input.id');
      assertVersion(unit, input.version);
      if (input.code != null && input.code !== unit.code) {
        await this.assertCodeFree(unit.agency.id, input.code, 'input.code');
        unit.code = input.code;
      }
      if (input.name != null) unit.name = input.name.trim();
      if (input.kind != null) unit.kind = input.kind;
      if (input.active != null) unit.active = input.active;
      await this.ctx.em.flush();
      return unit;
    });
  }

  /**
   * Moves a unit and its whole subtree: the unit's own row through the ORM (audited),
   * the descendants' derived paths in one statement.
   */
  async move(input: MoveOrgUnitInput): Promise<OrgUnit> {
    return inTransaction(this.ctx.em, async () => {
      const unit = await this.getForWrite(input.id, 'input.id');
      assertVersion(unit, input.version);
      const parent = input.parentId ? await this.getForWrite(input.parentId, 'input.parentId') : null;
      if (parent) {
        if (parent.agency.id !== unit.agency.id)
          throw badInput('input.parentId', 'A unit can only move within its agency', ErrorReason.OTHER_AGENCY);
        if (parent.path.startsWith(unit.path)) {
          throw badInput('input.parentId', 'A unit cannot move under itself or one of its own sub-units', ErrorReason.CYCLE);
        }
      }
      if ((parent?.id ?? null) === (unit.parent?.id ?? null)) return unit;
      const oldPath = unit.path;
      const newPath = `${parent?.path ?? '/'}${unit.id}/`;
      const depthChange = (parent ? parent.depth + 1 : 0) - unit.depth;
      const subtreeHeight = await this.subtreeHeight(unit);
      if (unit.depth + depthChange + subtreeHeight > MAX_DEPTH) {
        throw badInput('input.parentId', `Units may nest at most ${MAX_DEPTH} levels deep`, ErrorReason.TOO_DEEP, { max: MAX_DEPTH });
      }
      unit.parent = parent ? ref(parent) : null;
      unit.path = newPath;
      unit.depth += depthChange;
      await this.ctx.em.flush();
      await this.ctx.em.execute(`update org_units set path = ? || substr(path, ?), depth = depth + ? where path like ? and id <> ?`, [
        newPath,
        oldPath.length + 1,
        depthChange,
        `${oldPath}%`,
        unit.id,
      ]);
      return unit;
    });
  }

  async delete(input: DeleteOrgUnitInput): Promise<string> {
    return inTransaction(this.ctx.em, async () => {
      const unit = await this.getForWrite(input.id, 'input.id');
      if (input.version != null) assertVersion(unit, input.version);
      const children = await this.ctx.em.count(OrgUnit, { parent: unit.id });
      if (children > 0) throw conflict(`The unit still has ${children} sub-unit(s); move or delete them first`);
      this.ctx.em.remove(unit);
      await this.ctx.em.flush();
      return input.id;
    });
  }

  private async subtreeHeight(unit: OrgUnit): Promise<number> {
    const [row] = await this.ctx.em.execute<{ height: number | null }[]>(
      `select max(depth) - ? as height from org_units where path like ?`,
      [unit.depth, `${unit.path}%`],
    );
    return Number(row?.height ?? 0);
  }

  private async assertCodeFree(agencyId: string, code: string, field: string): Promise<void> {
    if (await this.ctx.em.count(OrgUnit, { agency: agencyId, code })) {
      throw duplicate(field, `Code ${code} is already used by another unit of this agency`, code);
    }
  }
}

/** A custom filter rule for a unit ID whose subtree `where` describes; an unknown unit matches nothing. */
export function subtreeRule(units: Map<string, OrgUnit>, where: (unit: OrgUnit) => Where): FilterRules[string] {
  return {
    kind: 'custom',
    where: (value, path) => {
      const unit = units.get(fromGlobalId(String(value), 'OrgUnit', path));
      return unit ? where(unit) : { id: NOTHING };
    },
  };
}

/** Everything strictly below `unit`: a prefix match on the indexed path. */
function subtreeOf(unit: Pick<OrgUnit, 'id' | 'path'>): FilterQuery<OrgUnit> {
  return { path: { $like: `${unit.path}%` }, id: { $ne: unit.id } };
}
