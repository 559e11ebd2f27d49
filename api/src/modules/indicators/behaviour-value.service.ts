import type { FilterQuery } from '@mikro-orm/core';
import { requireActor, type ServiceContext } from '../../context.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, notFound, ErrorReason, duplicate } from '../../errors.js';
import { findPage, toPage } from '../../graphql/connection.js';
import { containing, toWhere } from '../../graphql/filters.js';
import { fromGlobalId } from '../../graphql/ids.js';
import { assertSharedWritable, sharedWhere } from '../../access/scope.js';
import { AgencyService } from '../organization/agency.service.js';
import { BehaviourValue } from './behaviour-value.entity.js';
import {
  BehaviourValueConnection,
  BehaviourValueOrder,
  behaviourValueFilterRules,
  type BehaviourValueListArgs,
  type CreateBehaviourValueInput,
  type DeleteBehaviourValueInput,
  type UpdateBehaviourValueInput,
} from './behaviour-value.types.js';
import { ownerAgency } from './owner-agency.js';

export class BehaviourValueService {
  constructor(private readonly ctx: ServiceContext) {}

  private scope(): FilterQuery<BehaviourValue> {
    return sharedWhere(requireActor(this.ctx)) as FilterQuery<BehaviourValue>;
  }

  async list(args: BehaviourValueListArgs) {
    const page = toPage(
      args,
      this.ctx,
      'BehaviourValue.list',
      BehaviourValueOrder.toOrderBy(args.orderBy, { sortOrder: 'asc', code: 'asc' }),
    );
    const where = {
      $and: [
        this.scope(),
        toWhere(args.filter as Record<string, unknown>, behaviourValueFilterRules, (term) => ({
          $or: [{ code: { $ilike: containing(term) } }, { name: { $ilike: containing(term) } }],
        })),
      ],
    } as FilterQuery<BehaviourValue>;
    const rows = await findPage(this.ctx.em, BehaviourValue, where, page);
    return BehaviourValueConnection.of(rows, page, () => this.ctx.em.count(BehaviourValue, where));
  }

  async get(globalId: string, field = 'id'): Promise<BehaviourValue> {
    return findInScope(this.ctx.em, BehaviourValue, globalId, field, this.scope());
  }

  /** The values an agency appraises: its own, and the national ones it has not replaced, active only. */
  async effective(agencyGlobalId: string | null | undefined): Promise<BehaviourValue[]> {
    const actor = requireActor(this.ctx);
    const agencyId = agencyGlobalId ? (await new AgencyService(this.ctx).get(agencyGlobalId, 'agencyId')).id : actor.agencyId;
    const rows = await this.ctx.em.find(
      BehaviourValue,
      { $or: [{ agency: null }, ...(agencyId ? [{ agency: agencyId }] : [])] },
      { orderBy: { sortOrder: 'asc', code: 'asc' } },
    );
    const byCode = new Map<string, BehaviourValue>();
    for (const row of rows) if (!row.agency) byCode.set(row.code, row);
    for (const row of rows) if (row.agency) byCode.set(row.code, row);
    return [...byCode.values()].filter((value) => value.active).sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
  }

  private async getForWrite(globalId: string, field: string): Promise<BehaviourValue> {
    const id = fromGlobalId(globalId, 'BehaviourValue', field);
    const value = await this.ctx.em.findOne(BehaviourValue, { id });
    if (!value) throw notFound('BehaviourValue', globalId, field);
    assertSharedWritable(requireActor(this.ctx), value.agency?.id ?? null);
    return value;
  }

  async create(input: CreateBehaviourValueInput): Promise<BehaviourValue> {
    return inTransaction(this.ctx.em, async () => {
      const agencyId = await ownerAgency(this.ctx, input.agencyId, true);
      assertSharedWritable(requireActor(this.ctx), agencyId);
      if (await this.ctx.em.count(BehaviourValue, { agency: agencyId, code: input.code })) {
        throw duplicate(
          'input.code',
          `The value ${input.code} already exists${agencyId ? ' for the agency' : ''}; change it instead`,
          input.code,
        );
      }
      const national = agencyId ? await this.ctx.em.findOne(BehaviourValue, { agency: null, code: input.code }) : null;
      const last = await this.ctx.em.find(
        BehaviourValue,
        { $or: [{ agency: null }, { agency: agencyId }] },
        { orderBy: { sortOrder: 'desc' }, limit: 1 },
      );
      const value = this.ctx.em.create(BehaviourValue, {
        agency: agencyId,
        code: input.code,
        name: input.name.trim(),
        description: input.description.trim(),
        guides: input.guides.map((guide) => guide.trim()),
        sortOrder: input.sortOrder ?? national?.sortOrder ?? Math.min(99, (last[0]?.sortOrder ?? 0) + 1),
        active: input.active ?? true,
      });
      await this.ctx.em.flush();
      return value;
    });
  }

  async update(input: UpdateBehaviourValueInput): Promise<BehaviourValue> {
    return inTransaction(this.ctx.em, async () => {
      const value = await this.getForWrite(input.id, 'input.id');
      assertVersion(value, input.version);
      if (input.name != null) value.name = input.name.trim();
      if (input.description != null) value.description = input.description.trim();
      if (input.guides != null) value.guides = input.guides.map((guide) => guide.trim());
      if (input.sortOrder != null) value.sortOrder = input.sortOrder;
      if (input.active != null) value.active = input.active;
      await this.ctx.em.flush();
      return value;
    });
  }

  async delete(input: DeleteBehaviourValueInput): Promise<string> {
    return inTransaction(this.ctx.em, async () => {
      const value = await this.getForWrite(input.id, 'input.id');
      if (!value.agency)
        throw badInput(
          'input.id',
          'National values cannot be deleted; an agency replaces one by adding a value with its code',
          ErrorReason.NOT_APPLICABLE,
        );
      if (input.version != null) assertVersion(value, input.version);
      this.ctx.em.remove(value);
      await this.ctx.em.flush();
      return input.id;
    });
  }
}
