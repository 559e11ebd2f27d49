import { Check, Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity, Node, refId } from '../../graphql/node.js';
import { Employee } from '../employees/employee.entity.js';
import { Agency } from '../organization/agency.entity.js';
import { Role } from '../../access/role.js';

@Entity({ tableName: 'users' })
// A platform administrator's account belongs to no agency: its agency's administrators could otherwise reach it.
@Check({ name: 'users_platform_admin_no_agency', expression: "not ('SUPER_ADMIN' = any(roles)) or agency_id is null" })
@ObjectType({ implements: [Node, BaseEntity], description: 'A login account (akun pengguna) with its roles.' })
export class User extends BaseEntity<
  'roles' | 'agency' | 'employee' | 'active' | 'tokenVersion' | 'lastLoginAt' | 'agencyId' | 'employeeId'
> {
  @Field({ description: 'Login name, lower case.' })
  @Property({ type: 'text' })
  @Unique()
  username!: string;

  @Field({ description: 'Name shown in the console and in audit entries.' })
  @Property({ type: 'text' })
  displayName!: string;

  /** argon2id hash; never exposed, redacted in audit entries. */
  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => [Role], { description: 'Roles granted to the account.' })
  @Property({ type: 'text[]' })
  roles: Role[] = [];

  @Index()
  @ManyToOne(() => Agency, { nullable: true, ref: true, deleteRule: 'restrict' })
  agency: Ref<Agency> | null = null;

  /** The civil servant this account belongs to; supervisors and employees see data through it. */
  @ManyToOne(() => Employee, { nullable: true, ref: true, deleteRule: 'set null', unique: true })
  employee: Ref<Employee> | null = null;

  @Field({ description: 'Inactive accounts cannot log in and their tokens stop working.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  /** Raised on password change or deactivation: tokens carrying an older value are refused. */
  @Property({ type: 'integer' })
  tokenVersion: number = 0;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Last successful login.' })
  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null = null;

  @Field(() => ID, { nullable: true, description: 'ID of the employee (pegawai) this account belongs to.' })
  get employeeId(): string | null {
    return refId('Employee', this.employee);
  }

  @Field(() => ID, { nullable: true, description: 'ID of the agency the account belongs to (empty for platform administrators).' })
  get agencyId(): string | null {
    return refId('Agency', this.agency);
  }
}
