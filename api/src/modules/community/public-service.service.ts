import { ref, type FilterQuery } from '@mikro-orm/core';
import { requireActor, type ServiceContext } from '../../context.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope, findWritable } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { conflict } from '../../errors.js';
import { findPage, toPage } from '../../graphql/connection.js';
import { containing, toWhere } from '../../graphql/filters.js';
import { toGlobalId } from '../../graphql/ids.js';
import { agencyWhere } from '../../access/scope.js';
import { Agency } from '../organization/agency.entity.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { OrgUnitService } from '../organization/org-unit.service.js';
import { PublicService } from './public-service.entity.js';
import {
  PublicServiceConnection,
  PublicServiceOrder,
  publicServiceFilterRules,
  type CreatePublicServiceInput,
  type DirectoryService,
  type PublicServiceListArgs,
  type UpdatePublicServiceInput,
} from './public-service.types.js';

/** Everyone in an agency reads its services; administrators and HR change them. */
export class PublicServiceService {
  constructor(private readonly ctx: ServiceContext) {}

  private scope(): FilterQuery<PublicService> {
    return agencyWhere(requireActor(this.ctx)) as FilterQuery<PublicService>;
  }

  async list(args: PublicServiceListArgs) {
    const page = toPage(args, this.ctx, 'PublicService.list', PublicServiceOrder.toOrderBy(args.orderBy, { name: 'asc' }));
    const where = {
      $and: [
        this.scope(),
        toWhere(args.filter as Record<string, unknown>, publicServiceFilterRules, (term) => ({ name: { $ilike: containing(term) } })),
      ],
    } as FilterQuery<PublicService>;
    const rows = await findPage(this.ctx.em, PublicService, where, page);
    return PublicServiceConnection.of(rows, page, () => this.ctx.em.count(PublicService, where));
  }

  async get(globalId: string, field = 'id'): Promise<PublicService> {
    return findInScope(this.ctx.em, PublicService, globalId, field, this.scope());
  }

  async create(input: CreatePublicServiceInput): Promise<PublicService> {
    return inTransaction(this.ctx.em, async () => {
      const unit = await new OrgUnitService(this.ctx).getForWrite(input.unitId, 'input.unitId');
      await this.assertNameFree(unit.id, input.name.trim(), null);
      const service = this.ctx.em.create(PublicService, {
        agency: ref(Agency, unit.agency.id),
        unit: ref(unit),
        name: input.name.trim(),
        description: input.description?.trim() || null,
        active: input.active ?? true,
      });
      await this.ctx.em.flush();
      return service;
    });
  }

  async update(input: UpdatePublicServiceInput): Promise<PublicService> {
    return inTransaction(this.ctx.em, async () => {
      const service = await findWritable(this.ctx.em, PublicService, input.id, 'input.id', requireActor(this.ctx), (s) => s.agency.id);
      assertVersion(service, input.version);
      if (input.name != null && input.name.trim() !== service.name) {
        await this.assertNameFree(service.unit.id, input.name.trim(), service.id);
        service.name = input.name.trim();
      }
      if (input.description !== undefined) service.description = input.description?.trim() || null;
      if (input.active != null) service.active = input.active;
      await this.ctx.em.flush();
      return service;
    });
  }

  /** Public, no login: the active services of an agency with their units, for the citizen's forms. */
  async directory(agencyCode: string): Promise<DirectoryService[]> {
    const agency = await this.ctx.em.findOne(Agency, { code: agencyCode });
    if (!agency) return [];
    const services = await this.ctx.em.find(
      PublicService,
      { agency: agency.id, active: true },
      { orderBy: { name: 'asc', id: 'asc' }, limit: 500 },
    );
    const units = services.length ? await this.ctx.em.find(OrgUnit, { id: { $in: [...new Set(services.map((s) => s.unit.id))] } }) : [];
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    return services.map((s) => ({
      id: s.nodeId,
      name: s.name,
      description: s.description,
      unitId: toGlobalId('OrgUnit', s.unit.id),
      unitName: unitName.get(s.unit.id) ?? '',
    }));
  }

  private async assertNameFree(unitId: string, name: string, except: string | null): Promise<void> {
    const clash = await this.ctx.em.findOne(PublicService, { unit: unitId, name, ...(except ? { id: { $ne: except } } : {}) });
    if (clash) throw conflict(`The unit already has a service named "${name}"`, { field: 'input.name' });
  }
}
