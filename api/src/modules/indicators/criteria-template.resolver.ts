import { Arg, Args, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { Agency } from '../organization/agency.entity.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { CriteriaTemplate, TemplateItem } from './criteria-template.entity.js';
import { CriteriaTemplateService } from './criteria-template.service.js';
import {
  CreateCriteriaTemplateInput,
  CriteriaTemplateConnection,
  CriteriaTemplateListArgs,
  CriteriaTemplatePayload,
  DeleteCriteriaTemplateInput,
  DeleteCriteriaTemplatePayload,
  UpdateCriteriaTemplateInput,
} from './criteria-template.types.js';
import { Indicator } from './indicator.entity.js';
import { mainWeightOf } from './weights.js';

@Resolver(() => CriteriaTemplate)
export class CriteriaTemplateResolver {
  @Allow('configuration.read')
  @Query(() => CriteriaTemplateConnection, {
    description: "Criteria templates of the actor's agency, every revision (filter `current` for the latest).",
  })
  criteriaTemplates(@Args() args: CriteriaTemplateListArgs, @Ctx() ctx: Context) {
    return new CriteriaTemplateService(ctx).list(args);
  }

  @Allow('configuration.read')
  @Query(() => CriteriaTemplate, { description: 'One template revision.' })
  criteriaTemplate(@Arg('id', () => ID, { description: 'Template ID.' }) id: string, @Ctx() ctx: Context) {
    return new CriteriaTemplateService(ctx).get(id);
  }

  @Allow('configuration.manage')
  @Mutation(() => CriteriaTemplatePayload, { description: 'Creates a template; the weights of its main results must sum to 100.' })
  createCriteriaTemplate(@Arg('input', { description: 'The new template.' }) input: CreateCriteriaTemplateInput, @Ctx() ctx: Context) {
    return new CriteriaTemplateService(ctx).create(input);
  }

  @Allow('configuration.manage')
  @Mutation(() => CriteriaTemplatePayload, {
    description: 'Changes a template: in place until a period adopts it, as a new revision afterwards.',
  })
  updateCriteriaTemplate(@Arg('input', { description: 'The changes.' }) input: UpdateCriteriaTemplateInput, @Ctx() ctx: Context) {
    return new CriteriaTemplateService(ctx).update(input);
  }

  @Allow('configuration.manage')
  @Mutation(() => DeleteCriteriaTemplatePayload, { description: 'Deletes a template revision no period has adopted.' })
  async deleteCriteriaTemplate(
    @Arg('input', { description: 'The template to delete.' }) input: DeleteCriteriaTemplateInput,
    @Ctx() ctx: Context,
  ) {
    return { id: await new CriteriaTemplateService(ctx).delete(input) };
  }

  @FieldResolver(() => Agency, { description: 'The agency.' })
  agency(@Root() template: CriteriaTemplate, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Agency).load(template.agency.id);
  }

  @FieldResolver(() => [TemplateItem], { description: 'Its indicators with weights and default targets, in order.' })
  items(@Root() template: CriteriaTemplate, @Ctx() ctx: Context) {
    return ctx.loaders.byForeignKey(TemplateItem, 'template', { sortOrder: 'asc' }).load(template.id);
  }

  @FieldResolver(() => Float, { description: 'Sum of the weights of the main results (100 for a valid template).' })
  async mainWeight(@Root() template: CriteriaTemplate, @Ctx() ctx: Context) {
    const items = await ctx.loaders.byForeignKey(TemplateItem, 'template', { sortOrder: 'asc' }).load(template.id);
    return mainWeightOf(items);
  }

  @FieldResolver(() => [OrgUnit], { description: 'Units it applies to (with the units below); empty: the whole agency.' })
  units(@Root() template: CriteriaTemplate, @Ctx() ctx: Context) {
    return unitsOf(ctx).load(template);
  }

  @FieldResolver(() => [ID], { description: 'IDs of the units it applies to.' })
  async unitIds(@Root() template: CriteriaTemplate, @Ctx() ctx: Context) {
    return (await this.units(template, ctx)).map((unit) => unit.nodeId);
  }

  @FieldResolver(() => [CriteriaTemplate], { description: 'Every revision of this template, latest first.' })
  revisions(@Root() template: CriteriaTemplate, @Ctx() ctx: Context) {
    return new CriteriaTemplateService(ctx).revisions(template);
  }
}

/** The units of many templates in one statement. */
function unitsOf(ctx: Context) {
  return ctx.loaders.batch<CriteriaTemplate, OrgUnit[]>('CriteriaTemplate.units', async (templates) => {
    await ctx.em.populate([...templates], ['units']);
    return templates.map((template) => template.units.getItems());
  });
}

@Resolver(() => TemplateItem)
export class TemplateItemResolver {
  @FieldResolver(() => Indicator, { description: 'The indicator.' })
  indicator(@Root() item: TemplateItem, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Indicator).load(item.indicator.id);
  }
}
