import { getMetadataStorage as getValidatorMetadata, validate, type ValidationError } from 'class-validator';
import { getNamedType } from 'graphql';
import { getMetadataStorage, type ResolverData, type ValidatorFn } from 'type-graphql';
import { ErrorReason, invalidFields, type FieldProblem, type ReasonParams } from '../errors.js';

type TypeValue = Parameters<ValidatorFn>[1];

/**
 * Runs the class-validator rules of an argument and reports every problem with
 * its dotted path from the argument (`input.code`), so clients can mark the field.
 */
export async function validateArgument(value: unknown, type: TypeValue, { info, args }: ResolverData): Promise<void> {
  const fieldArgs = info.parentType.getFields()[info.fieldName]?.args ?? [];
  if (value === null || value === undefined) return;
  if (typeof value !== 'object') {
    // A scalar argument: its name is the one whose value this is.
    const name = fieldArgs.find((arg) => args[arg.name] === value)?.name ?? 'input';
    const nul = findNul(value, name);
    if (nul) throw invalidFields([{ field: nul, message: `${nul} must not contain NUL characters`, reason: ErrorReason.NUL_CHARACTERS }]);
    return;
  }
  const prefix = argumentPrefix(type, fieldArgs);
  // PostgreSQL cannot store NUL in text: refuse it for every string, at any depth, with its path.
  const nul = findNul(value, prefix.replace(/\.$/, ''));
  if (nul) throw invalidFields([{ field: nul, message: `${nul} must not contain NUL characters`, reason: ErrorReason.NUL_CHARACTERS }]);
  const items = Array.isArray(value) ? value.map((v, i) => [`${prefix}${i}.`, v] as const) : [[prefix, value] as const];
  const problems: FieldProblem[] = [];
  for (const [path, item] of items) {
    if (!item || typeof item !== 'object') continue;
    const errors = await validate(item, { forbidUnknownValues: false, validationError: { target: true, value: true } });
    collect(errors, path, problems);
  }
  if (problems.length) throw invalidFields(problems);
}

/** `input.` for an input-object argument; nothing for an @ArgsType class, whose fields are the arguments. */
function argumentPrefix(type: TypeValue, args: readonly { name: string; type: Parameters<typeof getNamedType>[0] }[]): string {
  const storage = getMetadataStorage();
  const input = storage.inputTypes.find((t) => t.target === type);
  if (!input) return '';
  const arg = args.find((a) => getNamedType(a.type)?.name === input.name);
  return arg ? `${arg.name}.` : '';
}

function collect(errors: ValidationError[], path: string, into: FieldProblem[]): void {
  for (const error of errors) {
    const field = `${path}${error.property}`;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      into.push({ field, message, ...reasonOf(constraint, error, metadataOf(error, constraint)) });
    }
    if (error.children?.length) collect(error.children, `${field}.`, into);
  }
}

type ValidationMetadata = ReturnType<ReturnType<typeof getValidatorMetadata>['getTargetValidationMetadatas']>[number];

/** The class-validator rules behind a failed constraint of a property (their arguments and options). */
function metadataOf(error: ValidationError, constraint: string): ValidationMetadata[] {
  const target = error.target?.constructor;
  if (!target) return [];
  return getValidatorMetadata()
    .getTargetValidationMetadatas(target, '', false, false)
    .filter((m) => m.propertyName === error.property && (m.name ?? m.type) === constraint);
}

/**
 * The reason of a failed class-validator constraint and its params (`{ max: 200 }`), so every
 * generic rule is translatable without naming a reason at each decorator. A rule may name its
 * own reason with `context: { reason }` (e.g. a pattern that is a month).
 */
export function reasonOf(
  constraint: string,
  error: Pick<ValidationError, 'contexts' | 'value'>,
  metadata: ValidationMetadata[] = [],
): { reason: ErrorReason; params: ReasonParams } {
  const own = error.contexts?.[constraint]?.reason as ErrorReason | undefined;
  const args = (metadata[0]?.constraints ?? []) as unknown[];
  const num = (i: number) => Number(args[i]);
  if (own) return { reason: own, params: {} };
  switch (constraint) {
    case 'isNotEmpty':
    case 'isDefined':
      return { reason: ErrorReason.REQUIRED, params: {} };
    case 'maxLength':
      return { reason: ErrorReason.TOO_LONG, params: { max: num(0) } };
    case 'minLength':
      return { reason: ErrorReason.TOO_SHORT, params: { min: num(0) } };
    case 'isLength': {
      // Say the side that was crossed: "at most 200 characters" helps more than "3 to 200".
      const length = typeof error.value === 'string' ? error.value.length : null;
      if (length !== null && length > num(1)) return { reason: ErrorReason.TOO_LONG, params: { max: num(1) } };
      if (length !== null && length < num(0)) return { reason: ErrorReason.TOO_SHORT, params: { min: num(0) } };
      return { reason: ErrorReason.LENGTH_OUT_OF_RANGE, params: { min: num(0), max: num(1) } };
    }
    case 'min':
      return { reason: ErrorReason.TOO_SMALL, params: { min: num(0) } };
    case 'max':
      return { reason: ErrorReason.TOO_LARGE, params: { max: num(0) } };
    case 'arrayMinSize':
      return { reason: ErrorReason.TOO_FEW_ITEMS, params: { min: num(0) } };
    case 'arrayMaxSize':
      return { reason: ErrorReason.TOO_MANY_ITEMS, params: { max: num(0) } };
    case 'isInt':
      return { reason: ErrorReason.NOT_AN_INTEGER, params: {} };
    case 'isPositive':
      return { reason: ErrorReason.NOT_POSITIVE, params: {} };
    case 'isEmail':
      return { reason: ErrorReason.NOT_AN_EMAIL, params: {} };
    case 'isUrl':
      return { reason: ErrorReason.NOT_A_URL, params: {} };
    case 'isIn':
      return { reason: ErrorReason.NOT_ONE_OF, params: {} };
    case 'noControlCharacters':
      return { reason: ErrorReason.CONTROL_CHARACTERS, params: {} };
    case 'notBlank':
      return { reason: ErrorReason.BLANK, params: {} };
    case 'matches':
      return { reason: ErrorReason.INVALID_FORMAT, params: {} };
    default:
      return { reason: ErrorReason.INVALID_VALUE, params: {} };
  }
}

function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, child] of Object.entries(value)) {
      const found = findNul(child, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}
