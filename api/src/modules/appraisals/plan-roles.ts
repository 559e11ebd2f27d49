import { requireActor, type ServiceContext } from '../../context.js';
import { may } from '../../access/actor.js';
import { forbidden } from '../../errors.js';
import { assertAgencyWritable } from '../../access/scope.js';
import type { PerformancePlan } from './performance-plan.entity.js';

/**
 * Who acts on a plan: the person the plan records for that role (its appraiser,
 * or the appraiser's superior), or HR of the agency when it records nobody: the
 * head of an agency is appraised by the head of region, who is not in the system.
 */
export function assertRecordedRole(
  ctx: ServiceContext,
  plan: PerformancePlan,
  role: 'appraiser' | 'appraiserSuperior',
  action: string,
): void {
  const actor = requireActor(ctx);
  const recorded = plan[role];
  if (recorded ? actor.employeeId === recorded.id : may(actor, 'plans.manageAgency')) {
    if (!recorded) assertAgencyWritable(actor, plan.agency.id);
    return;
  }
  const who = role === 'appraiser' ? "the plan's appraiser (pejabat penilai)" : "the appraiser's superior (atasan pejabat penilai)";
  throw forbidden(
    recorded
      ? `Only ${who} may ${action}`
      : `Only HR may ${action} when the plan records no ${role === 'appraiser' ? 'appraiser' : "appraiser's superior"}`,
  );
}
