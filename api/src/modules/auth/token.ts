import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'kinerja-asn';
const AUDIENCE = 'kinerja-asn-api';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TokenClaims {
  userId: string;
  tokenVersion: number;
}

export async function signToken(secret: string, claims: TokenClaims, ttlSeconds: number): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  const token = await new SignJWT({ tv: claims.tokenVersion })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(new TextEncoder().encode(secret));
  return { token, expiresAt };
}

/** Returns the claims of a valid token, or null for any invalid, expired or foreign token. */
export async function verifyToken(secret: string, token: string): Promise<TokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    // A subject that is no UUID would reach the users query and fail there as a 500: it is simply not a valid token.
    if (typeof payload.sub !== 'string' || !UUID.test(payload.sub) || !Number.isSafeInteger(payload.tv)) return null;
    return { userId: payload.sub, tokenVersion: payload.tv as number };
  } catch {
    return null;
  }
}
