import argon2 from 'argon2';

/**
 * argon2id at OWASP's current minimum (19 MiB, two passes, one lane): about 90 ms
 * of one core per hash here, against 550 ms for the library's default (64 MiB, t=3,
 * four lanes), so that a morning of logins does not queue for an hour. Each hash
 * keeps its own parameters; hashes made with others verify as before and are
 * replaced at the owner's next successful login (`needsNewHash`).
 */
const PARAMETERS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => argon2.hash(password, PARAMETERS);

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Whether a stored hash was made with other parameters than today's. */
export function needsNewHash(hash: string): boolean {
  try {
    return argon2.needsRehash(hash, PARAMETERS);
  } catch {
    return true;
  }
}

/** A fixed hash to verify against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => (dummyHash ??= hashPassword('not-a-real-password'));
