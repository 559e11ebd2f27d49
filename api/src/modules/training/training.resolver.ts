import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import { Employee } from '../employees/employee.entity.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { Enrollment, SEAT_HOLDING, EnrollmentStatus, TrainingProgram, TrainingSession } from './training.entity.js';
import { TrainingService } from './training.service.js';
import {
  CancelEnrollmentInput,
  ChangeTrainingSessionStatusInput,
  CreateTrainingProgramInput,
  CreateTrainingSessionInput,
  EnrollInTrainingInput,
  EnrollmentConnection,
  EnrollmentListArgs,
  EnrollmentPayload,
  RecommendedTraining,
  RecordTrainingResultInput,
  TrainingCompliance,
  TrainingHours,
  TrainingProgramConnection,
  TrainingProgramListArgs,
  TrainingProgramPayload,
  TrainingSessionConnection,
  TrainingSessionListArgs,
  TrainingSessionPayload,
  UpdateTrainingProgramInput,
  UpdateTrainingSessionInput,
} from './training.types.js';

@Resolver(() => TrainingProgram)
export class TrainingProgramResolver {
  @Allow('training.read')
  @Query(() => TrainingProgramConnection, { description: "The agency's training catalogue; everyone of the agency reads it." })
  trainingPrograms(@Args() args: TrainingProgramListArgs, @Ctx() ctx: Context) {
    return new TrainingService(ctx).listPrograms(args);
  }

  @Allow('training.read')
  @Query(() => TrainingProgram, { description: "One programme; NOT_FOUND when unknown or another agency's." })
  trainingProgram(@Arg('id', () => ID, { description: 'Programme ID.' }) id: string, @Ctx() ctx: Context) {
    return new TrainingService(ctx).getProgram(id);
  }

  @Allow('training.manage')
  @Mutation(() => TrainingProgramPayload, { description: 'Adds a programme to the catalogue (HR).' })
  async createTrainingProgram(@Arg('input', { description: 'The programme.' }) input: CreateTrainingProgramInput, @Ctx() ctx: Context) {
    return { program: await new TrainingService(ctx).createProgram(input) };
  }

  @Allow('training.manage')
  @Mutation(() => TrainingProgramPayload, { description: 'Changes a programme (HR).' })
  async updateTrainingProgram(@Arg('input', { description: 'The changes.' }) input: UpdateTrainingProgramInput, @Ctx() ctx: Context) {
    return { program: await new TrainingService(ctx).updateProgram(input) };
  }

  @FieldResolver(() => [Indicator], { description: 'The indicators it improves.' })
  async indicators(@Root() program: TrainingProgram, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.byId(Indicator).loadMany(program.indicatorIds);
    return rows.filter((row): row is Indicator => row instanceof Indicator);
  }

  @FieldResolver(() => [TrainingSession], { description: 'Its sessions, latest first day first.' })
  sessions(@Root() program: TrainingProgram, @Ctx() ctx: Context) {
    return ctx.loaders.byForeignKey(TrainingSession, 'program', { startDate: 'desc' }).load(program.id);
  }
}

interface SeatCount {
  taken: number;
  waitlisted: number;
}

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @Allow('training.read')
  @Query(() => TrainingSessionConnection, { description: "The agency's training sessions; everyone of the agency reads them." })
  trainingSessions(@Args() args: TrainingSessionListArgs, @Ctx() ctx: Context) {
    return new TrainingService(ctx).listSessions(args);
  }

  @Allow('training.read')
  @Query(() => TrainingSession, { description: "One session; NOT_FOUND when unknown or another agency's." })
  trainingSession(@Arg('id', () => ID, { description: 'Session ID.' }) id: string, @Ctx() ctx: Context) {
    return new TrainingService(ctx).getSession(id);
  }

  @Allow('training.manage')
  @Mutation(() => TrainingSessionPayload, { description: 'Schedules a session of an active programme (HR).' })
  async createTrainingSession(@Arg('input', { description: 'The session.' }) input: CreateTrainingSessionInput, @Ctx() ctx: Context) {
    return { session: await new TrainingService(ctx).createSession(input), affected: [] };
  }

  @Allow('training.manage')
  @Mutation(() => TrainingSessionPayload, {
    description:
      "Changes a session that has not completed (HR); added seats go to the waiting list in order. New days that would make an enrolment overlap another of the same employee's are refused (CONFLICT, naming both).",
  })
  updateTrainingSession(@Arg('input', { description: 'The changes.' }) input: UpdateTrainingSessionInput, @Ctx() ctx: Context) {
    return new TrainingService(ctx).updateSession(input);
  }

  @Allow('training.manage')
  @Mutation(() => TrainingSessionPayload, {
    description: 'Moves a session on: SCHEDULED -> ONGOING -> COMPLETED, or CANCELLED (its open enrolments are cancelled).',
  })
  changeTrainingSessionStatus(
    @Arg('input', { description: 'The session and its next stage.' }) input: ChangeTrainingSessionStatusInput,
    @Ctx() ctx: Context,
  ) {
    return new TrainingService(ctx).changeSessionStatus(input);
  }

  @FieldResolver(() => TrainingProgram, { description: 'The programme.' })
  program(@Root() session: TrainingSession, @Ctx() ctx: Context) {
    return ctx.loaders.byId(TrainingProgram).load(session.program.id);
  }

  @FieldResolver(() => Int, { description: 'Seats taken (registered, attended, completed or failed).' })
  async seatsTaken(@Root() session: TrainingSession, @Ctx() ctx: Context) {
    return (await seatCounts(ctx).load(session.id)).taken;
  }

  @FieldResolver(() => Int, { description: 'Enrolments on the waiting list.' })
  async waitlistCount(@Root() session: TrainingSession, @Ctx() ctx: Context) {
    return (await seatCounts(ctx).load(session.id)).waitlisted;
  }

  @FieldResolver(() => [Enrollment], {
    description: 'Its enrolments in order of enrolment, limited to the employees the actor sees (HR: all; an employee: their own).',
  })
  enrollments(@Root() session: TrainingSession, @Ctx() ctx: Context) {
    return ctx.loaders
      .batch<string, Enrollment[]>('training.sessionEnrollments', (ids) => new TrainingService(ctx).enrollmentsOfSessions(ids))
      .load(session.id);
  }
}

/** Seats taken and waiting per session, one grouped statement per level of a query. */
function seatCounts(ctx: Context) {
  return ctx.loaders.batch<string, SeatCount>('training.seatCounts', async (ids) => {
    const rows = await ctx.em.execute<{ session_id: string; status: EnrollmentStatus; n: number }[]>(
      `select session_id, status, count(*)::int as n from enrollments where session_id in (?) group by session_id, status`,
      [[...ids]],
    );
    return ids.map((id) => {
      const mine = rows.filter((row) => row.session_id === id);
      return {
        taken: mine.filter((row) => SEAT_HOLDING.includes(row.status)).reduce((sum, row) => sum + row.n, 0),
        waitlisted: mine.filter((row) => row.status === EnrollmentStatus.WAITLISTED).reduce((sum, row) => sum + row.n, 0),
      };
    });
  });
}

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @Allow('training.read')
  @Query(() => EnrollmentConnection, {
    description: "Enrolments of the employees the actor sees: the agency's (HR, evaluators), everyone below (supervisors), their own.",
  })
  enrollments(@Args() args: EnrollmentListArgs, @Ctx() ctx: Context) {
    return new TrainingService(ctx).listEnrollments(args);
  }

  @Allow('training.write')
  @Mutation(() => EnrollmentPayload, {
    description:
      'Enrols an employee (HR, the employee, or their supervisor): a seat when one is free, else the waiting list. Refused (CONFLICT) in the same session twice or in an overlapping one, naming it.',
  })
  async enrollInTraining(@Arg('input', { description: 'Session and employee.' }) input: EnrollInTrainingInput, @Ctx() ctx: Context) {
    return { enrollment: await new TrainingService(ctx).enroll(input), promoted: [] };
  }

  @Allow('training.write')
  @Mutation(() => EnrollmentPayload, {
    description: 'Withdraws a REGISTERED or WAITLISTED enrolment; a freed seat goes to the first on the waiting list.',
  })
  cancelEnrollment(@Arg('input', { description: 'The enrolment.' }) input: CancelEnrollmentInput, @Ctx() ctx: Context) {
    return new TrainingService(ctx).cancelEnrollment(input);
  }

  @Allow('training.manage')
  @Mutation(() => EnrollmentPayload, {
    description: 'Records attendance, or completion (JP earned) or failure once the session has ended (HR).',
  })
  async recordTrainingResult(
    @Arg('input', { description: 'The enrolment and its result.' }) input: RecordTrainingResultInput,
    @Ctx() ctx: Context,
  ) {
    return { enrollment: await new TrainingService(ctx).recordResult(input), promoted: [] };
  }

  @Allow('training.read')
  @Query(() => TrainingHours, { description: "An employee's competence development hours (JP) in a year against the minimum of 20." })
  trainingHours(
    @Arg('employeeId', () => ID, { description: 'The employee (within the actor’s access).' }) employeeId: string,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() ctx: Context,
  ) {
    return new TrainingService(ctx).hours(employeeId, year);
  }

  @Allow('employees.readAgency')
  @Query(() => TrainingCompliance, {
    description:
      'Who reached the yearly minimum of 20 JP: active PNS of a unit subtree (default the agency), per unit and below the minimum.',
  })
  trainingCompliance(
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Arg('unitId', () => ID, { nullable: true, description: 'A unit and the units below it; default the whole agency.' })
    unitId: string | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'How many employees below the minimum to list (fewest JP first).' })
    first: number,
    @Ctx() ctx: Context,
  ) {
    return new TrainingService(ctx).compliance(unitId, year, first);
  }

  @Allow('training.read')
  @Query(() => [RecommendedTraining], {
    description:
      "Programmes linked to the indicators and core values below expectation in the employee's confirmed evaluation of the period, ranked, with the reason.",
  })
  recommendedTrainings(
    @Arg('employeeId', () => ID, { description: 'The employee (within the actor’s access).' }) employeeId: string,
    @Arg('periodId', () => ID, { description: 'The period of the evaluation.' }) periodId: string,
    @Ctx() ctx: Context,
  ) {
    return new TrainingService(ctx).recommendations(employeeId, periodId);
  }

  @FieldResolver(() => Employee, { description: 'The employee.' })
  employee(@Root() enrollment: Enrollment, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(enrollment.employee.id);
  }

  @FieldResolver(() => TrainingSession, { description: 'The session.' })
  session(@Root() enrollment: Enrollment, @Ctx() ctx: Context) {
    return ctx.loaders.byId(TrainingSession).load(enrollment.session.id);
  }
}
