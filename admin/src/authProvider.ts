import type { AuthProvider } from 'react-admin';
import { GRAPHQL_URL } from './config';
import { authHeaders, clearSession, getSessionUser, getToken, saveSession, saveSessionUser, SESSION_FIELDS, type Session } from './session';

const LOGIN_MUTATION = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionFields
    }
  }
`;

/** The actor's permissions, for a session restored from before the console kept them. */
const SESSION_PERMISSIONS_QUERY = /* GraphQL */ `
  query SessionPermissions {
    me {
      id
      permissions
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
    if (code === 'TOO_MANY_REQUESTS') throw new Error('app.login.tooMany');
    throw new Error(code && CREDENTIAL_ERROR_CODES.has(code) ? 'app.login.wrongCredentials' : error.message);
  }
  const session = body.data?.login;
  if (!response.ok || !session) throw new Error('ra.notification.http_error');
  return session;
};

/**
 * The stored user's permissions; a session saved without them (before the console loaded them at
 * sign-in) is completed once with `me { permissions }`. None while signed out or when that fails
 * (the next call tries again): the console then offers nothing the API might refuse.
 */
let pendingPermissions: Promise<string[]> | null = null;

const sessionPermissions = async (): Promise<string[]> => {
  const user = getSessionUser();
  if (!user || !getToken()) return [];
  if (Array.isArray(user.permissions)) return user.permissions;
  pendingPermissions ??= (async () => {
    try {
      const response = await fetch(GRAPHQL_URL, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...authHeaders() },
        body: JSON.stringify({ query: SESSION_PERMISSIONS_QUERY }),
      });
      const body = (await response.json()) as { data?: { me?: { id: string; permissions: string[] } | null } | null };
      const me = body.data?.me;
      const current = getSessionUser();
      if (!me || !current || current.id !== me.id) return [];
      saveSessionUser({ ...current, permissions: me.permissions });
      return me.permissions;
    } catch {
      return [];
    } finally {
      pendingPermissions = null;
    }
  })();
  return pendingPermissions;
};

/** A refusal react-admin follows (to the sign-in page) without a notification: `message: false`. */
const SILENT = { message: false } as const;

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
      // Opening the console signed out leads to the sign-in page without an error; a session that
      // ran out says so once.
      const expired = getSessionUser() !== null;
      clearSession();
      if (expired) throw new Error('ra.notification.logged_out');
      throw SILENT;
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

  /** The named permissions of the access policy (admin/src/access.ts decides with them), never the roles. */
  async getPermissions() {
    return sessionPermissions();
  },
};
