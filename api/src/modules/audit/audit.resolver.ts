import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditService } from './audit.service.js';
import { AuditEntryConnection, AuditEntryListArgs } from './audit.types.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Allow('audit.read')
  @Query(() => AuditEntryConnection, { description: "The audit trail (administrators; agency administrators see their agency's)." })
  auditEntries(@Args() args: AuditEntryListArgs, @Ctx() ctx: Context) {
    return new AuditService(ctx).list(args);
  }

  @Allow('audit.read')
  @Query(() => AuditEntry, { description: 'One audit entry.' })
  auditEntry(@Arg('id', () => ID, { description: 'Audit entry ID.' }) id: string, @Ctx() ctx: Context) {
    return new AuditService(ctx).get(id);
  }
}
