import type { Identifier } from 'react-admin';
import type { MoveOrgUnitMutation, MoveOrgUnitMutationVariables } from '../gql/graphql';
import { request } from './request';

// Operations on organisational units that are no CRUD: moving a unit (with its subtree) in the
// tree. The generic update cannot do it: the API changes a unit's parent only through moveOrgUnit.

const MOVE_ORG_UNIT = /* GraphQL */ `
  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {
    moveOrgUnit(input: $input) {
      orgUnit {
        id
        parentId
        depth
        version
        updatedAt
      }
    }
  }
`;

export type MovedOrgUnit = { id: Identifier; parentId?: Identifier | null; depth: number; version: number; updatedAt: string };

export type OrgUnitMethods = {
  /**
   * Moves a unit, with everything below it, under `parentId` (null: to the top of its agency).
   * `version` is the one the move is based on (a stale one is a CONFLICT). A move under the unit
   * itself or one of its sub-units is refused as a field error on `parentId`.
   */
  moveOrgUnit(id: Identifier, version: number, parentId: Identifier | null): Promise<{ data: MovedOrgUnit }>;
};

export const orgUnitMethods: OrgUnitMethods = {
  async moveOrgUnit(id, version, parentId) {
    const data = await request<MoveOrgUnitMutation, MoveOrgUnitMutationVariables>(MOVE_ORG_UNIT, {
      input: { id: String(id), version, parentId: parentId === null ? null : String(parentId) },
    });
    return { data: data.moveOrgUnit.orgUnit };
  },
};
