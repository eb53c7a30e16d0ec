import type { ApiToken } from '../../../contracts/tokens.ts';

export type TokenState = 'active' | 'revoked' | 'expired';

/** Whether a token still works: revoked beats expired; a token without expiry never expires. */
export function tokenState(token: ApiToken, now = new Date()): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now.getTime()) return 'expired';
  return 'active';
}
