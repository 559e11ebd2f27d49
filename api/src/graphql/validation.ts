import { Matches, type ValidationOptions } from 'class-validator';

/**
 * Text a person types: no control characters (tabs and newlines included), and
 * not only spaces (a name of blanks passes a length rule but names nothing).
 */
export const SingleLineText =
  (options?: ValidationOptions): PropertyDecorator =>
  (target, property) => {
    // eslint-disable-next-line no-control-regex
    Matches(/^[^\u0000-\u001f\u007f]*$/, { message: '$property must not contain control characters', ...options })(target, property);
    Matches(/^$|\S/, { message: '$property must not be blank', ...options })(target, property);
  };

/** Multi-line text: newlines and tabs allowed, other control characters not. */
export const MultiLineText = (options?: ValidationOptions) =>
  // eslint-disable-next-line no-control-regex
  Matches(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, { message: '$property must not contain control characters', ...options });
