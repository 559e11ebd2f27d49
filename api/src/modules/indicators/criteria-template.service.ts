import { ref, type FilterQuery } from '@mikro-orm/core';
import { requireActor, type ServiceContext } from '../../context.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope, findWritable } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { conflict, invalidFields, type FieldProblem, ErrorReason } from '../../errors.js';
import { findPage, toPage } from '../../graphql/connection.js';
import { containing, toWhere } from '../../graphql/filters.js';
import { fromGlobalId } from '../../graphql/ids.js';
import { agencyWhere } from '../../access/scope.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { type PositionType } from '../organization/position.entity.js';
import { CriteriaTemplate, TemplateItem } from './criteria-template.entity.js';
import {
  CriteriaTemplateConnection,
  CriteriaTemplateOrder,
  criteriaTemplateFilterRules,
  type CreateCriteriaTemplateInput,
  type CriteriaTemplateListArgs,
  type DeleteCriteriaTemplateInput,
  type TemplateItemInput,
  type TemplateResolution,
  type UpdateCriteriaTemplateInput,
} from './criteria-template.types.js';
import { Direction, ResultCategory } from './indicator.enums.js';
import { Indicator } from './indicator.entity.js';
import { ownerAgency } from './owner-agency.js';
import { refuseItems, weightProblem } from './weights.js';

type ItemData = Pick<TemplateItem, 'category' | 'weight' | 'target' | 'targetMax' | 'sortOrder'> & { indicator: Indicator };

export class CriteriaTemplateService {
  constructor(private readonly ctx: ServiceContext) {}

  private scope(): FilterQuery<CriteriaTemplate> {
    return agencyWhere(requireActor(this.ctx)) as FilterQuery<CriteriaTemplate>;
  }

  async list(args: CriteriaTemplateListArgs) {
    const page = toPage(
      args,
      this.ctx,
      'CriteriaTemplate.list',
      CriteriaTemplateOrder.toOrderBy(args.orderBy, { name: 'asc', revision: 'desc' }),
    );
    const where = {
      $and: [
        this.scope(),
        toWhere(args.filter as Record<string, unknown>, criteriaTemplateFilterRules, (term) => ({ name: { $ilike: containing(term) } })),
      ],
    } as FilterQuery<CriteriaTemplate>;
    const rows = await findPage(this.ctx.em, CriteriaTemplate, where, page);
    return CriteriaTemplateConnection.of(rows, page, () => this.ctx.em.count(CriteriaTemplate, where));
  }

  async get(globalId: string, field = 'id'): Promise<CriteriaTemplate> {
    return findInScope(this.ctx.em, CriteriaTemplate, globalId, field, this.scope());
  }

  /** Every revision of the template, latest first. */
  async revisions(template: CriteriaTemplate): Promise<CriteriaTemplate[]> {
    return this.ctx.em.find(CriteriaTemplate, { lineage: template.lineage }, { orderBy: { revision: 'desc' } });
  }

  async create(input: CreateCriteriaTemplateInput) {
    return inTransaction(this.ctx.em, async () => {
      const agencyId = (await ownerAgency(this.ctx, input.agencyId, false))!;
      const items = await this.checkItems(agencyId, input.items);
      const units = await this.checkUnits(agencyId, input.unitIds ?? []);
      const template = this.ctx.em.create(CriteriaTemplate, {
        agency: agencyId,
        name: input.name.trim(),
        description: input.description?.trim() || null,
        positionTypes: unique(input.positionTypes ?? []),
        active: input.active ?? true,
      });
      template.units.set(units);
      this.setItems(template, items);
      await this.ctx.em.flush();
      return { criteriaTemplate: template, newRevision: false };
    });
  }

  /**
   * Changes a template in place while no period has adopted it. Once one has,
   * the change is written as the next revision and the adopted one stays as it was.
   */
  async update(input: UpdateCriteriaTemplateInput) {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const found = await findWritable(em, CriteriaTemplate, input.id, 'input.id', requireActor(this.ctx), (t) => t.agency.id);
      assertVersion(found, input.version);
      if (!found.current) {
        const latest = await em.findOneOrFail(CriteriaTemplate, { lineage: found.lineage, current: true });
        throw conflict(`Revision ${found.revision} has been superseded by revision ${latest.revision}; change that one`, {
          field: 'input.id',
        });
      }
      const agencyId = found.agency.id;
      const items = input.items ? await this.checkItems(agencyId, input.items) : null;
      const units = input.unitIds ? await this.checkUnits(agencyId, input.unitIds) : null;
      await em.populate(found, ['units', 'items', 'items.indicator']);

      let template = found;
      const newRevision = found.frozen;
      if (newRevision) {
        found.current = false;
        template = em.create(CriteriaTemplate, {
          agency: found.agency,
          lineage: found.lineage,
          revision: found.revision + 1,
          name: found.name,
          description: found.description,
          positionTypes: [...found.positionTypes],
          active: found.active,
        });
        template.units.set(found.units.getItems());
        if (!items) {
          this.setItems(
            template,
            found.items.getItems().map((item) => ({ ...pickItem(item), indicator: item.indicator.getEntity() })),
          );
        }
      }
      if (input.name != null) template.name = input.name.trim();
      if (input.description !== undefined) template.description = input.description?.trim() || null;
      if (input.positionTypes) template.positionTypes = unique(input.positionTypes);
      if (input.active != null) template.active = input.active;
      if (units) template.units.set(units);
      if (items) {
        if (!newRevision) template.items.removeAll();
        this.setItems(template, items);
      }
      await em.flush();
      return { criteriaTemplate: template, newRevision };
    });
  }

  async delete(input: DeleteCriteriaTemplateInput): Promise<string> {
    return inTransaction(this.ctx.em, async () => {
      const template = await findWritable(this.ctx.em, CriteriaTemplate, input.id, 'input.id', requireActor(this.ctx), (t) => t.agency.id);
      if (input.version != null) assertVersion(template, input.version);
      if (template.frozen) throw conflict('A period has adopted this template; deactivate it instead', { field: 'input.id' });
      if (!template.current) throw conflict('Only the latest revision of a template can be deleted', { field: 'input.id' });
      // The previous revision (never adopted ones are deleted with it) becomes the latest again.
      const previous = await this.ctx.em.findOne(CriteriaTemplate, { lineage: template.lineage, revision: template.revision - 1 });
      if (previous) previous.current = true;
      this.ctx.em.remove(template);
      await this.ctx.em.flush();
      return input.id;
    });
  }

  /** Marks revisions as adopted by a period: from now on they change only by a new revision. */
  freeze(templates: CriteriaTemplate[]): void {
    for (const template of templates) template.frozen = true;
  }

  /** The active latest revisions of an agency, with their units: what a period adopts. */
  async currentOf(agencyId: string): Promise<CriteriaTemplate[]> {
    return this.ctx.em.find(
      CriteriaTemplate,
      { agency: agencyId, current: true, active: true },
      { populate: ['units'], orderBy: { name: 'asc' } },
    );
  }

  /**
   * Most specific wins: a template naming the employee's unit (or a unit above
   * it; deeper is more specific) beats one naming only position types, which
   * beats an agency-wide one; at equal unit depth, naming the position type wins.
   */
  resolve(candidates: CriteriaTemplate[], unit: OrgUnit, positionType: PositionType | null): Omit<TemplateResolution, 'considered'> {
    const ranked: { template: CriteriaTemplate; unit: OrgUnit | null; rank: [number, number] }[] = [];
    for (const template of candidates) {
      if (!template.active) continue;
      const units = template.units.getItems();
      const typed = template.positionTypes.length > 0;
      if (typed && (!positionType || !template.positionTypes.includes(positionType))) continue;
      const matched = units.filter((u) => unit.path.startsWith(u.path)).sort((a, b) => b.depth - a.depth)[0] ?? null;
      if (units.length > 0 && !matched) continue;
      ranked.push({ template, unit: matched, rank: [matched ? matched.depth + 1 : 0, typed ? 1 : 0] });
    }
    ranked.sort((a, b) => b.rank[0] - a.rank[0] || b.rank[1] - a.rank[1] || a.template.name.localeCompare(b.template.name));
    const best = ranked[0];
    if (!best) {
      return {
        template: null,
        reason: `No active template applies to unit ${unit.name}${positionType ? ` and position type ${positionType}` : ' (no position)'}`,
        matchedUnit: null,
        matchedPositionType: null,
        tiedWith: [],
      };
    }
    const tied = ranked.slice(1).filter((r) => r.rank[0] === best.rank[0] && r.rank[1] === best.rank[1]);
    const why = [
      best.unit ? `it names the unit ${best.unit.name}${best.unit.id === unit.id ? '' : ` (above ${unit.name})`}` : null,
      best.rank[1] ? `it names the position type ${positionType}` : null,
    ].filter(Boolean);
    const reason =
      (why.length
        ? `"${best.template.name}" applies because ${why.join(' and ')}`
        : `"${best.template.name}" applies to the whole agency`) +
      (ranked.length > 1 ? `; it is the most specific of ${ranked.length} matching templates` : '') +
      (tied.length ? `, tied with ${tied.map((t) => `"${t.template.name}"`).join(', ')} (chosen by name)` : '');
    return {
      template: best.template,
      reason,
      matchedUnit: best.unit,
      matchedPositionType: best.rank[1] ? positionType : null,
      tiedWith: tied.map((t) => t.template),
    };
  }

  private setItems(template: CriteriaTemplate, items: ItemData[]): void {
    items.forEach((item, index) => {
      template.items.add(this.ctx.em.create(TemplateItem, { ...item, template, indicator: ref(item.indicator), sortOrder: index + 1 }));
    });
  }

  private async checkUnits(agencyId: string, unitIds: string[]): Promise<OrgUnit[]> {
    const ids = unitIds.map((id, index) => fromGlobalId(id, 'OrgUnit', `input.unitIds.${index}`));
    const units = ids.length ? await this.ctx.em.find(OrgUnit, { id: { $in: ids } }) : [];
    const problems: FieldProblem[] = [];
    ids.forEach((id, index) => {
      const unit = units.find((u) => u.id === id);
      if (!unit || unit.agency.id !== agencyId)
        problems.push({ field: `input.unitIds.${index}`, message: 'No such unit in the agency', reason: ErrorReason.NOT_A_CHOICE });
    });
    if (problems.length) throw invalidFields(problems);
    return units;
  }

  /** Every item checked; all problems reported together, the weight sum named. */
  private async checkItems(agencyId: string, items: TemplateItemInput[]): Promise<ItemData[]> {
    const ids = items.map((item, index) => fromGlobalId(item.indicatorId, 'Indicator', `input.items.${index}.indicatorId`));
    const found = await this.ctx.em.find(Indicator, { id: { $in: ids }, $or: [{ agency: null }, { agency: agencyId }] });
    const byId = new Map(found.map((indicator) => [indicator.id, indicator]));
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    const checked: ItemData[] = [];
    items.forEach((item, index) => {
      const at = `input.items.${index}`;
      const indicator = byId.get(ids[index]!);
      const category = item.category ?? ResultCategory.UTAMA;
      if (!indicator)
        return problems.push({
          field: `${at}.indicatorId`,
          message: 'No such indicator in the national or agency catalogue',
          reason: ErrorReason.NOT_A_CHOICE,
        });
      if (!indicator.active)
        problems.push({ field: `${at}.indicatorId`, message: `${indicator.code} is inactive`, reason: ErrorReason.INACTIVE });
      if (seen.has(indicator.id))
        problems.push({
          field: `${at}.indicatorId`,
          message: `${indicator.code} appears twice`,
          reason: ErrorReason.DUPLICATE_ITEM,
          params: { value: indicator.code },
        });
      seen.add(indicator.id);
      if (category === ResultCategory.UTAMA && !(item.weight > 0))
        problems.push({ field: `${at}.weight`, message: 'A main result needs a weight above 0', reason: ErrorReason.NOT_POSITIVE });
      const target = item.target ?? null;
      const targetMax = item.targetMax ?? null;
      if (indicator.direction === Direction.TARGET_RANGE) {
        if ((target === null) !== (targetMax === null))
          problems.push({
            field: `${at}.targetMax`,
            message: 'A target range needs both bounds, or neither',
            reason: ErrorReason.BOTH_OR_NEITHER,
          });
        else if (target !== null && targetMax !== null && target > targetMax)
          problems.push({
            field: `${at}.targetMax`,
            message: 'The upper bound is below the lower bound',
            reason: ErrorReason.BOUNDS_REVERSED,
          });
      } else if (targetMax !== null) {
        problems.push({
          field: `${at}.targetMax`,
          message: `${indicator.code} is not a target-range indicator`,
          reason: ErrorReason.NOT_APPLICABLE,
        });
      }
      checked.push({ indicator, category, weight: item.weight, target, targetMax, sortOrder: index + 1 });
    });
    const weights = weightProblem(checked, 'input.items');
    if (weights) problems.push(weights);
    if (problems.length) refuseItems(problems, checked);
    return checked;
  }
}

function pickItem(item: TemplateItem) {
  return { category: item.category, weight: item.weight, target: item.target, targetMax: item.targetMax, sortOrder: item.sortOrder };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
