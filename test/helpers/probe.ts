import type { TestApp } from './app.js';

/**
 * Minimal valid documents for every root field, built from introspection:
 * required arguments as typed variables with dummy values, `__typename` as the
 * selection. They pass GraphQL validation and coercion, so what answers is the
 * server's own access and input checks.
 */

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
export type FieldInfo = { name: string; args: { name: string; type: TypeRef }[]; type: TypeRef };
type TypeInfo = {
  name: string;
  kind: string;
  enumValues: { name: string }[] | null;
  inputFields: { name: string; type: TypeRef }[] | null;
};
type Introspection = { __schema: { queryType: { fields: FieldInfo[] }; mutationType: { fields: FieldInfo[] } | null; types: TypeInfo[] } };

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const FIELDS = `fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } }`;

const typeString = (ref: TypeRef): string =>
  ref.kind === 'NON_NULL' ? `${typeString(ref.ofType!)}!` : ref.kind === 'LIST' ? `[${typeString(ref.ofType!)}]` : ref.name!;
const namedType = (ref: TypeRef): TypeRef => (ref.ofType ? namedType(ref.ofType) : ref);

function dummyValue(ref: TypeRef, types: Map<string, TypeInfo>, depth = 0): unknown {
  if (depth > 10) throw new Error('input types nest too deep for a dummy value');
  if (ref.kind === 'NON_NULL') return dummyValue(ref.ofType!, types, depth);
  if (ref.kind === 'LIST') return [dummyValue(ref.ofType!, types, depth + 1)];
  const type = types.get(ref.name!)!;
  switch (type.kind) {
    case 'ENUM':
      return type.enumValues![0]!.name;
    case 'INPUT_OBJECT':
      return Object.fromEntries(
        type.inputFields!.filter((f) => f.type.kind === 'NON_NULL').map((f) => [f.name, dummyValue(f.type, types, depth + 1)]),
      );
    case 'SCALAR': {
      const scalars: Record<string, unknown> = {
        ID: Buffer.from('Agency:00000000-0000-4000-8000-000000000000').toString('base64url'),
        String: 'dummy',
        Int: 1,
        Float: 1.5,
        SafeInt: 1,
        Boolean: true,
        DateTime: '2026-01-01T00:00:00.000Z',
        Date: '2026-01-01',
        JSON: {},
        JSONObject: {},
      };
      if (!(type.name in scalars)) throw new Error(`no dummy value for scalar ${type.name}`);
      return scalars[type.name];
    }
    default:
      throw new Error(`unexpected input type ${type.kind} ${type.name}`);
  }
}

export interface Probe {
  operation: 'query' | 'mutation';
  name: string;
  document: string;
  variables: Record<string, unknown>;
  /** Every argument of the field (required or not) with its GraphQL type, for documents that pass more than the probe. */
  argTypes: Record<string, string>;
  /** The selection the probe asks for (empty for scalar results). */
  selection: string;
}

/** One probe per root query and mutation of the running server's schema. */
export async function rootProbes(app: TestApp): Promise<Probe[]> {
  const introspection = await app.gql<Introspection>(
    `{ __schema { queryType { ${FIELDS} } mutationType { ${FIELDS} } types { name kind enumValues { name } inputFields { name type { ${TYPE_REF} } } } } }`,
  );
  if (introspection.errors) throw new Error(JSON.stringify(introspection.errors));
  const schema = introspection.data!.__schema;
  const types = new Map(schema.types.map((t) => [t.name, t]));
  const roots = [
    ...schema.queryType.fields.map((field) => ['query', field] as const),
    ...(schema.mutationType?.fields ?? []).map((field) => ['mutation', field] as const),
  ];
  return roots.map(([operation, field]) => {
    const required = field.args.filter((a) => a.type.kind === 'NON_NULL');
    const variables = Object.fromEntries(required.map((a) => [a.name, dummyValue(a.type, types)]));
    const definitions = required.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
    const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
    const kind = types.get(namedType(field.type).name!)!.kind;
    const selection = ['OBJECT', 'INTERFACE', 'UNION'].includes(kind) ? ' { __typename }' : '';
    const document = `${operation} Probe${definitions ? `(${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
    const argTypes = Object.fromEntries(field.args.map((a) => [a.name, typeString(a.type)]));
    return { operation, name: field.name, document, variables, argTypes, selection };
  });
}
