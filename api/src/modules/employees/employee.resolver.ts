import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Sensitive } from '../../access/sensitive.js';
import type { Context } from '../../context.js';
import { Allow } from '../../graphql/auth.js';
import type { CsvImportRequest } from '../../import/import.types.js';
import { Agency } from '../organization/agency.entity.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { Position } from '../organization/position.entity.js';
import { Assignment } from './assignment.entity.js';
import { Employee } from './employee.entity.js';
import { EmployeeService, question } from './employee.service.js';
import {
  CreateEmployeeInput,
  EmployeeConnection,
  EmployeeListArgs,
  EmployeePayload,
  ImportEmployees,
  UpdateEmployeeInput,
} from './employee.types.js';
import { EmployeeImportService } from './employee-import.service.js';

@Resolver(() => Employee)
export class EmployeeResolver {
  @Allow('employees.read')
  @Query(() => EmployeeConnection, {
    description:
      "Employees (pegawai ASN) the actor may see: their agency's for administrators, HR officers and evaluators; their subordinates (transitively) for supervisors; themself for employees.",
  })
  employees(@Args() args: EmployeeListArgs, @Ctx() ctx: Context) {
    return new EmployeeService(ctx).list(args);
  }

  @Allow('employees.read')
  @Query(() => Employee, { description: "One employee; NOT_FOUND when unknown or outside the actor's access." })
  employee(@Arg('id', () => ID, { description: 'Employee ID.' }) id: string, @Ctx() ctx: Context) {
    return new EmployeeService(ctx).get(id);
  }

  @Allow('employees.manage')
  @Mutation(() => EmployeePayload, {
    description: 'Registers an employee; the NIP is validated and birth date, gender and start of service derived from it.',
  })
  async createEmployee(@Arg('input', { description: 'The new employee.' }) input: CreateEmployeeInput, @Ctx() ctx: Context) {
    return { employee: await new EmployeeService(ctx).create(input) };
  }

  @Allow('employees.manage')
  @Mutation(() => EmployeePayload, { description: 'Changes an employee; placement changes are kept as effective-dated history.' })
  async updateEmployee(@Arg('input', { description: 'The changes.' }) input: UpdateEmployeeInput, @Ctx() ctx: Context) {
    return { employee: await new EmployeeService(ctx).update(input) };
  }

  @Allow('employees.manage')
  @Mutation(() => ImportEmployees.Payload, {
    description: 'Imports employees from CSV, all or nothing, with a row-by-row report of every problem.',
  })
  importEmployees(
    @Arg('input', () => ImportEmployees.Input, { description: 'The file and its agency.' }) input: CsvImportRequest,
    @Ctx() ctx: Context,
  ) {
    return new EmployeeImportService(ctx).import(input);
  }

  @Sensitive('bankAccount', (employee: Employee) => ({ employeeId: employee.id, agencyId: employee.agency.id }))
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Bank and account number the allowance is paid to. Shown to HR and administrators and to the employee; null for anyone else.',
  })
  bankAccount(@Root() employee: Employee) {
    return employee.bankAccount;
  }

  @FieldResolver(() => Agency, { description: 'The agency.' })
  agency(@Root() employee: Employee, @Ctx() ctx: Context) {
    return ctx.loaders.rowById(Agency).load(employee.agency.id);
  }

  @FieldResolver(() => OrgUnit, { description: 'The unit (unit kerja).' })
  unit(@Root() employee: Employee, @Ctx() ctx: Context) {
    return ctx.loaders.rowById(OrgUnit).load(employee.unit.id);
  }

  @FieldResolver(() => Position, { nullable: true, description: 'The position (jabatan).' })
  position(@Root() employee: Employee, @Ctx() ctx: Context) {
    return employee.position ? ctx.loaders.rowById(Position).load(employee.position.id) : null;
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description:
      'Direct supervisor (atasan langsung): the override when set, else the holder of the superior position (further up while it is vacant).',
  })
  supervisor(@Root() employee: Employee, @Ctx() ctx: Context) {
    return ctx.loaders
      .batch<Employee, Employee | null>('employee.supervisor', (employees) =>
        new EmployeeService(ctx).supervisorsOf(employees.map(question), ctx.loaders),
      )
      .load(employee);
  }

  @FieldResolver(() => [Employee], {
    description: "Employees whose direct supervisor this employee is (within the actor's access), by name.",
  })
  subordinates(@Root() employee: Employee, @Ctx() ctx: Context) {
    return new EmployeeService(ctx).subordinates(employee);
  }

  @FieldResolver(() => [Employee], {
    description:
      "The supervisor, their supervisor and so on upwards (nearest first): the appraiser and the appraiser's superior come first.",
  })
  supervisorChain(@Root() employee: Employee, @Ctx() ctx: Context) {
    return new EmployeeService(ctx).supervisorChain(employee);
  }

  @FieldResolver(() => [Assignment], { description: 'Placement history, newest first.' })
  assignments(@Root() employee: Employee, @Ctx() ctx: Context) {
    return new EmployeeService(ctx).assignments(employee);
  }
}

@Resolver(() => Assignment)
export class AssignmentResolver {
  @FieldResolver(() => OrgUnit, { description: 'The unit during this period.' })
  unit(@Root() assignment: Assignment, @Ctx() ctx: Context) {
    return ctx.loaders.byId(OrgUnit).load(assignment.unit.id);
  }

  @FieldResolver(() => Position, { nullable: true, description: 'The position during this period.' })
  position(@Root() assignment: Assignment, @Ctx() ctx: Context) {
    return assignment.position ? ctx.loaders.byId(Position).load(assignment.position.id) : null;
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The direct supervisor during this period.' })
  supervisor(@Root() assignment: Assignment, @Ctx() ctx: Context) {
    return assignment.supervisor ? ctx.loaders.byId(Employee).load(assignment.supervisor.id) : null;
  }
}
