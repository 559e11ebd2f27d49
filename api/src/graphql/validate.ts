import { validate, type ValidationError } from 'class-validator';
import { getNamedType } from 'graphql';
import { getMetadataStorage, type ResolverData, type ValidatorFn } from 'type-graphql';
import { invalidFields, type FieldProblem } from '../errors.js';

type TypeValue = Parameters<ValidatorFn>[1];

/**
 * Runs the class-validator rules of an argument and reports every problem with
 * its dotted path from the argument (`input.code`), so clients can mark the field.
 */
export async function validateArgument(value: unknown, type: TypeValue, { info }: ResolverData): Promise<void> {
  if (value === null || value === undefined || typeof value !== 'object') return;
  const prefix = argumentPrefix(type, info.parentType.getFields()[info.fieldName]?.args ?? []);
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
