import type { AuthProvider } from 'react-admin';
import { GRAPHQL_URL } from './config';
import { clearSession, getSessionUser, getToken, saveSession, SESSION_FIELDS, type Session } from './session';

const LOGIN_MUTATION = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionFields
    }
  }
`;

type GraphQLErrorLike = { message: string; extensions?: { code?: string } };
type LoginResponse = { data?: { login?: Session } | null; errors?: GraphQLErrorLike[] };

/** Codes meaning "these credentials are not accepted": shown as the translated sign-in error. */
const CREDENTIAL_ERROR_CODES = new Set(['UNAUTHENTICATED', 'BAD_USER_INPUT', 'FORBIDDEN']);

const requestLogin = async (username: string, password: string): Promise<Session> => {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      // application/json is required: the API refuses "simple" (CSRF-prone) requests.
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query: LOGIN_MUTATION + SESSION_FIELDS, variables: { input: { username, password } } }),
    });
  } catch {
    throw new Error('ra.notification.http_error');
  }
  let body: LoginResponse;
  try {
    body = (await response.json()) as LoginResponse;
  } catch {
    throw new Error('ra.notification.http_error');
  }
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code;
    throw new Error(code && CREDENTIAL_ERROR_CODES.has(code) ? 'ra.auth.sign_in_error' : error.message);
  }
  const session = body.data?.login;
  if (!response.ok || !session) throw new Error('ra.notification.http_error');
  return session;
};

type ErrorLike = { status?: number; body?: { code?: string } | null } | null | undefined;

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    saveSession(await requestLogin(username, password));
  },

  async logout() {
    // The token is a stateless bearer token: forgetting it is the logout.
    clearSession();
  },

  async checkAuth() {
    if (!getToken()) {
      clearSession();
      throw new Error('ra.auth.auth_check_error');
    }
  },

  async checkError(error: ErrorLike) {
    // The data provider maps UNAUTHENTICATED to status 401 (and FORBIDDEN to 403). Only an
    // invalid or expired session logs out; a missing permission is shown as a notification.
    if (error?.status === 401 || error?.body?.code === 'UNAUTHENTICATED') {
      clearSession();
      throw new Error('ra.notification.logged_out');
    }
  },

  async getIdentity() {
    const user = getSessionUser();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return { id: user.id, fullName: user.displayName, username: user.username, roles: user.roles };
  },

  async getPermissions() {
    return getSessionUser()?.roles ?? [];
  },
};
