import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../src/contracts/auth.ts';
import type { ApiToken, CreatedApiToken } from '../src/contracts/tokens.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildApiToken, buildMember, buildOrg, testDeps } from './factories.ts';
import { client, signIn, startTestServer, type TestServer } from './http.ts';
import { bodyOf, detailOf, pathsOf } from './responses.ts';

let database: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(testDeps(database.db));
});
afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

async function orgWithAdmin() {
  const org = await buildOrg(database.db);
  const admin = await buildMember(database.db, org, { admin: true });
  return { org, admin };
}

describe('API tokens', () => {
  it('creates a token shown once, which works as Bearer until revoked', async () => {
    const { admin } = await orgWithAdmin();
    const session = await signIn(server, admin.email);
    const res = await session.post('/api/v1/tokens', { name: 'CI', expiresInDays: 30 });
    expect(res.status).toBe(201);
    const created = bodyOf<CreatedApiToken>(res);
    expect(created.token).toMatch(/^mrg_/);
    expect(created.token.startsWith(created.prefix)).toBe(true);
    const stored = await database.db
      .selectFrom('api_tokens')
      .select('token_hash')
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toBe(created.token);

    const bearer = client(server, { bearer: created.token });
    const me = await bearer.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(bodyOf<Me>(me).member.id).toBe(admin.id);
    const list = bodyOf<{ items: ApiToken[] }>(await session.get('/api/v1/tokens')).items;
    expect(list).toHaveLength(1);
    expect(list[0]).not.toHaveProperty('token');
    expect(list[0]!.lastUsedAt).not.toBeNull();

    // A token cannot mint tokens: a leaked one must not outlive its revocation.
    const minted = await bearer.post('/api/v1/tokens', { name: 'sneaky' });
    expect(minted.status).toBe(403);
    expect(detailOf(minted).code).toBe('token.session_required');

    expect((await session.delete(`/api/v1/tokens/${created.id}`)).status).toBe(200);
    const after = await bearer.get('/api/v1/auth/me');
    expect(after.status).toBe(401);
    expect(detailOf(after).code).toBe('auth.invalid_token');
    const revoked = bodyOf<{ items: ApiToken[] }>(await session.get('/api/v1/tokens')).items;
    expect(revoked[0]!.revokedAt).not.toBeNull();
  });

  it("answers 404 for another member's or another organization's token", async () => {
    const { org, admin } = await orgWithAdmin();
    const colleague = await buildMember(database.db, org);
    const other = await orgWithAdmin();
    await buildApiToken(database.db, colleague);
    await buildApiToken(database.db, other.admin);
    const ids = await database.db
      .selectFrom('api_tokens')
      .select('id')
      .where('member_id', 'in', [colleague.id, other.admin.id])
      .execute();
    expect(ids).toHaveLength(2);
    const api = client(server, { bearer: await buildApiToken(database.db, admin) });
    for (const { id } of ids) {
      const res = await api.delete(`/api/v1/tokens/${id}`);
      expect(res.status).toBe(404);
    }
    const revoked = await database.db
      .selectFrom('api_tokens')
      .select('id')
      .where('member_id', 'in', [colleague.id, other.admin.id])
      .where('revoked_at', 'is not', null)
      .execute();
    expect(revoked).toEqual([]);
  });

  it('rejects bad input with field paths', async () => {
    const { admin } = await orgWithAdmin();
    const session = await signIn(server, admin.email);
    const res = await session.post('/api/v1/tokens', { name: '', expiresInDays: 0 });
    expect(res.status).toBe(400);
    expect(pathsOf(res)).toEqual(['body.expiresInDays', 'body.name']);
    const none = await database.db
      .selectFrom('api_tokens')
      .select('id')
      .where('member_id', '=', admin.id)
      .execute();
    expect(none).toEqual([]);
  });
});
