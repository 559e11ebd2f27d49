import { defaultFieldResolver, isNonNullType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import type { Context } from '../context.js';
import { may } from './actor.js';
import type { Permission } from './policy.js';
import { inAgencyScope } from './scope.js';

/**
 * The person a sensitive value belongs to: the employee, their agency, and who
 * else reads it by the record's own rule (a plan's appraiser and their superior).
 */
export interface Subject {
  employeeId: string;
  agencyId: string;
  readers?: readonly (string | null | undefined)[];
}

interface RecordRule {
  /** Reads the record of anyone in the agency. */
  agency: Permission;
  /** Also the supervisors above the person (EmployeeService.personalScope); without it only the person themself. */
  team: boolean;
  description: string;
}

/**
 * Who reads each kind of personal record, wherever it appears as a nested field:
 * the person, `agency` holders of their agency, and (with `team`) the supervisors
 * above them. Anyone else reads null, never an error, so one hidden value does
 * not fail a whole list.
 */
export const SENSITIVE_RECORDS = {
  evaluations: {
    agency: 'employees.readAgency',
    team: true,
    description:
      'Predicates, scores and evaluations: the employee, the supervisors above them, the plan’s appraisers, HR, evaluators and administrators of the agency.',
  },
  training: {
    agency: 'employees.readAgency',
    team: true,
    description: 'Training results: the employee, the supervisors above them, HR, evaluators and administrators of the agency.',
  },
  discipline: {
    agency: 'discipline.manage',
    team: true,
    description: 'Sanctions and coaching: the employee, the supervisors above them, HR and administrators of the agency (not evaluators).',
  },
  bankAccount: {
    agency: 'employees.readBankAccount',
    team: false,
    description: 'The bank account: the employee, HR and administrators of the agency.',
  },
  complaintContact: {
    agency: 'complaints.handle',
    team: false,
    description: 'A reporter’s name and contact: the agency’s complaint handlers only.',
  },
} as const satisfies Record<string, RecordRule>;

export type SensitiveRecord = keyof typeof SENSITIVE_RECORDS;

/** The subject of a record that is nobody's own (a citizen's contact): only the agency rule applies. */
export const NO_EMPLOYEE = '';

/**
 * Marks a field (property or field resolver) as part of a personal record: it
 * answers null to whoever may not read `record` of the person `subject` names.
 * Kept on the field's extensions, where guardSensitiveFields and the
 * authorization matrix read it. The field must be nullable.
 */
export function Sensitive<T>(record: SensitiveRecord, subject: (source: T) => Subject | null): PropertyDecorator & MethodDecorator {
  return Extensions({ sensitive: record, sensitiveSubject: subject });
}

/** The employees among `ids` within the actor's personal scope (self and below): one batch per request level. */
export type TeamLookup = (ctx: Context, employeeIds: readonly string[]) => Promise<Set<string>>;

/** Whether the actor may read `record` of `subject`; the team lookup is batched and cached per request. */
export async function mayReadRecord(ctx: Context, record: SensitiveRecord, subject: Subject, team: TeamLookup): Promise<boolean> {
  const actor = ctx.actor;
  if (!actor) return false;
  const rule: RecordRule = SENSITIVE_RECORDS[record];
  if (may(actor, rule.agency) && inAgencyScope(actor, subject.agencyId)) return true;
  const self = actor.employeeId;
  if (!self) return false;
  if (subject.employeeId === self || subject.readers?.includes(self)) return true;
  if (!rule.team || !may(actor, 'team.supervise') || actor.agencyId !== subject.agencyId) return false;
  const loader = ctx.loaders.batch<string, boolean>('access.team', async (ids) => {
    const within = await team(ctx, ids);
    return ids.map((id) => within.has(id));
  });
  return loader.load(subject.employeeId);
}

/**
 * Wraps every field marked `@Sensitive` once the schema is built: the record's
 * rule is checked before the field resolves, null when it fails. Like the login
 * check, not a type-graphql middleware, which would slow every field of every object.
 */
export function guardSensitiveFields(schema: GraphQLSchema, team: TeamLookup): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const record = field.extensions?.sensitive as SensitiveRecord | undefined;
      if (!record) continue;
      if (!(record in SENSITIVE_RECORDS)) throw new Error(`${type.name}.${field.name}: unknown sensitive record ${record}`);
      if (isNonNullType(field.type))
        throw new Error(`${type.name}.${field.name} is sensitive and must be nullable (null for who may not read it)`);
      const subjectOf = field.extensions.sensitiveSubject as (source: unknown) => Subject | null;
      const original: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args, context: Context, info) => {
        const subject = subjectOf(source);
        if (!subject || !(await mayReadRecord(context, record, subject, team))) return null;
        return original(source, args, context, info);
      };
    }
  }
  return schema;
}
