import type {
  IntrospectionField,
  IntrospectionInputObjectType,
  IntrospectionInputValue,
  IntrospectionObjectType,
  IntrospectionSchema,
  IntrospectionType,
  IntrospectionTypeRef,
} from 'graphql';

/**
 * A read-only index over the introspected schema, with the naming conventions of our API
 * (see DESIGN.md §3): the react-admin resource name is the name of the list query.
 *
 *   resource "agencies" -> Query.agencies: AgencyConnection! (nodes: [Agency!]!)
 *                       -> Query.agency(id), Mutation.createAgency / updateAgency / deleteAgency
 */
export type ResourceSchema = {
  /** react-admin resource name, e.g. "agencies" (= list query name). */
  name: string;
  /** GraphQL object type of a record, e.g. Agency. */
  type: IntrospectionObjectType;
  list: IntrospectionField;
  one?: IntrospectionField;
  create?: IntrospectionField;
  update?: IntrospectionField;
  delete?: IntrospectionField;
  /** Fields selected for a record: scalars, enums and lists of them. */
  selection: string[];
};

type NamedTypeRef = { kind: IntrospectionType['kind']; name: string };

/** Strips NON_NULL and LIST wrappers. */
export const namedType = (ref: IntrospectionTypeRef): NamedTypeRef => {
  let current = ref;
  while (current.kind === 'NON_NULL' || current.kind === 'LIST') current = current.ofType;
  return current as NamedTypeRef;
};

/** Prints a type reference as written in a variable definition, e.g. "[AgencyOrderBy!]". */
export const printTypeRef = (ref: IntrospectionTypeRef): string => {
  if (ref.kind === 'NON_NULL') return `${printTypeRef(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${printTypeRef(ref.ofType)}]`;
  return ref.name;
};

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Creations the API names after the domain rather than `create<Type>`: a daily work report is
 * filed (fileWorkReport) by the employee for themself, a disciplinary case is proposed, a reward granted.
 */
const CREATE_MUTATIONS: Readonly<Record<string, string>> = {
  WorkReport: 'fileWorkReport',
  DisciplinaryCase: 'proposeDisciplinaryCase',
  Reward: 'grantReward',
};

export class SchemaIndex {
  private readonly types = new Map<string, IntrospectionType>();
  private readonly queries = new Map<string, IntrospectionField>();
  private readonly mutations = new Map<string, IntrospectionField>();
  private readonly resources = new Map<string, ResourceSchema | null>();

  constructor(schema: IntrospectionSchema) {
    for (const type of schema.types) this.types.set(type.name, type);
    const fieldsOf = (name: string | undefined) => {
      const type = name ? this.types.get(name) : undefined;
      return type?.kind === 'OBJECT' ? type.fields : [];
    };
    for (const field of fieldsOf(schema.queryType?.name)) this.queries.set(field.name, field);
    for (const field of fieldsOf(schema.mutationType?.name)) this.mutations.set(field.name, field);
  }

  objectType(name: string): IntrospectionObjectType | undefined {
    const type = this.types.get(name);
    return type?.kind === 'OBJECT' ? type : undefined;
  }

  inputType(name: string): IntrospectionInputObjectType | undefined {
    const type = this.types.get(name);
    return type?.kind === 'INPUT_OBJECT' ? type : undefined;
  }

  enumValues(name: string): string[] {
    const type = this.types.get(name);
    return type?.kind === 'ENUM' ? type.enumValues.map((value) => value.name) : [];
  }

  /** The input object type of an argument (or of an input field), if it is one. */
  inputTypeOf(value: IntrospectionInputValue | undefined): IntrospectionInputObjectType | undefined {
    return value ? this.inputType(namedType(value.type).name) : undefined;
  }

  /** The record type of a list query: the element type of the connection's `nodes`. */
  private nodeTypeOfList(list: IntrospectionField): IntrospectionObjectType | undefined {
    const connection = this.objectType(namedType(list.type).name);
    const nodes = connection?.fields.find((field) => field.name === 'nodes');
    return nodes ? this.objectType(namedType(nodes.type).name) : undefined;
  }

  /** The name of the list query returning records of this type, e.g. Agency -> "agencies". */
  listQueryNameOf(typeName: string): string | undefined {
    for (const field of this.queries.values()) {
      if (this.nodeTypeOfList(field)?.name === typeName) return field.name;
    }
    return undefined;
  }

  /** `node(id:)`, which fetches any record implementing Node. */
  nodeQuery(): IntrospectionField | undefined {
    return this.queries.get('node');
  }

  resource(name: string): ResourceSchema | undefined {
    if (!this.resources.has(name)) this.resources.set(name, this.buildResource(name));
    return this.resources.get(name) ?? undefined;
  }

  private buildResource(name: string): ResourceSchema | null {
    const list = this.queries.get(name);
    const type = list && this.nodeTypeOfList(list);
    if (!list || !type) return null;
    const selection = type.fields
      .filter((field) => {
        const kind = namedType(field.type).kind;
        const needsArgs = field.args.some((arg) => arg.type.kind === 'NON_NULL');
        return (kind === 'SCALAR' || kind === 'ENUM') && !needsArgs;
      })
      .map((field) => field.name);
    return {
      name,
      type,
      list,
      one: this.queries.get(lowerFirst(type.name)),
      create: this.mutations.get(`create${type.name}`) ?? this.mutations.get(CREATE_MUTATIONS[type.name] ?? ''),
      update: this.mutations.get(`update${type.name}`),
      delete: this.mutations.get(`delete${type.name}`),
      selection,
    };
  }
}
