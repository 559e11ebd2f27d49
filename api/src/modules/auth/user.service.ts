import { ref, type FilterQuery } from '@mikro-orm/core';
import { requireActor, type ServiceContext } from '../../context.js';
import { assertVersion } from '../../db/optimistic-lock.js';
import { findInScope, findWritable } from '../../db/records.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, forbidden, ErrorReason, duplicate } from '../../errors.js';
import { findPage, toPage } from '../../graphql/connection.js';
import { containing, toWhere } from '../../graphql/filters.js';
import { fromGlobalId } from '../../graphql/ids.js';
import { refId } from '../../graphql/node.js';
import { Employee } from '../employees/employee.entity.js';
import { Agency } from '../organization/agency.entity.js';
import { AgencyService } from '../organization/agency.service.js';
import { mayManageRoles, reachesAllAgencies, type Actor } from '../../access/actor.js';
import { rolesHold } from '../../access/policy.js';
import { hashPassword, verifyPassword } from './password.js';
import type { Role } from '../../access/role.js';
import { agencyWhere } from '../../access/scope.js';
import { signToken } from './token.js';
import { User } from './user.entity.js';
import {
  UserConnection,
  UserOrder,
  userFilterRules,
  type ChangePasswordInput,
  type CreateUserInput,
  type SetUserPasswordInput,
  type UpdateUserInput,
  type UserListArgs,
} from './user.types.js';

/**
 * User accounts. Platform administrators manage every account; agency
 * administrators manage the accounts of their agency and cannot grant SUPER_ADMIN.
 * Accounts are deactivated, never deleted: the audit trail keeps pointing at them.
 */
export class UserService {
  constructor(private readonly ctx: ServiceContext) {}

  private scope(): FilterQuery<User> {
    return agencyWhere(requireActor(this.ctx));
  }

  async list(args: UserListArgs) {
    const page = toPage(args, this.ctx, 'User.list', UserOrder.toOrderBy(args.orderBy, { username: 'asc' }));
    const where = {
      $and: [
        this.scope(),
        toWhere(args.filter as Record<string, unknown>, userFilterRules, (term) => ({
          $or: [{ username: { $ilike: containing(term) } }, { displayName: { $ilike: containing(term) } }],
        })),
      ],
    } as FilterQuery<User>;
    const rows = await findPage(this.ctx.em, User, where, page);
    return UserConnection.of(rows, page, () => this.ctx.em.count(User, where));
  }

  async get(globalId: string, field = 'id'): Promise<User> {
    return findInScope(this.ctx.em, User, globalId, field, this.scope());
  }

  /**
   * For any change (roles, agency, name, employee, active state, password): NOT_FOUND
   * when missing, FORBIDDEN when it belongs to another agency or holds a role the
   * actor may not grant. Every account operation passes here, so none can be used
   * to take over an account above the actor's own.
   */
  private async getForWrite(globalId: string, field: string): Promise<User> {
    const actor = requireActor(this.ctx);
    // Accounts without an agency (platform administrators) match no agency: only platform administrators change them.
    const user = await findWritable(this.ctx.em, User, globalId, field, actor, (user) => user.agency?.id ?? '');
    assertMayManage(actor, user.roles);
    return user;
  }

  async create(input: CreateUserInput): Promise<User> {
    const actor = requireActor(this.ctx);
    return inTransaction(this.ctx.em, async () => {
      const username = input.username;
      if (await this.ctx.em.count(User, { username })) throw duplicate('input.username', `Username ${username} is already taken`, username);
      const roles = uniqueRoles(input.roles);
      assertMayManage(actor, roles);
      const agency = await this.agencyFor(actor, roles, input.agencyId, 'input.agencyId');
      const employee = input.employeeId ? await this.employeeFor(input.employeeId, agency, null) : null;
      const user = this.ctx.em.create(User, {
        username,
        displayName: input.displayName.trim(),
        passwordHash: await hashPassword(input.password),
        roles,
        agency,
        employee,
      });
      await this.ctx.em.flush();
      return user;
    });
  }

  async update(input: UpdateUserInput): Promise<User> {
    const actor = requireActor(this.ctx);
    return inTransaction(this.ctx.em, async () => {
      const user = await this.getForWrite(input.id, 'input.id');
      assertVersion(user, input.version);
      const self = user.id === actor.userId;
      if (input.displayName != null) user.displayName = input.displayName.trim();
      const roles = input.roles ? uniqueRoles(input.roles) : user.roles;
      const agencyBefore = user.agency?.id ?? null;
      const rolesBefore = [...user.roles].sort().join();
      if (input.roles) {
        // The account's current roles were checked by getForWrite; the new ones must be grantable too.
        assertMayManage(actor, roles);
        if (self && !rolesHold(roles, 'users.manage')) {
          throw badInput('input.roles', 'You cannot take away your own administrator role', ErrorReason.OWN_ACCOUNT);
        }
        user.roles = roles;
      }
      if (input.agencyId !== undefined || input.roles) {
        // Promoted to platform administrator, the account leaves its agency (unless the request names one: refused).
        const agencyId = input.agencyId !== undefined || platformAccount(roles) ? input.agencyId : refId('Agency', user.agency);
        const agency = await this.agencyFor(actor, roles, agencyId, 'input.agencyId');
        user.agency = agency ? ref(agency) : null;
      }
      // What the account may do changes with its roles and agency: its tokens, and so its open subscriptions, end.
      if ([...user.roles].sort().join() !== rolesBefore || (user.agency?.id ?? null) !== agencyBefore) user.tokenVersion += 1;
      if (input.employeeId !== undefined) {
        const employee = input.employeeId ? await this.employeeFor(input.employeeId, user.agency?.id ?? null, user.id) : null;
        user.employee = employee ? ref(employee) : null;
        // What the account may see changes with its employee: older tokens stop working.
        user.tokenVersion += 1;
      }
      if (input.active != null && input.active !== user.active) {
        if (self && !input.active) throw badInput('input.active', 'You cannot deactivate your own account', ErrorReason.OWN_ACCOUNT);
        user.active = input.active;
        if (!input.active) user.tokenVersion += 1;
      }
      await this.ctx.em.flush();
      return user;
    });
  }

  async setPassword(input: SetUserPasswordInput): Promise<User> {
    return inTransaction(this.ctx.em, async () => {
      const user = await this.getForWrite(input.id, 'input.id');
      user.passwordHash = await hashPassword(input.password);
      user.tokenVersion += 1;
      await this.ctx.em.flush();
      return user;
    });
  }

  /** Changes the actor's own password; every older token stops working, so a fresh one is returned. */
  async changeOwnPassword(input: ChangePasswordInput) {
    const actor = requireActor(this.ctx);
    return inTransaction(this.ctx.em, async () => {
      const user = await this.ctx.em.findOneOrFail(User, { id: actor.userId }, { populate: ['passwordHash'] });
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
        throw badInput('input.currentPassword', 'The current password is not correct', ErrorReason.WRONG_PASSWORD);
      }
      if (input.newPassword === input.currentPassword)
        throw badInput('input.newPassword', 'The new password must differ from the current one', ErrorReason.SAME_PASSWORD);
      user.passwordHash = await hashPassword(input.newPassword);
      user.tokenVersion += 1;
      await this.ctx.em.flush();
      const { token, expiresAt } = await signToken(
        this.ctx.config.jwtSecret,
        { userId: user.id, tokenVersion: user.tokenVersion },
        this.ctx.config.jwtTtlSeconds,
      );
      return { token, expiresAt, user };
    });
  }

  /** An employee of the account's agency that no other account is linked to. */
  private async employeeFor(globalId: string, agency: Agency | string | null, userId: string | null): Promise<Employee> {
    const agencyId = typeof agency === 'string' || agency === null ? agency : agency.id;
    const employee = await this.ctx.em.findOne(Employee, { id: fromGlobalId(globalId, 'Employee', 'input.employeeId') });
    if (!employee || (agencyId && employee.agency.id !== agencyId)) {
      throw badInput('input.employeeId', 'The employee must belong to the agency of the account', ErrorReason.NOT_A_CHOICE);
    }
    const taken = await this.ctx.em.findOne(User, { employee: employee.id, id: { $ne: userId ?? '00000000-0000-0000-0000-000000000000' } });
    if (taken) throw duplicate('input.employeeId', `The employee is already linked to the account ${taken.username}`, taken.username);
    return employee;
  }

  /** The agency an account with `roles` belongs to: required unless it is a platform administrator, and within the actor's reach. */
  private async agencyFor(actor: Actor, roles: Role[], agencyId: string | null | undefined, field: string): Promise<Agency | null> {
    if (platformAccount(roles)) {
      if (agencyId) throw badInput(field, 'A platform administrator account belongs to no agency', ErrorReason.NOT_A_CHOICE);
      return null;
    }
    if (!agencyId) {
      if (!reachesAllAgencies(actor) && actor.agencyId) return this.ctx.em.getReference(Agency, actor.agencyId);
      throw badInput(field, 'An account with these roles must belong to an agency', ErrorReason.REQUIRED);
    }
    return new AgencyService(this.ctx).get(agencyId, field);
  }
}

function uniqueRoles(roles: Role[]): Role[] {
  return [...new Set(roles)];
}

/** Accounts that reach every agency (platform administrators) belong to none. */
const platformAccount = (roles: readonly Role[]) => rolesHold(roles, 'agencies.all');

function assertMayManage(actor: Actor, roles: readonly Role[]): void {
  if (!mayManageRoles(actor, roles)) {
    throw forbidden(`You may not manage an account with the roles ${roles.join(', ')}`, {
      reason: ErrorReason.ROLE_NOT_GRANTABLE,
      params: { roles: roles.join(', ') },
    });
  }
}
