/**
 * Secrets: random tokens (sessions, sign-in links, invites, publish tokens), stored only as SHA-256, and
 * passwords hashed with scrypt (memory-hard, in node:crypto: no native package to build).
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** A fresh 256-bit token, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** A short random id for URLs (128 bits). */
export function newPublicId(): string {
  return randomBytes(16).toString('base64url');
}

/** How a token is stored: its SHA-256 (tokens are random, so no salt or slow hash is needed). */
export function hashSecret(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** scrypt cost: N = 2^15, r = 8, p = 1: 32 MiB and about 0.1 s per hash here, above the 2^14 advised for interactive logins. */
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_BYTES = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

/**
 * Derivations running at once. scrypt runs on libuv's pool of 4 threads, and so does the database driver's
 * SCRAM sign-in (WebCrypto): 300 students signing in at once queued a new database connection's handshake
 * behind 300 hashes for over a minute, and PostgreSQL cancelled it ("canceling authentication due to timeout",
 * `Connection terminated unexpectedly` in the server). The rest wait here, leaving two threads free.
 */
const MAX_DERIVING = 2;
let deriving = 0;
const waiting: (() => void)[] = [];

async function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  if (deriving < MAX_DERIVING) deriving++;
  else await new Promise<void>((go) => waiting.push(go)); // the finishing derivation hands its slot over
  try {
    return await new Promise((resolve, reject) => {
      scrypt(password.normalize('NFC'), salt, KEY_BYTES, { N: n, r, p, maxmem: MAX_MEMORY }, (error, key) =>
        error ? reject(error) : resolve(key),
      );
    });
  } finally {
    const next = waiting.shift();
    if (next) next();
    else deriving--;
  }
}

/** `scrypt$N$r$p$salt$hash`, so the cost can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** True when `password` matches `stored`; false for a malformed hash. Constant time in the comparison. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Compares two tokens in constant time. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
