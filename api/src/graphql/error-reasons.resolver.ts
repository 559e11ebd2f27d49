import { Field, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { ERROR_REASONS, ErrorReason } from '../error-reasons.js';
import { Public } from './auth.js';

registerEnumType(ErrorReason, {
  name: 'ErrorReason',
  description:
    'Why a request was refused: `extensions.reason` of an error and of each entry of `extensions.fields`, completed by `extensions.params`. Stable codes for clients to translate; the English `message` stays for people.',
  valuesConfig: Object.fromEntries(Object.entries(ERROR_REASONS).map(([code, info]) => [code, { description: info.description }])),
});

@ObjectType({ description: 'One error reason, with what its English description means and the params it carries.' })
export class ErrorReasonDescription {
  @Field(() => ErrorReason, { description: 'The code, as in `extensions.reason`.' })
  code!: ErrorReason;

  @Field({ description: 'What the reason means, in English; backquoted words are params.' })
  description!: string;

  @Field(() => [String], { description: 'Names of the params (`extensions.params`) the reason always carries.' })
  params!: string[];
}

@Resolver()
export class ErrorReasonResolver {
  @Public()
  @Query(() => [ErrorReasonDescription], {
    description: 'Every reason an error may carry (`extensions.reason`), so clients can check their translations. Open to anyone.',
  })
  errorReasons(): ErrorReasonDescription[] {
    return Object.entries(ERROR_REASONS).map(([code, info]) => ({
      code: code as ErrorReason,
      description: info.description,
      params: [...info.params],
    }));
  }
}
