import type { FilterQuery } from '@mikro-orm/core';
import { requireActor, type ServiceContext } from '../../context.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope, findWritable } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, ErrorReason, duplicate } from '../../errors.js';
import { findPage, toPage, type PageArgs } from '../../graphql/connection.js';
import { containing, toWhere } from '../../graphql/filters.js';
import { agencyWhere } from '../../access/scope.js';
import { Agency } from './agency.entity.js';
import {
  AgencyConnection,
  AgencyOrder,
  agencyFilterRules,
  type AgencyListArgs,
  type CreateAgencyInput,
  type DeleteAgencyInput,
  type UpdateAgencyInput,
} from './agency.types.js';

export class AgencyService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Agencies the actor may see: all for platform administrators, otherwise their own. */
  private scope(): FilterQuery<Agency> {
    return agencyWhere(requireActor(this.ctx), 'id');
  }

  async list(args: AgencyListArgs & PageArgs) {
    const page = toPage(args, this.ctx, 'Agency.list', AgencyOrder.toOrderBy(args.orderBy, { name: 'asc' }));
    const where = {
      $and: [
        this.scope(),
        toWhere(args.filter as Record<string, unknown>, agencyFilterRules, (term) => {
          const like = containing(term);
          return { $or: [{ code: { $ilike: like } }, { name: { $ilike: like } }, { region: { $ilike: like } }] };
        }),
      ],
    } as FilterQuery<Agency>;
    const rows = await findPage(this.ctx.em, Agency, where, page);
    return AgencyConnection.of(rows, page, () => this.ctx.em.count(Agency, where));
  }

  /** Fails with NOT_FOUND alike for a missing agency and one outside the actor's scope. */
  async get(globalId: string, field = 'id'): Promise<Agency> {
    return findInScope(this.ctx.em, Agency, globalId, field, this.scope());
  }

  /** For a change: NOT_FOUND when missing, FORBIDDEN when it belongs to another agency. */
  private async getForWrite(globalId: string, field: string): Promise<Agency> {
    return findWritable(this.ctx.em, Agency, globalId, field, requireActor(this.ctx), (agency) => agency.id);
  }

  async create(input: CreateAgencyInput): Promise<Agency> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      await this.assertCodeFree(input.code);
      const agency = em.create(Agency, {
        code: input.code,
        name: input.name.trim(),
        kind: input.kind,
        region: input.region?.trim() || null,
      });
      this.assertName(agency.name, 'input.name');
      await em.flush();
      return agency;
    });
  }

  async update(input: UpdateAgencyInput): Promise<Agency> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const agency = await this.getForWrite(input.id, 'input.id');
      assertVersion(agency, input.version);
      if (input.code != null && input.code !== agency.code) {
        await this.assertCodeFree(input.code);
        agency.code = input.code;
      }
      if (input.name !== undefined) {
        if (input.name === null) throw badInput('input.name', 'name cannot be empty', ErrorReason.REQUIRED);
        this.assertName(input.name.trim(), 'input.name');
        agency.name = input.name.trim();
      }
      if (input.kind != null) agency.kind = input.kind;
      if (input.region !== undefined) agency.region = input.region?.trim() || null;
      await em.flush();
      return agency;
    });
  }

  async delete(input: DeleteAgencyInput): Promise<string> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const agency = await this.getForWrite(input.id, 'input.id');
      if (input.version != null) assertVersion(agency, input.version);
      em.remove(agency);
      await em.flush();
      return input.id;
    });
  }

  private async assertCodeFree(code: string): Promise<void> {
    if (await this.ctx.em.count(Agency, { code })) {
      throw duplicate('input.code', `Code ${code} is already used by another agency`, code);
    }
  }

  private assertName(name: string, field: string): void {
    if (name.length < 3)
      throw badInput(field, 'name must be at least 3 characters (not counting surrounding spaces)', ErrorReason.TOO_SHORT, { min: 3 });
  }
}
