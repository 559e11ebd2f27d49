import { validate, type ValidationError } from 'class-validator';
import { getNamedType } from 'graphql';
import { getMetadataStorage, type ResolverData, type ValidatorFn } from 'type-graphql';
import { invalidFields, type FieldProblem } from '../errors.js';

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
    if (nul) throw invalidFields([{ field: nul, message: `${nul} must not contain NUL characters` }]);
    return;
  }
  const prefix = argumentPrefix(type, fieldArgs);
  // PostgreSQL cannot store NUL in text: refuse it for every string, at any depth, with its path.
  const nul = findNul(value, prefix.replace(/\.$/, ''));
  if (nul) throw invalidFields([{ field: nul, message: `${nul} must not contain NUL characters` }]);
  const items = Array.isArray(value) ? value.map((v, i) => [`${prefix}${i}.`, v] as const) : [[prefix, value] as const];
  const problems: FieldProblem[] = [];
  for (const [path, item] of items) {
    if (!item || typeof item !== 'object') continue;
    const errors = await validate(item, { forbidUnknownValues: false, validationError: { target: false, value: false } });
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
    for (const message of Object.values(error.constraints ?? {})) into.push({ field, message });
    if (error.children?.length) collect(error.children, `${field}.`, into);
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
