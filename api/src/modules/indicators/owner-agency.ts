import { requireActor, type ServiceContext } from '../../context.js';
import { reachesAllAgencies } from '../../access/actor.js';
import { badInput, ErrorReason } from '../../errors.js';
import { assertAgencyWritable } from '../../access/scope.js';
import { AgencyService } from '../organization/agency.service.js';

/**
 * The agency (row id) a new configuration record belongs to: the one named, else
 * the actor's own. A platform administrator naming none makes it national (null)
 * when `national` allows it.
 */
export async function ownerAgency(ctx: ServiceContext, agencyId: string | null | undefined, national: boolean): Promise<string | null> {
  const actor = requireActor(ctx);
  if (agencyId) {
    const agency = await new AgencyService(ctx).get(agencyId, 'input.agencyId');
    assertAgencyWritable(actor, agency.id);
    return agency.id;
  }
  if (!reachesAllAgencies(actor)) return actor.agencyId;
  if (national) return null;
  throw badInput('input.agencyId', 'Say which agency it belongs to', ErrorReason.REQUIRED);
}
