import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CredentialCache, LISTENER_NAME } from '../src/app/auth/credential-cache.ts';
import { hashSecret } from '../src/app/auth/tokens.ts';
import type { Deps } from '../src/app/deps.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import {
  buildApiToken,
  buildChannel,
  buildMember,
  buildOrg,
  testDeps,
  type BuiltMember,
  type BuiltOrg,
} from './factories.ts';
import { signIn, startTestServer, type TestServer } from './http.ts';

/**
 * The per-process cache of resolved API tokens and the channel list it makes cheap (PostgreSQL
 * only). "Another process" is a separate connection writing SQL directly, as a second server or
 * the CLI would: its changes reach this server through NOTIFY.
 */
describe.skipIf(!process.env.DATABASE_URL)('credential cache (PostgreSQL)', () => {
  let database: TestDatabase;
  let server: TestServer;
  let cache: CredentialCache;
  let other: pg.Client;
  let deps: Deps;

  beforeAll(async () => {
    database = await createTestDatabase();
    const base = testDeps(database.db);
    cache = await CredentialCache.start(database.url!, base.logger);
    deps = { ...base, credentials: cache };
    server = await startTestServer(deps);
    other = new pg.Client({ connectionString: database.url });
    await other.connect();
  });
  afterAll(async () => {
    await other?.end();
    await server?.close();
    await cache?.close();
    await database?.dispose();
  });

  async function tokenFor(): Promise<{ org: BuiltOrg; member: BuiltMember; token: string }> {
    const org = await buildOrg(database.db, { model: 'coordinated' });
    const member = await buildMember(database.db, org, {
      admin: true,
      memberships: [{ unitId: org.rootId, role: 'lead' }],
    });
    return { org, member, token: await buildApiToken(database.db, member) };
  }

  const get = (token: string, path = '/api/v1/channels') =>
    fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

  /** Polls until `check` holds (a notice from another connection takes a moment). */
  async function eventually(check: () => Promise<boolean> | boolean): Promise<void> {
    const until = Date.now() + 5_000;
    while (!(await check())) {
      if (Date.now() > until) throw new Error('condition not reached within 5 s');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('serves a known token from the cache, and keeps it when only last_used_at changes', async () => {
    const { token } = await tokenFor();
    expect((await get(token)).status).toBe(200);
    const entry = cache.get(hashSecret(token));
    expect(entry).toBeDefined();
    // A write of last_used_at is not announced: the entry stays.
    await other.query(
      'update api_tokens set last_used_at = now() - interval $$1 hour$$ where id = $1',
      [entry!.tokenId],
    );
    await cache.fence();
    await new Promise((r) => setTimeout(r, 100));
    expect(cache.get(hashSecret(token))).toBe(entry);
  });

  it('a token revoked through the API stops working at the very next request', async () => {
    const { member, token } = await tokenFor();
    const api = await signIn(server, member.email);
    expect((await get(token)).status).toBe(200);
    const { id } = await database.db
      .selectFrom('api_tokens')
      .select('id')
      .where('token_hash', '=', hashSecret(token))
      .executeTakeFirstOrThrow();
    expect((await api.delete(`/api/v1/tokens/${id}`)).status).toBeLessThan(300);
    expect((await get(token)).status).toBe(401);
  });

  it('a token revoked by another process stops working once PostgreSQL tells this one', async () => {
    const { token } = await tokenFor();
    expect((await get(token)).status).toBe(200);
    await other.query('update api_tokens set revoked_at = now() where token_hash = $1', [
      hashSecret(token),
    ]);
    await eventually(async () => (await get(token)).status === 401);
    expect(cache.get(hashSecret(token))).toBeUndefined();
  });

  it('a member removed by another process loses access; their organization’s entries go', async () => {
    const { org, token } = await tokenFor();
    const colleague = await buildMember(database.db, org, {
      memberships: [{ unitId: org.rootId, role: 'member' }],
    });
    const colleagueToken = await buildApiToken(database.db, colleague);
    expect((await get(token)).status).toBe(200);
    expect((await get(colleagueToken)).status).toBe(200);
    await other.query('delete from memberships where member_id = $1', [colleague.id]);
    await other.query('delete from api_tokens where member_id = $1', [colleague.id]);
    await other.query('delete from members where id = $1', [colleague.id]);
    await eventually(async () => (await get(colleagueToken)).status === 401);
    expect((await get(token)).status).toBe(200);
  });

  it('a channel renamed by another process shows once the revision it bumped is announced', async () => {
    const { org, token } = await tokenFor();
    const channel = await buildChannel(database.db, org, { handle: '@cache@social.example' });
    const names = async () =>
      ((await (await get(token)).json()) as { items: { displayName: string }[] }).items.map(
        (c) => c.displayName,
      );
    const before = await names();
    expect(await names()).toEqual(before);
    await other.query('begin');
    await other.query('update channels set display_name = $1 where id = $2', ['Renamed', channel]);
    await other.query('update organizations set revision = revision + 1 where id = $1', [org.id]);
    await other.query('commit');
    await eventually(async () => (await names()).includes('Renamed'));
  });

  it('a fill that raced an announced change is not kept', async () => {
    const { org, token } = await tokenFor();
    const hash = hashSecret(token);
    const began = cache.begin();
    await other.query('update organizations set name = name where id = $1', [org.id]);
    await eventually(() => cache.begin() !== began);
    cache.fill(
      hash,
      {
        tokenId: 'x',
        memberId: 'x',
        organizationId: org.id,
        locale: 'en',
        revision: '1',
        expiresAt: null,
        lastUsedAt: new Date(),
      },
      began,
    );
    expect(cache.get(hash)).toBeUndefined();
  });

  it('without its listening connection it serves nothing, and listens again by itself', async () => {
    const { token } = await tokenFor();
    expect((await get(token)).status).toBe(200);
    expect(cache.listening).toBe(true);
    await other.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
       where datname = current_database() and application_name = $1`,
      [LISTENER_NAME],
    );
    await eventually(() => !cache.listening);
    expect(cache.get(hashSecret(token))).toBeUndefined();
    // Uncached, a revocation still counts at once.
    await other.query('update api_tokens set revoked_at = now() where token_hash = $1', [
      hashSecret(token),
    ]);
    expect((await get(token)).status).toBe(401);
    await eventually(() => cache.listening);
  });
});
