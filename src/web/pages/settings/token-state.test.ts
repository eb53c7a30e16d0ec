import { describe, expect, it } from 'vitest';
import type { ApiToken } from '../../../contracts/tokens.ts';
import { tokenState } from './token-state.ts';

const token = (over: Partial<ApiToken>): ApiToken => ({
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Script',
  prefix: 'mrg_abcdefgh',
  createdAt: '2026-01-01T00:00:00.000Z',
  lastUsedAt: null,
  expiresAt: null,
  revokedAt: null,
  ...over,
});
const now = new Date('2026-06-01T12:00:00.000Z');

describe('the state of a token', () => {
  it.each<[Partial<ApiToken>, string]>([
    [{}, 'active'],
    [{ expiresAt: '2026-06-01T12:00:01.000Z' }, 'active'],
    [{ expiresAt: '2026-06-01T12:00:00.000Z' }, 'expired'],
    [{ revokedAt: '2026-05-01T00:00:00.000Z' }, 'revoked'],
    [{ revokedAt: '2026-05-01T00:00:00.000Z', expiresAt: '2026-05-02T00:00:00.000Z' }, 'revoked'],
  ])('%o is %s', (over, state) => {
    expect(tokenState(token(over), now)).toBe(state);
  });
});
