import crypto from 'node:crypto';

/** A random secret for a cookie or an API token; only its SHA-256 is stored. */
export function newSecret(prefix = ''): string {
  return prefix + crypto.randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return crypto.createHash('sha256').update(secret).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

export const API_TOKEN_PREFIX = 'mrg_';
export const SESSION_DAYS = 14;
