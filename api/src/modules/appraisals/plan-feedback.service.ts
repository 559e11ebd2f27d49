import { ref } from '@mikro-orm/core';
import { may } from '../../access/actor.js';
import { requireActor, type ServiceContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, forbidden, notFound, ErrorReason } from '../../errors.js';
import { notify, Topic } from '../../events/events.js';
import { fromGlobalId } from '../../graphql/ids.js';
import { inAgencyScope } from '../../access/scope.js';
import { User } from '../auth/user.entity.js';
import { Employee } from '../employees/employee.entity.js';
import { type PerformancePlan, PlanTarget } from './performance-plan.entity.js';
import { PerformancePlanService } from './performance-plan.service.js';
import { PlanFeedback } from './plan-feedback.entity.js';
import type { GiveFeedbackInput } from './plan-feedback.types.js';

export class PlanFeedbackService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Continuous feedback on a plan, at any stage, while its period is not closed. */
  async give(input: GiveFeedbackInput): Promise<PlanFeedback> {
    return inTransaction(this.ctx.em, async () => {
      const { em } = this.ctx;
      const actor = requireActor(this.ctx);
      const plan = await new PerformancePlanService(this.ctx).getForChange(input.planId, 'input.planId');
      this.assertAppraiser(plan);
      let target: PlanTarget | null = null;
      if (input.targetId) {
        target = await em.findOne(PlanTarget, { id: fromGlobalId(input.targetId, 'PlanTarget', 'input.targetId'), plan: plan.id });
        if (!target) throw badInput('input.targetId', 'Not a target of this plan', ErrorReason.NOT_A_CHOICE);
      }
      const user = await em.findOne(User, { id: actor.userId });
      const feedback = em.create(PlanFeedback, {
        plan,
        target: target ? ref(target) : null,
        type: input.type,
        text: input.text.trim(),
        author: actor.employeeId ? ref(em.getReference(Employee, actor.employeeId)) : null,
        authorName: user?.displayName ?? actor.username,
      });
      await em.flush();
      await notify(em, Topic.FEEDBACK_RECEIVED, { feedbackId: feedback.id });
      return feedback;
    });
  }

  /**
   * The appraiser or the appraiser's superior (as recorded on the plan). HR
   * stands in for a plan without an appraiser, as it does for approving it.
   */
  private assertAppraiser(plan: PerformancePlan): void {
    const actor = requireActor(this.ctx);
    const self = actor.employeeId;
    if (self && (plan.appraiser?.id === self || plan.appraiserSuperior?.id === self)) return;
    if (!plan.appraiser && may(actor, 'plans.manageAgency') && inAgencyScope(actor, plan.agency.id)) return;
    throw forbidden("Only the plan's appraiser (pejabat penilai) or the appraiser's superior gives feedback on it");
  }

  /** Feedback on the actor's own plans, by row id: what `feedbackReceived` delivers. */
  async ownRow(id: string): Promise<PlanFeedback | null> {
    const actor = requireActor(this.ctx);
    if (!actor.employeeId) return null;
    return this.ctx.em.findOne(PlanFeedback, { id, plan: { employee: actor.employeeId } });
  }

  async getOwnRow(id: string): Promise<PlanFeedback> {
    const feedback = await this.ownRow(id);
    if (!feedback) throw notFound('PlanFeedback', id);
    return feedback;
  }
}
