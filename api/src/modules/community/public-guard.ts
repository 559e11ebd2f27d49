import { createHmac, randomInt, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { jwtVerify, SignJWT } from 'jose';
import { addDays } from '../../dates.js';
import { tooManyRequests } from '../../errors.js';

/**
 * Abuse resistance for what the public submits without an account: keyed hashes
 * of client addresses (the address itself is never stored), counters per hour in
 * PostgreSQL (so every API process shares them), single-use submission tokens,
 * unguessable tracking codes, and the working-day arithmetic of deadlines.
 */

/** A keyed hash of the client address: stable for one server secret, useless without it. */
export function clientHash(secret: string, address: string | null): string {
  return createHmac('sha256', secret)
    .update(`client:${address ?? 'unknown'}`)
    .digest('base64url');
}

const WINDOW_MS = 60 * 60 * 1000;

/**
 * Counts one submission under `key` in the current hour and refuses it
 * (TOO_MANY_REQUESTS) beyond `limit`. Runs inside the submission's transaction:
 * the row lock serialises concurrent submissions, and a refused or failed
 * submission rolls its count back with everything else.
 */
export async function consumeRateLimit(em: EntityManager, key: string, limit: number, now = new Date()): Promise<void> {
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  const [row] = await em.execute<{ count: number }[]>(
    `insert into public_rate_limits (key, window_start, count) values (?, ?, 1)
     on conflict (key, window_start) do update set count = public_rate_limits.count + 1
     returning count`,
    [key, windowStart],
  );
  if (row!.count > limit) {
    const retryAfterSeconds = Math.ceil((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000);
    throw tooManyRequests(
      `Too many submissions from this address; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
      retryAfterSeconds,
    );
  }
  // Old windows are of no use; a cheap, occasional sweep keeps the table small.
  if (row!.count === 1)
    await em.execute(`delete from public_rate_limits where window_start < ?`, [new Date(now.getTime() - 24 * WINDOW_MS)]);
}

/** Public requests one address may have refused before they ran (malformed input), per hour. */
export const REFUSED_PUBLIC_REQUESTS_PER_HOUR = 60;

/**
 * Counts a public request refused before execution (input-guard.ts) under its own
 * key, outside any transaction: a refused submission rolls its own count back, so
 * without this, malformed requests would be free. Beyond the limit, TOO_MANY_REQUESTS.
 */
export async function countRefusedPublicRequest(em: EntityManager, secret: string, address: string | null): Promise<void> {
  await consumeRateLimit(em, `refused:${clientHash(secret, address)}`, REFUSED_PUBLIC_REQUESTS_PER_HOUR);
}

const TOKEN_AUDIENCE = 'kinerja-asn-survey';
const TOKEN_ISSUER = 'kinerja-asn';
export const SURVEY_TOKEN_TTL_SECONDS = 2 * 60 * 60;

/** A token that lets one response be submitted to one survey, for two hours. */
export async function signSurveyToken(secret: string, surveyId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + SURVEY_TOKEN_TTL_SECONDS * 1000);
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(surveyId)
    .setJti(randomUUID())
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(new TextEncoder().encode(secret));
  return { token, expiresAt };
}

/** The token's id when it is valid for this survey; null for an invalid, expired or foreign token. */
export async function verifySurveyToken(secret: string, token: string, surveyId: string): Promise<string | null> {
  if (token.length > 2000) return null;
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      algorithms: ['HS256'],
      subject: surveyId,
    });
    return typeof payload.jti === 'string' && /^[0-9a-f-]{36}$/.test(payload.jti) ? payload.jti : null;
  } catch {
    return null;
  }
}

/** Crockford's base 32: no I, L, O or U, so a code read aloud or retyped survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_PREFIX = 'ADU';

/** A tracking code such as ADU-7K3M-9QXR-2HTB: 60 random bits, grouped for reading. */
export function newTrackingCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${CODE_PREFIX}-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** A code as a person typed it (any case, spaces, O for 0, I or L for 1) in its stored form; null when it cannot be one. */
export function normaliseTrackingCode(input: string): string | null {
  let chars = input
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (chars.startsWith(CODE_PREFIX.replace(/O/g, '0'))) chars = chars.slice(CODE_PREFIX.length);
  if (chars.length !== 12 || [...chars].some((c) => !ALPHABET.includes(c))) return null;
  return `${CODE_PREFIX}-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/**
 * The day `days` working days after `day` (Monday to Friday). Public holidays
 * and collective leave are not counted yet: they come with the working calendar.
 */
export function addWorkingDays(day: string, days: number): string {
  let current = day;
  let left = days;
  while (left > 0) {
    current = addDays(current, 1);
    const weekday = new Date(`${current}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return current;
}
