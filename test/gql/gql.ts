/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AgencyFields on Agency {\n    id\n    code\n    name\n    kind\n    region\n    version\n    createdAt\n    updatedAt\n  }\n": typeof types.AgencyFieldsFragmentDoc,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        ...AgencyFields\n      }\n    }\n  }\n": typeof types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        ...AgencyFields\n      }\n    }\n  }\n": typeof types.UpdateAgencyDocument,
    "\n  mutation DeleteAgency($input: DeleteAgencyInput!) {\n    deleteAgency(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteAgencyDocument,
    "\n  query GetAgency($id: ID!) {\n    agency(id: $id) {\n      ...AgencyFields\n    }\n  }\n": typeof types.GetAgencyDocument,
};
const documents: Documents = {
    "\n  fragment AgencyFields on Agency {\n    id\n    code\n    name\n    kind\n    region\n    version\n    createdAt\n    updatedAt\n  }\n": types.AgencyFieldsFragmentDoc,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        ...AgencyFields\n      }\n    }\n  }\n": types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        ...AgencyFields\n      }\n    }\n  }\n": types.UpdateAgencyDocument,
    "\n  mutation DeleteAgency($input: DeleteAgencyInput!) {\n    deleteAgency(input: $input) {\n      id\n    }\n  }\n": types.DeleteAgencyDocument,
    "\n  query GetAgency($id: ID!) {\n    agency(id: $id) {\n      ...AgencyFields\n    }\n  }\n": types.GetAgencyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyFields on Agency {\n    id\n    code\n    name\n    kind\n    region\n    version\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment AgencyFields on Agency {\n    id\n    code\n    name\n    kind\n    region\n    version\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        ...AgencyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        ...AgencyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        ...AgencyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        ...AgencyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAgency($input: DeleteAgencyInput!) {\n    deleteAgency(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAgency($input: DeleteAgencyInput!) {\n    deleteAgency(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetAgency($id: ID!) {\n    agency(id: $id) {\n      ...AgencyFields\n    }\n  }\n"): (typeof documents)["\n  query GetAgency($id: ID!) {\n    agency(id: $id) {\n      ...AgencyFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;