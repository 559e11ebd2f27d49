import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { BooleanFilter, EnumFilter, IDFilter, OrderBy, StringFilter, type FilterRules } from '../../graphql/filters.js';
import { SingleLineText } from '../../graphql/validation.js';
import { Role } from '../../access/role.js';
import { User } from './user.entity.js';

export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,49}$/;
const USERNAME_MESSAGE = 'username must be 3-50 characters: lower-case letters, digits, ".", "_" or "-"';
export const PASSWORD_MIN = 10;

export const UserConnection = Connection(User, 'User', 'user accounts');

const RoleFilter = EnumFilter(Role, 'Role');

@InputType({ description: 'Conditions on user accounts; all given conditions must hold.' })
export class UserFilter {
  @Field(() => IDFilter, { nullable: true, description: 'By ID.' })
  id?: IDFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By username.' })
  username?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'By display name.' })
  displayName?: StringFilter;

  @Field(() => RoleFilter, { nullable: true, description: 'Accounts holding this role (eq) or any of these roles (in).' })
  roles?: InstanceType<typeof RoleFilter>;

  @Field(() => IDFilter, { nullable: true, description: 'By agency.' })
  agencyId?: IDFilter;

  @Field(() => BooleanFilter, { nullable: true, description: 'Active or not.' })
  active?: BooleanFilter;

  @Field(() => String, { nullable: true, description: 'Free-text search in username and display name.' })
  q?: string;

  @Field(() => [UserFilter], { nullable: true, description: 'All of these filters must hold.' })
  and?: UserFilter[];

  @Field(() => [UserFilter], { nullable: true, description: 'At least one of these filters must hold.' })
  or?: UserFilter[];
}

export const userFilterRules: FilterRules = {
  id: { kind: 'id', type: 'User' },
  roles: { kind: 'array' },
  username: { kind: 'value' },
  displayName: { kind: 'value' },
  agencyId: { kind: 'id', type: 'Agency', property: 'agency' },
  active: { kind: 'value' },
};

export const UserOrder = OrderBy('User', {
  USERNAME: { property: 'username', description: 'Username.' },
  DISPLAY_NAME: { property: 'displayName', description: 'Display name.' },
  LAST_LOGIN_AT: { property: 'lastLoginAt', description: 'Last login.' },
  CREATED_AT: { property: 'createdAt', description: 'Creation time.' },
});

@ArgsType()
export class UserListArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true, description: 'Which accounts to return.' })
  filter?: UserFilter;

  @Field(() => [UserOrder.Input], { nullable: true, description: 'Sort keys (default: by username).' })
  orderBy?: InstanceType<typeof UserOrder.Input>[];
}

@InputType({ description: 'A new user account.' })
export class CreateUserInput {
  @Field({ description: 'Login name: 3-50 lower-case letters, digits, ".", "_" or "-".' })
  @Matches(USERNAME, { message: USERNAME_MESSAGE })
  username!: string;

  @Field({ description: 'Name shown in the console (2-120 characters).' })
  @Length(2, 120)
  @SingleLineText()
  displayName!: string;

  @Field({ description: `Initial password (at least ${PASSWORD_MIN} characters).` })
  @Length(PASSWORD_MIN, 200)
  password!: string;

  @Field(() => [Role], { description: 'Roles to grant (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  roles!: Role[];

  @Field(() => ID, { nullable: true, description: 'Agency of the account; required for every role but SUPER_ADMIN.' })
  @IsOptional()
  agencyId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The employee (pegawai) the account belongs to, in the same agency; needed for SUPERVISOR and EMPLOYEE.',
  })
  @IsOptional()
  employeeId?: string | null;
}

@InputType({ description: 'Changes to a user account; omitted fields stay as they are.' })
export class UpdateUserInput {
  @Field(() => ID, { description: 'The account to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  @IsOptional()
  @Length(2, 120)
  @SingleLineText()
  displayName?: string;

  @Field(() => [Role], { nullable: true, description: 'New set of roles.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  roles?: Role[];

  @Field(() => ID, { nullable: true, description: 'New agency.' })
  @IsOptional()
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The employee the account belongs to; null unlinks it.' })
  @IsOptional()
  employeeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False deactivates the account: it cannot log in and its tokens stop working.' })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: 'A new password for an account, set by an administrator.' })
export class SetUserPasswordInput {
  @Field(() => ID, { description: 'The account.' })
  id!: string;

  @Field({ description: `New password (at least ${PASSWORD_MIN} characters). Existing tokens of the account stop working.` })
  @Length(PASSWORD_MIN, 200)
  password!: string;
}

@InputType({ description: "Changing one's own password." })
export class ChangePasswordInput {
  @Field({ description: 'The current password.' })
  @Length(1, 200)
  currentPassword!: string;

  @Field({ description: `The new password (at least ${PASSWORD_MIN} characters).` })
  @Length(PASSWORD_MIN, 200)
  newPassword!: string;
}

@ObjectType({ description: 'Result of creating or changing a user account.' })
export class UserPayload {
  @Field(() => User, { description: 'The account as stored.' })
  user!: User;
}
