import type { FilterQuery } from '@mikro-orm/core';
import { requireActor, type ServiceContext } from '../../context.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { conflict, notFound, duplicate } from '../../errors.js';
import { findPage, toPage } from '../../graphql/connection.js';
import { containing, toWhere } from '../../graphql/filters.js';
import { fromGlobalId } from '../../graphql/ids.js';
import { assertSharedWritable, sharedWhere } from '../../access/scope.js';
import { TemplateItem } from './criteria-template.entity.js';
import { DataSource } from './indicator.enums.js';
import { Indicator } from './indicator.entity.js';
import {
  IndicatorConnection,
  IndicatorOrder,
  indicatorFilterRules,
  type CreateIndicatorInput,
  type DeleteIndicatorInput,
  type IndicatorListArgs,
  type UpdateIndicatorInput,
} from './indicator.types.js';
import { ownerAgency } from './owner-agency.js';

export class IndicatorService {
  constructor(private readonly ctx: ServiceContext) {}

  /** National indicators and the actor's agency's. */
  private scope(): FilterQuery<Indicator> {
    return sharedWhere(requireActor(this.ctx)) as FilterQuery<Indicator>;
  }

  async list(args: IndicatorListArgs) {
    const page = toPage(args, this.ctx, 'Indicator.list', IndicatorOrder.toOrderBy(args.orderBy, { code: 'asc' }));
    const where = {
      $and: [
        this.scope(),
        toWhere(args.filter as Record<string, unknown>, indicatorFilterRules, (term) => ({
          $or: [{ code: { $ilike: containing(term) } }, { name: { $ilike: containing(term) } }],
        })),
      ],
    } as FilterQuery<Indicator>;
    const rows = await findPage(this.ctx.em, Indicator, where, page);
    return IndicatorConnection.of(rows, page, () => this.ctx.em.count(Indicator, where));
  }

  async get(globalId: string, field = 'id'): Promise<Indicator> {
    return findInScope(this.ctx.em, Indicator, globalId, field, this.scope());
  }

  /** For a change: NOT_FOUND outside the actor's reach, FORBIDDEN for national data or another agency's. */
  private async getForWrite(globalId: string, field: string): Promise<Indicator> {
    const id = fromGlobalId(globalId, 'Indicator', field);
    const indicator = await this.ctx.em.findOne(Indicator, { id });
    if (!indicator) throw notFound('Indicator', globalId, field);
    assertSharedWritable(requireActor(this.ctx), indicator.agency?.id ?? null);
    return indicator;
  }

  async create(input: CreateIndicatorInput): Promise<Indicator> {
    return inTransaction(this.ctx.em, async () => {
      const agencyId = await ownerAgency(this.ctx, input.agencyId, true);
      assertSharedWritable(requireActor(this.ctx), agencyId);
      await this.assertCodeFree(agencyId, input.code);
      const indicator = this.ctx.em.create(Indicator, {
        agency: agencyId,
        code: input.code,
        name: input.name.trim(),
        description: input.description?.trim() || null,
        perspective: input.perspective,
        unit: input.unit,
        direction: input.direction,
        aggregation: input.aggregation,
        dataSource: input.dataSource ?? DataSource.MANUAL,
        cap: input.cap ?? null,
        active: input.active ?? true,
      });
      await this.ctx.em.flush();
      return indicator;
    });
  }

  async update(input: UpdateIndicatorInput): Promise<Indicator> {
    return inTransaction(this.ctx.em, async () => {
      const indicator = await this.getForWrite(input.id, 'input.id');
      assertVersion(indicator, input.version);
      if (input.code != null && input.code !== indicator.code) {
        await this.assertCodeFree(indicator.agency?.id ?? null, input.code);
        indicator.code = input.code;
      }
      // What a number means may not change under a period that already scores with it.
      for (const field of ['unit', 'direction', 'aggregation'] as const) {
        if (input[field] != null && input[field] !== indicator[field]) {
          const adopted = await this.ctx.em.count(TemplateItem, { indicator: indicator.id, template: { frozen: true } });
          if (adopted) {
            throw conflict(
              `The ${field} of ${indicator.code} cannot change: a period has adopted a template that uses it. Create a new indicator instead.`,
              {
                field: `input.${field}`,
              },
            );
          }
          indicator[field] = input[field] as never;
        }
      }
      if (input.name != null) indicator.name = input.name.trim();
      if (input.description !== undefined) indicator.description = input.description?.trim() || null;
      if (input.perspective != null) indicator.perspective = input.perspective;
      if (input.dataSource != null) indicator.dataSource = input.dataSource;
      if (input.cap !== undefined) indicator.cap = input.cap;
      if (input.active != null) indicator.active = input.active;
      await this.ctx.em.flush();
      return indicator;
    });
  }

  async delete(input: DeleteIndicatorInput): Promise<string> {
    return inTransaction(this.ctx.em, async () => {
      const indicator = await this.getForWrite(input.id, 'input.id');
      if (input.version != null) assertVersion(indicator, input.version);
      const uses = await this.ctx.em.count(TemplateItem, { indicator: indicator.id });
      if (uses) throw conflict(`${indicator.code} is used by ${uses} template item(s); deactivate it instead`, { field: 'input.id' });
      this.ctx.em.remove(indicator);
      await this.ctx.em.flush();
      return input.id;
    });
  }

  private async assertCodeFree(agencyId: string | null, code: string): Promise<void> {
    if (await this.ctx.em.count(Indicator, { agency: agencyId, code })) {
      throw duplicate(
        'input.code',
        `Code ${code} is already used by another indicator${agencyId ? ' of the agency' : ' of the national catalogue'}`,
        code,
      );
    }
  }
}
