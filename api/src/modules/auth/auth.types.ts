import { Length, MaxLength } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, InputType, ObjectType } from 'type-graphql';
import { User } from './user.entity.js';

@InputType({ description: 'Credentials for logging in.' })
export class LoginInput {
  @Field({ description: 'Login name (case-insensitive).' })
  @Length(1, 100)
  username!: string;

  @Field({ description: 'Password.' })
  @MaxLength(200)
  password!: string;
}

@ObjectType({ description: 'A session token for the `Authorization: Bearer` header.' })
export class LoginPayload {
  @Field({ description: 'Signed token (JWT).' })
  token!: string;

  @Field(() => GraphQLDateTime, { description: 'When the token stops working.' })
  expiresAt!: Date;

  @Field(() => User, { description: 'The logged-in account.' })
  user!: User;
}
