import {
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type DocumentNode,
  type ValueNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import { typedDateBounds } from '../dates.js';
import { DomainError, ErrorCode, ErrorReason, invalidFields, type FieldProblem, type ReasonParams } from '../errors.js';
import { countRefusedPublicRequest } from '../modules/community/public-guard.js';

/**
 * One check of every argument value of an operation, variables and inline literals
 * alike, before anything executes: how deep values nest, how large filters grow,
 * which characters text holds and which dates are plausible. graphql-js coerces
 * variables recursively (1,000 levels overflow its stack) and a 20,000-branch `or`
 * costs seconds of SQL, so these are refused here rather than by each type.
 */

export interface InputLimits {
  /** Most nested objects and lists in one argument value. */
  maxInputDepth: number;
  /** Most values in a filter's `in` list. */
  maxFilterIn: number;
  /** Most branches in one `and`/`or` list of a filter. */
  maxFilterBranches: number;
  /** Most levels of `and`/`or` nesting. */
  maxFilterDepth: number;
}

export const inputLimits = (config: Config): InputLimits => ({
  maxInputDepth: config.maxInputDepth,
  // An `in` list as long as the longest page: more values than a page can show is a dump, not a filter.
  maxFilterIn: config.maxPageSize,
  maxFilterBranches: config.maxFilterBranches,
  maxFilterDepth: config.maxFilterDepth,
});

const MAX_PROBLEMS = 20;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const C1_CONTROL = /[\u0080-\u009f]/;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
/** Characters that show nothing: format characters (zero-width ones), combining marks alone, Hangul fillers, the blank braille cell. */
const INVISIBLE = /[\p{Cf}\p{M}\u115f\u1160\u3164\uffa0\u2800]/u;
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Z}\p{M}\u115f\u1160\u3164\uffa0\u2800]/u;

/** What is wrong with one text, or null; `typed` is false for identifiers and enum values, where only broken Unicode matters. */
function textProblem(text: string, freeText: boolean): { reason: ErrorReason; message: string } | null {
  if (LONE_SURROGATE.test(text)) return { reason: ErrorReason.INVALID_UNICODE, message: 'is not valid Unicode (a lone UTF-16 surrogate)' };
  if (!freeText) return null;
  if (C1_CONTROL.test(text)) return { reason: ErrorReason.CONTROL_CHARACTERS, message: 'must not contain control characters' };
  if (BIDI_CONTROL.test(text)) return { reason: ErrorReason.BIDI_CONTROLS, message: 'must not contain bidirectional override characters' };
  // Only spaces is the text rules' business (SingleLineText); only invisible characters names nothing anywhere.
  if (INVISIBLE.test(text) && !VISIBLE.test(text)) return { reason: ErrorReason.BLANK, message: 'must not be only invisible characters' };
  return null;
}

/** Every problem (up to 20) of the argument values of `operation`, with their paths from the argument (`filter.or`). */
export function inputProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
  limits: InputLimits,
  now = new Date(),
): FieldProblem[] {
  const given = variables ?? {};
  const defaults = new Map(operation.variableDefinitions?.map((d) => [d.variable.name.value, d.defaultValue]) ?? []);
  const dates = typedDateBounds(now);
  const problems: FieldProblem[] = [];
  const problem = (field: string, reason: ErrorReason, message: string, params: ReasonParams = {}) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ field, message: `${field} ${message}`, reason, params });
  };

  type Value = { value: unknown; ast: boolean };
  /** A variable stands for its value (or its default); anything else for itself. */
  const deref = (value: unknown, ast: boolean): Value | null => {
    if (ast && (value as ValueNode).kind === Kind.VARIABLE) {
      const name = (value as { name: { value: string } }).name.value;
      if (Object.hasOwn(given, name)) return { value: given[name], ast: false };
      const fallback = defaults.get(name);
      return fallback ? { value: fallback, ast: true } : null;
    }
    return { value, ast };
  };
  const itemsOf = ({ value, ast }: Value): readonly unknown[] | null =>
    ast
      ? (value as ValueNode).kind === Kind.LIST
        ? (value as { values: readonly ValueNode[] }).values
        : null
      : Array.isArray(value)
        ? value
        : null;
  const fieldsOf = ({ value, ast }: Value): [string, unknown][] | null => {
    if (ast)
      return (value as ValueNode).kind === Kind.OBJECT
        ? (value as { fields: readonly { name: { value: string }; value: ValueNode }[] }).fields.map((f) => [f.name.value, f.value])
        : null;
    return value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : null;
  };

  const walk = (
    raw: unknown,
    rawAst: boolean,
    type: GraphQLInputType | null,
    path: string,
    depth: number,
    filterDepth: number,
    inFilter: boolean,
  ): void => {
    if (problems.length >= MAX_PROBLEMS) return;
    const current = deref(raw, rawAst);
    if (!current) return;
    const nullable = type && isNonNullType(type) ? type.ofType : type;
    const items = itemsOf(current);
    const fields = items ? null : fieldsOf(current);
    if ((items || fields) && depth >= limits.maxInputDepth) {
      problem(path, ErrorReason.TOO_DEEP, `nests more than ${limits.maxInputDepth} levels deep`, { max: limits.maxInputDepth });
      return;
    }
    if (items) {
      const itemType = nullable && isListType(nullable) ? (nullable.ofType as GraphQLInputType) : null;
      items.forEach((item, i) => walk(item, current.ast, itemType, `${path}.${i}`, depth + 1, filterDepth, inFilter));
      return;
    }
    // A single value where a list is expected stands for a list of one.
    if (nullable && isListType(nullable))
      return walk(current.value, current.ast, nullable.ofType as GraphQLInputType, path, depth, filterDepth, inFilter);
    if (fields) {
      const objectType = nullable && isInputObjectType(nullable) ? nullable : null;
      const isFilter = Boolean(objectType?.name.endsWith('Filter'));
      const defs = objectType?.getFields();
      for (const [key, child] of fields) {
        const at = `${path}.${key}`;
        if (!current.ast) {
          const keyProblem = textProblem(key, false);
          if (keyProblem) problem(at, keyProblem.reason, keyProblem.message);
        }
        const def = defs?.[key];
        // An unknown field: coercion refuses it without reading its value.
        if (defs && !def) continue;
        const childValue = deref(child, current.ast);
        const childItems = childValue && itemsOf(childValue);
        if (isFilter && (key === 'and' || key === 'or') && childItems) {
          if (childItems.length > limits.maxFilterBranches)
            problem(at, ErrorReason.TOO_MANY_ITEMS, `takes at most ${limits.maxFilterBranches} branches`, {
              max: limits.maxFilterBranches,
            });
          else if (filterDepth + 1 > limits.maxFilterDepth)
            problem(at, ErrorReason.TOO_DEEP, `filters may nest and/or at most ${limits.maxFilterDepth} levels deep`, {
              max: limits.maxFilterDepth,
            });
          else walk(child, current.ast, def?.type ?? null, at, depth + 1, filterDepth + 1, true);
          continue;
        }
        if (isFilter && key === 'in' && childItems && childItems.length > limits.maxFilterIn) {
          problem(at, ErrorReason.TOO_MANY_ITEMS, `takes at most ${limits.maxFilterIn} values`, { max: limits.maxFilterIn });
          continue;
        }
        walk(child, current.ast, def?.type ?? null, at, depth + 1, filterDepth, inFilter || isFilter);
      }
      return;
    }
    const text = current.ast
      ? (current.value as ValueNode).kind === Kind.STRING
        ? (current.value as { value: string }).value
        : null
      : typeof current.value === 'string'
        ? current.value
        : null;
    if (text === null) return;
    const scalar = nullable && 'name' in nullable ? nullable.name : null;
    // Free text: String fields, and the strings inside JSON values.
    const found = textProblem(text, scalar === 'String' || scalar === null || scalar === 'JSONObject');
    if (found) return problem(path, found.reason, found.message);
    // Dates a person types lie in the span appraisals cover; filters may look anywhere.
    if (scalar === 'Date' && !inFilter && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
      if (text < dates.min) problem(path, ErrorReason.DATE_TOO_EARLY, `must not be before ${dates.min}`, { min: dates.min });
      else if (text > dates.max) problem(path, ErrorReason.DATE_TOO_LATE, `must not be after ${dates.max}`, { max: dates.max });
    }
  };

  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Argument: (node) => {
        const argument = typeInfo.getArgument();
        if (argument) walk(node.value, true, argument.type, argument.name, 0, 0, false);
        // The value is walked above, with its variables; the visitor need not descend into it.
        return false;
      },
    }),
  );
  return problems;
}

/** A refusal raised outside a resolver, as the GraphQL error Apollo sends with `status` (formatError maps the domain error). */
export function requestError(error: DomainError): GraphQLError {
  const status = error.code === ErrorCode.TOO_MANY_REQUESTS ? 429 : 400;
  return new GraphQLError(error.message, { originalError: error, extensions: { http: { status } } });
}

/** The operation reaches a root field anyone may call without logging in (`@Public()`). */
function reachesPublicField(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  const root = schema.getRootType(operation.operation);
  const fields = root?.getFields() ?? {};
  return operation.selectionSet.selections.some((s) => s.kind === Kind.FIELD && fields[s.name.value]?.extensions?.public === true);
}

/**
 * Refuses the request before execution when an argument value breaks a rule above. An
 * anonymous refusal of a public operation is counted per client address (public-guard.ts),
 * so a flood of malformed submissions meets TOO_MANY_REQUESTS like a flood of valid ones.
 */
export function inputGuardPlugin(config: Config): ApolloServerPlugin<Context> {
  const limits = inputLimits(config);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const problems = inputProblems(schema, document, operation, request.variables, limits);
          if (!problems.length) return;
          if (!contextValue.actor && reachesPublicField(schema, operation)) {
            try {
              await countRefusedPublicRequest(contextValue.em, config.jwtSecret, contextValue.clientAddress);
            } catch (error) {
              throw error instanceof DomainError ? requestError(error) : error;
            }
          }
          throw requestError(invalidFields(problems));
        },
      };
    },
  };
}

/** Bracket nesting of a document's text, strings and comments skipped: graphql-js parses recursively. */
export function documentNesting(query: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < query.length; i++) {
    const c = query[i];
    if (c === '#') {
      while (i < query.length && query[i] !== '\n' && query[i] !== '\r') i++;
    } else if (c === '"') {
      if (query.startsWith('"""', i)) {
        const end = query.indexOf('"""', i + 3);
        i = end < 0 ? query.length : end + 2;
      } else {
        for (i++; i < query.length && query[i] !== '"' && query[i] !== '\n'; i++) if (query[i] === '\\') i++;
      }
    } else if (c === '{' || c === '[' || c === '(') {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === '}' || c === ']' || c === ')') {
      depth--;
    }
  }
  return deepest;
}
