import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildApiToken, buildMember, buildOrg, testDeps } from './factories.ts';
import { client, signIn, startTestServer, type Client, type TestServer } from './http.ts';
import { detailOf, errorOf, pathsOf } from './responses.ts';

let database: TestDatabase;
let server: TestServer;
let api: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(testDeps(database.db));
  const org = await buildOrg(database.db, { model: 'decentralized' });
  const member = await buildMember(database.db, org);
  api = client(server, { bearer: await buildApiToken(database.db, member) });
});
afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

const check = (body: unknown) => api.post('/api/v1/text/check', body);

// Expected lengths worked out by hand from each network's rule (see src/core/text).
describe('POST /api/v1/text/check', () => {
  it.each([
    ['x', 'Hallo 世界 example.com', { length: 34, limit: 280, valid: true }],
    [
      'mastodon',
      'Hi @alice@mastodon.social https://example.com/a/b/c/d/e/f/g/h',
      {
        length: 33,
        limit: 500,
        valid: true,
      },
    ],
    ['linkedin', 'Report (2025) 👍', { length: 16, limit: 3000, valid: true }],
    ['threads', 'Hi 👋!', { length: 8, limit: 500, valid: true }],
    ['instagram', 'a'.repeat(2201), { length: 2201, limit: 2200, valid: false }],
    ['facebook', 'Grüße 👨‍👩‍👧‍👦', { length: 17, limit: 63206, valid: true }],
  ])('counts for %s', async (network, text, expected) => {
    const res = await check({ network, text });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ network, ...expected });
  });

  it('counts for bluesky, with bytes and facets', async () => {
    const res = await check({
      network: 'bluesky',
      text: '👨‍👩‍👧‍👦 https://example.com @alice.bsky.social',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      network: 'bluesky',
      length: 40,
      limit: 300,
      valid: true,
      bytes: 64,
      byteLimit: 3000,
      facets: [
        {
          index: { byteStart: 26, byteEnd: 45 },
          features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com' }],
        },
        {
          index: { byteStart: 46, byteEnd: 64 },
          features: [{ $type: 'app.bsky.richtext.facet#mention', handle: 'alice.bsky.social' }],
        },
      ],
    });
  });

  it("takes an instance's limit and the content warning (Mastodon)", async () => {
    const res = await check({
      network: 'mastodon',
      text: 'a'.repeat(990),
      contentWarning: 'Spoilers!!',
      limit: 1000,
    });
    expect(res.body).toEqual({ network: 'mastodon', length: 1000, limit: 1000, valid: true });
  });

  it('answers for a session too (with its CSRF token)', async () => {
    const org = await buildOrg(database.db, { model: 'centralized' });
    const member = await buildMember(database.db, org);
    const session = await signIn(server, member.email);
    const res = await session.post('/api/v1/text/check', { network: 'x', text: 'hello' });
    expect(res.body).toEqual({ network: 'x', length: 5, limit: 280, valid: true });
  });

  it('refuses bad input with 400 and the paths at fault', async () => {
    const res = await check({
      network: 'myspace',
      text: 'x'.repeat(100_001),
      limit: 0,
      contentWarning: 42,
      extra: true,
    });
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe('bad_input');
    expect(pathsOf(res)).toEqual([
      'body.contentWarning',
      'body.extra',
      'body.limit',
      'body.network',
      'body.text',
    ]);
    const missing = await check({ network: 'x' });
    expect(missing.status).toBe(400);
    expect(pathsOf(missing)).toEqual(['body.text']);
    const fraction = await check({ network: 'x', text: 'hi', limit: 2.5 });
    expect(pathsOf(fraction)).toEqual(['body.limit']);
  });

  it('accepts the longest text and counts it', async () => {
    const res = await check({ network: 'facebook', text: 'x'.repeat(100_000) });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ network: 'facebook', length: 100_000, limit: 63206, valid: false });
  });

  it('needs authentication (401)', async () => {
    const res = await client(server).post('/api/v1/text/check', { network: 'x', text: 'hello' });
    expect(res.status).toBe(401);
    expect(detailOf(res).code).toBe('auth.required');
  });
});
