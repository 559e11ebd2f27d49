/**
 * The signed-in session, kept in localStorage so that it survives reloads and is shared with
 * the GraphiQL page (same origin). The auth provider writes it at login; changing one's own
 * password replaces it (the API revokes the old token and returns a new one, see
 * dataProvider/account-methods.ts). The data provider and GraphiQL read the token at request time.
 */
/** What the console keeps of a LoginPayload (from `login` and `changePassword`); append it to the document. */
export const SESSION_FIELDS = /* GraphQL */ `
  fragment SessionFields on LoginPayload {
    token
    expiresAt
    user {
      id
      username
      displayName
      roles
      permissions
      agencyId
    }
  }
`;

export type SessionUser = {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  /**
   * The named permissions of the access policy the account holds (admin/src/access.ts); absent in a
   * session saved before the console loaded them, until the auth provider fetches them (`me`).
   */
  permissions?: string[];
  agencyId?: string | null;
};

export type Session = {
  token: string;
  /** ISO date-time after which the token is no longer accepted. */
  expiresAt: string;
  user: SessionUser;
};

const TOKEN_KEY = 'kinerja.token';
const EXPIRES_KEY = 'kinerja.expiresAt';
const USER_KEY = 'kinerja.user';

export const saveSession = ({ token, expiresAt, user }: Session): void => {
  localStorage.setItem(TOKEN_KEY, token);
  localStorage.setItem(EXPIRES_KEY, expiresAt);
  localStorage.setItem(USER_KEY, JSON.stringify(user));
};

/** Replaces the stored user (the token stays): the auth provider completes an older session with its permissions. */
export const saveSessionUser = (user: SessionUser): void => {
  localStorage.setItem(USER_KEY, JSON.stringify(user));
};

export const clearSession = (): void => {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(EXPIRES_KEY);
  localStorage.removeItem(USER_KEY);
};

const isExpired = (expiresAt: string | null): boolean => {
  if (!expiresAt) return true;
  const time = Date.parse(expiresAt);
  return Number.isNaN(time) || time <= Date.now();
};

/** The token if there is one and it has not expired, else null. */
export const getToken = (): string | null => {
  const token = localStorage.getItem(TOKEN_KEY);
  if (!token || isExpired(localStorage.getItem(EXPIRES_KEY))) return null;
  return token;
};

export const getSessionUser = (): SessionUser | null => {
  const raw = localStorage.getItem(USER_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as SessionUser;
  } catch {
    return null;
  }
};

/** Headers to send with every GraphQL request made on behalf of the signed-in user. */
export const authHeaders = (): Record<string, string> => {
  const token = getToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
};
