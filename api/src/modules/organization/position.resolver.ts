import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import type { CsvImportRequest } from '../../import/import.types.js';
import { Agency } from './agency.entity.js';
import { OrgUnit } from './org-unit.entity.js';
import { Position } from './position.entity.js';
import { PositionImportService } from './position-import.service.js';
import { PositionService } from './position.service.js';
import {
  CreatePositionInput,
  DeletePositionInput,
  DeletePositionPayload,
  ImportPositions,
  PositionConnection,
  PositionListArgs,
  PositionPayload,
  UpdatePositionInput,
} from './position.types.js';

@Resolver(() => Position)
export class PositionResolver {
  @Allow('organization.read')
  @Query(() => PositionConnection, {
    description: "Positions (jabatan) within the actor's agency (all agencies for platform administrators).",
  })
  positions(@Args() args: PositionListArgs, @Ctx() ctx: Context) {
    return new PositionService(ctx).list(args);
  }

  @Allow('organization.read')
  @Query(() => Position, { description: "One position; NOT_FOUND when it does not exist or is outside the actor's access." })
  position(@Arg('id', () => ID, { description: 'Position ID.' }) id: string, @Ctx() ctx: Context) {
    return new PositionService(ctx).get(id);
  }

  @Allow('organization.manage')
  @Mutation(() => PositionPayload, { description: 'Creates a position in a unit.' })
  async createPosition(@Arg('input', { description: 'The new position.' }) input: CreatePositionInput, @Ctx() ctx: Context) {
    return { position: await new PositionService(ctx).create(input) };
  }

  @Allow('organization.manage')
  @Mutation(() => PositionPayload, { description: 'Changes a position; a superior that would create a reporting loop is refused.' })
  async updatePosition(@Arg('input', { description: 'The changes.' }) input: UpdatePositionInput, @Ctx() ctx: Context) {
    return { position: await new PositionService(ctx).update(input) };
  }

  @Allow('organization.manage')
  @Mutation(() => DeletePositionPayload, { description: 'Deletes a position that no other position reports to.' })
  async deletePosition(@Arg('input', { description: 'The position to delete.' }) input: DeletePositionInput, @Ctx() ctx: Context) {
    return { id: await new PositionService(ctx).delete(input) };
  }

  @Allow('organization.manage')
  @Mutation(() => ImportPositions.Payload, {
    description: 'Imports positions from CSV, all or nothing, with a row-by-row report of every problem.',
  })
  importPositions(
    @Arg('input', () => ImportPositions.Input, { description: 'The file and its agency.' }) input: CsvImportRequest,
    @Ctx() ctx: Context,
  ) {
    return new PositionImportService(ctx).import(input);
  }

  @FieldResolver(() => Agency, { description: 'The agency of the position.' })
  agency(@Root() position: Position, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Agency).load(position.agency.id);
  }

  @FieldResolver(() => OrgUnit, { description: 'The unit of the position.' })
  unit(@Root() position: Position, @Ctx() ctx: Context) {
    return ctx.loaders.byId(OrgUnit).load(position.unit.id);
  }

  @FieldResolver(() => Position, { nullable: true, description: 'The position this one reports to (atasan).' })
  superior(@Root() position: Position, @Ctx() ctx: Context) {
    return position.superior ? ctx.loaders.byId(Position).load(position.superior.id) : null;
  }

  @FieldResolver(() => [Position], { description: 'Positions that report directly to this one.' })
  subordinates(@Root() position: Position, @Ctx() ctx: Context) {
    return ctx.loaders.byForeignKey(Position, 'superior', { name: 'asc' }).load(position.id);
  }

  @FieldResolver(() => [Position], { description: 'The whole reporting line above, nearest first.' })
  superiorChain(@Root() position: Position, @Ctx() ctx: Context) {
    return new PositionService(ctx).superiorChain(position);
  }
}
