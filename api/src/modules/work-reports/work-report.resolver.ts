import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { freshServiceContext, type Context, type SubscriptionContext } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { Topic, type EventPayloads } from '../../events/events.js';
import { badInput, ErrorReason } from '../../errors.js';
import { PageArgs } from '../../graphql/connection.js';
import { isMonth } from '../attendance/calendar.js';
import { PlanTarget } from '../appraisals/performance-plan.entity.js';
import { Employee } from '../employees/employee.entity.js';
import { WorkReport, WorkReportComment } from './work-report.entity.js';
import { WorkReportService } from './work-report.service.js';
import {
  ApproveWorkReportInput,
  CommentOnWorkReportInput,
  DeleteWorkReportInput,
  DeleteWorkReportPayload,
  EffectiveMinutes,
  FileWorkReportInput,
  ReturnWorkReportInput,
  UpdateWorkReportInput,
  WorkReportCommentPayload,
  WorkReportConnection,
  WorkReportListArgs,
  WorkReportPayload,
} from './work-report.types.js';

type FiledEvent = EventPayloads[Topic.WORK_REPORT_FILED];

@Resolver(() => WorkReport)
export class WorkReportResolver {
  @Allow('workReports.read')
  @Query(() => WorkReportConnection, {
    description:
      "Daily work reports the actor may see: their agency's (HR, evaluators), their subordinates' at any depth (supervisors), their own.",
  })
  workReports(@Args() args: WorkReportListArgs, @Ctx() ctx: Context) {
    return new WorkReportService(ctx).list(args);
  }

  @Allow('workReports.read')
  @Query(() => WorkReportConnection, {
    description: "The supervisor's queue: SUBMITTED reports of the actor's direct subordinates, oldest first.",
  })
  workReportQueue(@Args() args: PageArgs, @Ctx() ctx: Context) {
    return new WorkReportService(ctx).queue(args);
  }

  @Allow('workReports.read')
  @Query(() => EffectiveMinutes, {
    description:
      "An employee's effective working minutes of a month: approved report minutes capped at the month's target, and the share reached (the employee themself, their supervisors, HR).",
  })
  effectiveMinutes(
    @Arg('employeeId', () => ID, { description: 'The employee.' }) employeeId: string,
    @Arg('month', { description: 'The month, YYYY-MM.' }) month: string,
    @Ctx() ctx: Context,
  ) {
    if (!isMonth(month)) throw badInput('month', 'month must be YYYY-MM', ErrorReason.NOT_A_MONTH);
    return new WorkReportService(ctx).effectiveMinutes(employeeId, month);
  }

  @Allow('workReports.read')
  @Query(() => WorkReport, { description: "One daily work report; NOT_FOUND when unknown or outside the actor's access." })
  workReport(@Arg('id', () => ID, { description: 'Report ID.' }) id: string, @Ctx() ctx: Context) {
    return new WorkReportService(ctx).get(id);
  }

  @Allow('workReports.write')
  @Mutation(() => WorkReportPayload, { description: "Files a day's work (laporan harian) for the actor's own employee record." })
  async fileWorkReport(@Arg('input', { description: 'The day and the work.' }) input: FileWorkReportInput, @Ctx() ctx: Context) {
    return { report: await new WorkReportService(ctx).file(input) };
  }

  @Allow('workReports.write')
  @Mutation(() => WorkReportPayload, {
    description: 'Changes an own SUBMITTED or RETURNED report; a RETURNED one is resubmitted to the supervisor.',
  })
  async updateWorkReport(@Arg('input', { description: 'The report and the changes.' }) input: UpdateWorkReportInput, @Ctx() ctx: Context) {
    return { report: await new WorkReportService(ctx).update(input) };
  }

  @Allow('workReports.write')
  @Mutation(() => DeleteWorkReportPayload, { description: 'Deletes an own report that is not approved.' })
  async deleteWorkReport(@Arg('input', { description: 'The report.' }) input: DeleteWorkReportInput, @Ctx() ctx: Context) {
    return { id: await new WorkReportService(ctx).delete(input) };
  }

  @Allow('workReports.write')
  @Mutation(() => WorkReportPayload, { description: 'SUBMITTED -> APPROVED, by the direct supervisor or HR.' })
  async approveWorkReport(@Arg('input', { description: 'The report.' }) input: ApproveWorkReportInput, @Ctx() ctx: Context) {
    return { report: await new WorkReportService(ctx).approve(input) };
  }

  @Allow('workReports.write')
  @Mutation(() => WorkReportPayload, { description: 'SUBMITTED -> RETURNED with a comment, by the direct supervisor or HR.' })
  async returnWorkReport(
    @Arg('input', { description: 'The report and what to change.' }) input: ReturnWorkReportInput,
    @Ctx() ctx: Context,
  ) {
    return { report: await new WorkReportService(ctx).return(input) };
  }

  @Allow('workReports.write')
  @Mutation(() => WorkReportCommentPayload, { description: 'Comments on a report: its employee, or whoever may review it.' })
  async commentOnWorkReport(
    @Arg('input', { description: 'The report and the comment.' }) input: CommentOnWorkReportInput,
    @Ctx() ctx: Context,
  ) {
    return { comment: await new WorkReportService(ctx).comment(input) };
  }

  @Allow('workReports.read')
  @Subscription(() => WorkReport, {
    description:
      "Reports as they are filed or resubmitted by the employees the actor may see (a supervisor: their subordinates), the actor's own excepted. WebSocket (graphql-ws) only.",
    topics: Topic.WORK_REPORT_FILED,
    topicId: ({ context }) => (context as SubscriptionContext).events,
    filter: ({ payload, context }) =>
      new WorkReportService(freshServiceContext(context as Context)).concernsSubscriber((payload as FiledEvent).reportId),
  })
  workReportFiled(@Root() event: FiledEvent, @Ctx() ctx: Context) {
    return new WorkReportService(ctx).getRow(event.reportId);
  }

  @FieldResolver(() => Employee, { description: 'The employee.' })
  employee(@Root() report: WorkReport, @Ctx() ctx: Context) {
    return ctx.loaders.rowById(Employee).load(report.employee.id);
  }

  @FieldResolver(() => PlanTarget, { nullable: true, description: 'The plan target the work serves.' })
  target(@Root() report: WorkReport, @Ctx() ctx: Context) {
    return report.target ? ctx.loaders.byId(PlanTarget).load(report.target.id) : null;
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The reviewing supervisor (empty when HR reviewed, or before review).' })
  reviewer(@Root() report: WorkReport, @Ctx() ctx: Context) {
    return report.reviewer ? ctx.loaders.rowById(Employee).load(report.reviewer.id) : null;
  }

  @FieldResolver(() => [WorkReportComment], { description: 'The comments, oldest first.' })
  comments(@Root() report: WorkReport, @Ctx() ctx: Context) {
    return ctx.loaders.byForeignKey(WorkReportComment, 'report', { createdAt: 'asc' }).load(report.id);
  }
}

@Resolver(() => WorkReportComment)
export class WorkReportCommentResolver {
  @FieldResolver(() => Employee, { nullable: true, description: 'The commenting employee (empty for an HR account without one).' })
  author(@Root() comment: WorkReportComment, @Ctx() ctx: Context) {
    return comment.author ? ctx.loaders.rowById(Employee).load(comment.author.id) : null;
  }
}
