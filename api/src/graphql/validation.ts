import { ValidateBy, type ValidationOptions } from 'class-validator';

// eslint-disable-next-line no-control-regex
const SINGLE_LINE = /^[^\u0000-\u001f\u007f]*$/;
// eslint-disable-next-line no-control-regex
const MULTI_LINE = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

/** A text rule with a name of its own, so a refusal gets its own reason (see reasonOf in validate.ts). */
const textRule = (name: string, test: RegExp, message: string, options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    { name, validator: { validate: (value) => typeof value !== 'string' || test.test(value), defaultMessage: () => message } },
    options,
  );

/**
 * Text a person types: no control characters (tabs and newlines included), and
 * not only spaces (a name of blanks passes a length rule but names nothing).
 */
export const SingleLineText =
  (options?: ValidationOptions): PropertyDecorator =>
  (target, property) => {
    textRule('noControlCharacters', SINGLE_LINE, '$property must not contain control characters', options)(target, property);
    textRule('notBlank', /^$|\S/, '$property must not be blank', options)(target, property);
  };

/** Multi-line text: newlines and tabs allowed, other control characters not. */
export const MultiLineText = (options?: ValidationOptions) =>
  textRule('noControlCharacters', MULTI_LINE, '$property must not contain control characters', options);
