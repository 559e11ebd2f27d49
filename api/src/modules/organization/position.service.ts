import { ref, type FilterQuery } from '@mikro-orm/core';
import { requireActor, type ServiceContext } from '../../context.js';
import { todayInIndonesia } from '../../dates.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope, findWritable } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, ErrorReason } from '../../errors.js';
import { findRows, toPage } from '../../graphql/connection.js';
import { containing, toWhere } from '../../graphql/filters.js';
import { agencyWhere } from '../../access/scope.js';
import { EmployeeService } from '../employees/employee.service.js';
import { OrgUnitService, subtreeRule } from './org-unit.service.js';
import type { OrgUnit } from './org-unit.entity.js';
import { Position, type PositionType } from './position.entity.js';
import {
  PositionConnection,
  PositionOrder,
  positionFilterRules,
  type CreatePositionInput,
  type DeletePositionInput,
  type PositionListArgs,
  type UpdatePositionInput,
} from './position.types.js';

/** Longer than any real reporting line; a guard against loops in bad data. */
const MAX_CHAIN = 30;

/** A position to create; `superior` is an existing position or the index of another new one. */
export interface NewPosition {
  unit: OrgUnit;
  name: string;
  type: PositionType;
  grade: number;
  superior?: Position | number | null;
}

export class PositionService {
  constructor(private readonly ctx: ServiceContext) {}

  private scope(): FilterQuery<Position> {
    return agencyWhere(requireActor(this.ctx));
  }

  async list(args: PositionListArgs) {
    const page = toPage(args, this.ctx, 'Position.list', PositionOrder.toOrderBy(args.orderBy, { grade: 'desc', name: 'asc' }));
    const units = await new OrgUnitService(this.ctx).unitsNamedIn(args.filter as Record<string, unknown>, 'inUnitSubtree');
    const rules = units
      ? { ...positionFilterRules, inUnitSubtree: subtreeRule(units, (unit) => ({ unit: { path: { $like: `${unit.path}%` } } })) }
      : positionFilterRules;
    const where = {
      $and: [this.scope(), toWhere(args.filter as Record<string, unknown>, rules, (term) => ({ name: { $ilike: containing(term) } }))],
    } as FilterQuery<Position>;
    const rows = await findRows(this.ctx.em, Position, where, page);
    return PositionConnection.of(rows, page, () => this.ctx.em.count(Position, where));
  }

  async get(globalId: string, field = 'id'): Promise<Position> {
    return findInScope(this.ctx.em, Position, globalId, field, this.scope());
  }

  /** For a change: NOT_FOUND when missing, FORBIDDEN when it belongs to another agency. */
  private async getForWrite(globalId: string, field: string): Promise<Position> {
    return findWritable(this.ctx.em, Position, globalId, field, requireActor(this.ctx), (position) => position.agency.id);
  }

  /** The reporting line above a position, nearest first. */
  async superiorChain(position: Position): Promise<Position[]> {
    const chain: Position[] = [];
    let current = position.superior ? await this.ctx.em.findOne(Position, { id: position.superior.id }) : null;
    while (current && chain.length < MAX_CHAIN) {
      chain.push(current);
      current = current.superior ? await this.ctx.em.findOne(Position, { id: current.superior.id }) : null;
    }
    return chain;
  }

  /** Every active position of an agency, for matching an import against it in one query. */
  async ofAgency(agencyId: string): Promise<Position[]> {
    return this.ctx.em.find(Position, { agency: agencyId, active: true });
  }

  /** Creates many positions at once (imports), in the caller's transaction; `superior` may be another new one. */
  createMany(rows: NewPosition[]): Position[] {
    const created = rows.map((row) =>
      this.ctx.em.create(Position, { agency: row.unit.agency, unit: ref(row.unit), name: row.name, type: row.type, grade: row.grade }),
    );
    rows.forEach((row, index) => {
      const superior = row.superior === undefined ? null : typeof row.superior === 'number' ? created[row.superior]! : row.superior;
      created[index]!.superior = superior ? ref(superior) : null;
    });
    return created;
  }

  async create(input: CreatePositionInput): Promise<Position> {
    return inTransaction(this.ctx.em, async () => {
      const unit = await new OrgUnitService(this.ctx).getForWrite(input.unitId, 'input.unitId');
      // Resolved before the entity exists: the checks query, and a query flushes pending inserts.
      const superior = input.superiorId ? await this.superiorFor(unit.agency.id, input.superiorId) : null;
      const position = this.ctx.em.create(Position, {
        agency: unit.agency,
        unit: ref(unit),
        superior: superior ? ref(superior) : null,
        name: input.name.trim(),
        type: input.type,
        grade: input.grade,
        active: input.active ?? true,
      });
      await this.ctx.em.flush();
      return position;
    });
  }

  async update(input: UpdatePositionInput): Promise<Position> {
    return inTransaction(this.ctx.em, async () => {
      const position = await this.getForWrite(input.id, 'input.id');
      assertVersion(position, input.version);
      if (input.unitId) {
        const unit = await new OrgUnitService(this.ctx).getForWrite(input.unitId, 'input.unitId');
        if (unit.agency.id !== position.agency.id)
          throw badInput('input.unitId', 'A position can only move to a unit of its agency', ErrorReason.OTHER_AGENCY);
        position.unit = ref(unit);
      }
      const superiorBefore = position.superior?.id ?? null;
      if (input.superiorId !== undefined) {
        position.superior = input.superiorId ? ref(await this.superiorFor(position.agency.id, input.superiorId, position.id)) : null;
      }
      if (input.name != null) position.name = input.name.trim();
      if (input.type != null) position.type = input.type;
      if (input.grade != null) position.grade = input.grade;
      if (input.active != null) position.active = input.active;
      if ((position.superior?.id ?? null) !== superiorBefore) {
        // Everyone in and below this position may now report to someone else.
        await new EmployeeService(this.ctx).resyncSupervisors([position.id], {
          including: true,
          from: todayInIndonesia(),
          reason: `Supervisor changed with the reporting line of the position ${position.name}`,
        });
      }
      await this.ctx.em.flush();
      return position;
    });
  }

  async delete(input: DeletePositionInput): Promise<string> {
    return inTransaction(this.ctx.em, async () => {
      const position = await this.getForWrite(input.id, 'input.id');
      if (input.version != null) assertVersion(position, input.version);
      const reports = await this.ctx.em.count(Position, { superior: position.id });
      if (reports > 0) throw conflict(`${reports} position(s) still report to this one; give them another superior first`);
      this.ctx.em.remove(position);
      await this.ctx.em.flush();
      return input.id;
    });
  }

  /** A superior of the same agency whose own reporting line does not lead back to the position `selfId`. */
  private async superiorFor(agencyId: string, superiorId: string, selfId?: string): Promise<Position> {
    const superior = await this.getForWrite(superiorId, 'input.superiorId');
    if (superior.agency.id !== agencyId)
      throw badInput('input.superiorId', 'The superior position belongs to another agency', ErrorReason.OTHER_AGENCY);
    if (!selfId) return superior;
    if (superior.id === selfId) throw badInput('input.superiorId', 'A position cannot report to itself', ErrorReason.SELF_REFERENCE);
    const chain = await this.superiorChain(superior);
    if (chain.some((above) => above.id === selfId)) {
      throw badInput(
        'input.superiorId',
        'That position already reports (directly or not) to this one: it would create a loop',
        ErrorReason.CYCLE,
      );
    }
    return superior;
  }
}
