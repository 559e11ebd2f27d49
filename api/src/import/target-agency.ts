import { requireActor, type ServiceContext } from '../context.js';
import { reachesAllAgencies } from '../access/actor.js';
import { badInput, ErrorReason } from '../errors.js';
import { assertAgencyWritable } from '../access/scope.js';
import { AgencyService } from '../modules/organization/agency.service.js';

/** The agency an import writes into: the one named (within reach), else the actor's own. Row id. */
export async function importTargetAgency(ctx: ServiceContext, agencyId: string | null | undefined, what: string): Promise<string> {
  const actor = requireActor(ctx);
  const target = agencyId
    ? (await new AgencyService(ctx).get(agencyId, 'input.agencyId')).id
    : reachesAllAgencies(actor)
      ? null
      : actor.agencyId;
  if (!target) throw badInput('input.agencyId', `Say which agency the ${what} belong to`, ErrorReason.REQUIRED);
  assertAgencyWritable(actor, target);
  return target;
}
