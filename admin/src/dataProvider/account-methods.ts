import type { Identifier } from 'react-admin';
import { GRAPHQL_URL } from '../config';
import type {
  ChangePasswordMutation,
  ChangePasswordMutationVariables,
  SetUserPasswordMutation,
  SetUserPasswordMutationVariables,
} from '../gql/graphql';
import { authHeaders, saveSession, SESSION_FIELDS, type SessionUser } from '../session';
import { toHttpError } from './errors';

// Operations that are not a resource's CRUD: account passwords. Called through
// useDataProvider(), so react-admin's error handling (logout on 401) applies to them too.

const SET_USER_PASSWORD = /* GraphQL */ `
  mutation SetUserPassword($input: SetUserPasswordInput!) {
    setUserPassword(input: $input) {
      user {
        id
        version
        updatedAt
      }
    }
  }
`;

const CHANGE_PASSWORD = /* GraphQL */ `
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ...SessionFields
    }
  }
`;

/** One POST to the API with the session's token; GraphQL errors become HttpErrors (with form field errors). */
const request = async <Data, Variables>(query: string, variables: Variables): Promise<Data> => {
  let response: Response;
  let body: { data?: Data | null; errors?: unknown[] };
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...authHeaders() },
      body: JSON.stringify({ query, variables }),
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    throw toHttpError(error);
  }
  if (body.errors?.length || !body.data) throw toHttpError({ errors: body.errors, status: response.status });
  return body.data;
};

export type AccountMethods = {
  /** An administrator sets another account's password; that account's sessions end. */
  setUserPassword(id: Identifier, password: string): Promise<{ data: { id: Identifier; version: number; updatedAt: string } }>;
  /**
   * Changes the signed-in user's own password. The API revokes every older token and returns a
   * new one, which replaces the session's token at once, so the console stays signed in.
   */
  changePassword(currentPassword: string, newPassword: string): Promise<{ data: SessionUser }>;
};

export const accountMethods: AccountMethods = {
  async setUserPassword(id, password) {
    const data = await request<SetUserPasswordMutation, SetUserPasswordMutationVariables>(SET_USER_PASSWORD, {
      input: { id: String(id), password },
    });
    return { data: data.setUserPassword.user };
  },

  async changePassword(currentPassword, newPassword) {
    const data = await request<ChangePasswordMutation, ChangePasswordMutationVariables>(CHANGE_PASSWORD + SESSION_FIELDS, {
      input: { currentPassword, newPassword },
    });
    const session = data.changePassword;
    saveSession(session);
    return { data: session.user };
  },
};
