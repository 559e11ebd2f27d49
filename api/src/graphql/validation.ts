import { Matches, type ValidationOptions } from 'class-validator';

/** Text a person types: no control characters (tabs and newlines included). */
export const SingleLineText = (options?: ValidationOptions) =>
  // eslint-disable-next-line no-control-regex
  Matches(/^[^\u0000-\u001f\u007f]*$/, { message: '$property must not contain control characters', ...options });

/** Multi-line text: newlines and tabs allowed, other control characters not. */
export const MultiLineText = (options?: ValidationOptions) =>
  // eslint-disable-next-line no-control-regex
  Matches(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, { message: '$property must not contain control characters', ...options });
