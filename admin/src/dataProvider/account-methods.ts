import type { Identifier } from 'react-admin';
import type {
  ChangePasswordMutation,
  ChangePasswordMutationVariables,
  SetUserPasswordMutation,
  SetUserPasswordMutationVariables,
} from '../gql/graphql';
import { saveSession, SESSION_FIELDS, type SessionUser } from '../session';
import { request } from './request';

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
