import crypto from 'node:crypto';
import { XRPCError } from '@atproto/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapterContract, input } from '../../../test/networks/contract-suite.ts';
import { loopbackListenArgs } from '../../../test/loopback.ts';
import { startPds, type LocalPds, type PdsAccount } from '../../../test/pds.ts';
import { NetworkError, type AdapterContext, type PublishInput } from '../contract.ts';
import { blueskyFailure } from './errors.ts';
import { blueskyAdapter } from './index.ts';
import { commentRecordKey, deterministicTid, postRecordKey } from './tid.ts';

// A 1×1 PNG: the PDS sniffs uploaded blobs, so the bytes must be a real image.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const POSTS = 'app.bsky.feed.post';
const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

let pds: LocalPds;
let alice: PdsAccount;
let bob: PdsAccount;

beforeAll(async () => {
  pds = await startPds();
  [alice, bob] = await Promise.all([pds.createAccount('alice'), pds.createAccount('bob')]);
});
afterAll(() => pds?.close());

const ctx = (
  credentials: Partial<Record<string, string>> = {},
  fetch: typeof globalThis.fetch = globalThis.fetch,
): AdapterContext => ({
  credentials: Object.fromEntries(
    Object.entries({
      service: pds.url,
      identifier: alice.handle,
      appPassword: alice.appPassword,
      ...credentials,
    }).filter((e): e is [string, string] => e[1] !== undefined),
  ),
  handle: alice.handle,
  fetch,
  signal: new AbortController().signal,
});

async function record(uri: string): Promise<Record<string, unknown> | null> {
  const [, , repo, collection, rkey] = uri.split('/');
  try {
    const { data } = await alice.agent.com.atproto.repo.getRecord({
      repo: repo!,
      collection: collection!,
      rkey: rkey!,
    });
    return data.value;
  } catch (err) {
    if (err instanceof XRPCError && err.error === 'RecordNotFound') return null;
    throw err;
  }
}

async function allPosts(): Promise<{ uri: string; cid: string; value: Record<string, unknown> }[]> {
  const out = [];
  let cursor: string | undefined;
  do {
    const { data } = await alice.agent.com.atproto.repo.listRecords({
      repo: alice.did,
      collection: POSTS,
      limit: 100,
      cursor,
    });
    out.push(...data.records);
    cursor = data.records.length === 100 ? data.cursor : undefined;
  } while (cursor);
  return out;
}

/** Posts in the repo that reply to `uri`. */
async function repliesTo(uri: string) {
  return (await allPosts()).filter(
    (p) => (p.value.reply as { parent?: { uri?: string } } | undefined)?.parent?.uri === uri,
  );
}

function xrpcMethod(url: Parameters<typeof globalThis.fetch>[0]): string {
  const href = url instanceof Request ? url.url : String(url);
  return new URL(href).pathname.replace('/xrpc/', '');
}

/** A fetch that lets `intercept` answer or fail some XRPC calls and passes the rest through. */
function interceptingFetch(
  intercept: (method: string, body: Record<string, unknown> | null) => Promise<Response | null>,
): { fetch: typeof globalThis.fetch; calls: string[] } {
  const calls: string[] = [];
  const fetch: typeof globalThis.fetch = async (url, init) => {
    const request = new Request(url, init);
    const method = xrpcMethod(request);
    calls.push(method);
    const body = request.headers.get('content-type')?.includes('json')
      ? ((await request.clone().json()) as Record<string, unknown>)
      : null;
    return (await intercept(method, body)) ?? globalThis.fetch(request);
  };
  return { fetch, calls };
}

const withComment = (deliveryId: string, extra: Partial<PublishInput> = {}) =>
  input(deliveryId, `Post with a comment ${deliveryId.slice(0, 8)}`, {
    firstComment: 'Mehr dazu im ersten Kommentar',
    ...extra,
  });

async function failureOf(promise: Promise<unknown>): Promise<NetworkError['failure']> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(NetworkError);
  return (err as NetworkError).failure;
}

describe('bluesky', () => {
  adapterContract('bluesky', () => ({
    adapter: blueskyAdapter,
    context: () => ctx(),
    expiredContext: () => ctx({ appPassword: 'aaaa-bbbb-cccc-dddd' }),
    readBack: async (externalId) => {
      const value = await record(externalId);
      return value ? (value.text as string) : null;
    },
    postCount: async () => (await allPosts()).length,
    image: { bytes: PNG, mimeType: 'image/png', width: 1, height: 1 },
  }));

  it('keeps the PDS and the PLC directory on loopback', () => {
    const addresses = pds.addresses();
    expect(addresses).toHaveLength(2);
    for (const address of addresses) expect(address.address).toBe('127.0.0.1');
  });

  it('connects: reads handle and display name, stores the DID as identifier', async () => {
    await alice.agent.com.atproto.repo.putRecord({
      repo: alice.did,
      collection: 'app.bsky.actor.profile',
      rkey: 'self',
      record: { $type: 'app.bsky.actor.profile', displayName: 'Bäckerei Alice' },
    });
    const connection = await blueskyAdapter.connect(ctx());
    expect(connection).toMatchObject({
      handle: 'alice.test',
      displayName: 'Bäckerei Alice',
      maxChars: 300,
    });
    expect(connection.credentials?.identifier).toBe(alice.did);
    // The stored credentials work: logging in with the DID publishes as the same account.
    const published = await blueskyAdapter.publish(
      ctx(connection.credentials),
      input(crypto.randomUUID(), 'Via DID'),
    );
    expect(published.externalId.startsWith(`at://${alice.did}/`)).toBe(true);
  });

  it('refuses a wrong password on connect as auth_expired, and missing fields too', async () => {
    expect((await failureOf(blueskyAdapter.connect(ctx({ appPassword: 'wrong' })))).kind).toBe(
      'auth_expired',
    );
    expect((await failureOf(blueskyAdapter.connect(ctx({ appPassword: undefined })))).kind).toBe(
      'auth_expired',
    );
    expect(
      (await failureOf(blueskyAdapter.connect(ctx({ service: 'ftp://example.test' })))).kind,
    ).toBe('auth_expired');
  });

  it('writes the post under the record key of its delivery and links to it on bsky.app', async () => {
    const id = crypto.randomUUID();
    const published = await blueskyAdapter.publish(ctx(), input(id, 'Keyed post'));
    const rkey = postRecordKey(id);
    expect(rkey).toMatch(TID);
    expect(published.externalId).toBe(`at://${alice.did}/${POSTS}/${rkey}`);
    expect(published.url).toBe(`https://bsky.app/profile/alice.test/post/${rkey}`);
  });

  it('a repeat with previousAttempts 0 (attempt count lost) still makes no second post', async () => {
    const id = crypto.randomUUID();
    const before = (await allPosts()).length;
    const first = await blueskyAdapter.publish(ctx(), input(id, 'Once only'));
    const again = await blueskyAdapter.publish(ctx(), input(id, 'Once only'));
    expect(again.externalId).toBe(first.externalId);
    expect((await allPosts()).length).toBe(before + 1);
  });

  it('an answer lost after the PDS stored the post: the same attempt finds it, one post', async () => {
    const id = crypto.randomUUID();
    const before = (await allPosts()).length;
    let dropped = 0;
    // The write reaches the PDS; only its answer does not reach us.
    const dropAnswer: typeof globalThis.fetch = async (url, init) => {
      const res = await globalThis.fetch(url, init);
      if (xrpcMethod(url) === 'com.atproto.repo.createRecord' && dropped++ === 0) {
        await res.arrayBuffer();
        throw new TypeError('fetch failed');
      }
      return res;
    };
    const published = await blueskyAdapter.publish(ctx({}, dropAnswer), input(id, 'Lost answer'));
    expect(published.externalId).toContain(postRecordKey(id));
    expect(dropped).toBe(1);
    expect((await allPosts()).length).toBe(before + 1);
  });

  it('sends facets with UTF-8 byte ranges for a link, a mention and a hashtag', async () => {
    const text = `Grüße aus Köln 🥨! Neu: https://example.com/brot?sorte=roggen mit @${bob.handle} #Frühling`;
    const published = await blueskyAdapter.publish(ctx(), input(crypto.randomUUID(), text));
    const value = (await record(published.externalId))!;
    expect(value.text).toBe(text);
    const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
    const range = (needle: string) => {
      const start = bytes(text.slice(0, text.indexOf(needle)));
      return { byteStart: start, byteEnd: start + bytes(needle) };
    };
    const facets = value.facets as { index: object; features: Record<string, unknown>[] }[];
    expect(facets.map((f) => ({ index: f.index, feature: f.features[0] }))).toEqual([
      {
        index: range('https://example.com/brot?sorte=roggen'),
        feature: {
          $type: 'app.bsky.richtext.facet#link',
          uri: 'https://example.com/brot?sorte=roggen',
        },
      },
      {
        index: range(`@${bob.handle}`),
        feature: { $type: 'app.bsky.richtext.facet#mention', did: bob.did },
      },
      {
        index: range('#Frühling'),
        feature: { $type: 'app.bsky.richtext.facet#tag', tag: 'Frühling' },
      },
    ]);
    // Non-ASCII text before the facets: byte offsets differ from string indices.
    expect(range('#Frühling').byteStart).toBeGreaterThan(text.indexOf('#Frühling'));
  });

  it('leaves a mention of an unknown handle as plain text (the post is still accepted)', async () => {
    const published = await blueskyAdapter.publish(
      ctx(),
      input(crypto.randomUUID(), 'Hallo @nobody.test und #Welt'),
    );
    const facets = (await record(published.externalId))!.facets as {
      features: { $type: string }[];
    }[];
    expect(facets.flatMap((f) => f.features.map((x) => x.$type))).toEqual([
      'app.bsky.richtext.facet#tag',
    ]);
  });

  it('uploads images with alt text and aspect ratio; the blob is the image', async () => {
    const published = await blueskyAdapter.publish(
      ctx(),
      input(crypto.randomUUID(), 'Zwei Bilder', {
        media: [
          { id: 'a', mimeType: 'image/png', bytes: PNG, width: 1200, height: 800, alt: 'Brote' },
          { id: 'b', mimeType: 'image/png', bytes: PNG, width: null, height: null, alt: null },
        ],
        link: 'https://example.com/not-a-card',
      }),
    );
    const embed = (await record(published.externalId))!.embed as {
      $type: string;
      images: {
        alt: string;
        aspectRatio?: object;
        image: { ref: { toString(): string }; mimeType: string };
      }[];
    };
    // Images win over the link card: a post has one embed.
    expect(embed.$type).toBe('app.bsky.embed.images');
    expect(embed.images.map((i) => [i.alt, i.aspectRatio, i.image.mimeType])).toEqual([
      ['Brote', { width: 1200, height: 800 }, 'image/png'],
      ['', undefined, 'image/png'],
    ]);
    const blob = await alice.agent.com.atproto.sync.getBlob({
      did: alice.did,
      cid: embed.images[0]!.image.ref.toString(),
    });
    expect(Buffer.from(blob.data)).toEqual(PNG);
  });

  it('adds a link card when there is a link and no image', async () => {
    const published = await blueskyAdapter.publish(
      ctx(),
      input(crypto.randomUUID(), 'Mit Karte', { link: 'https://example.com/artikel' }),
    );
    expect((await record(published.externalId))!.embed).toEqual({
      $type: 'app.bsky.embed.external',
      external: { uri: 'https://example.com/artikel', title: 'example.com', description: '' },
    });
  });

  it('posts the first comment once, as a reply to the post, across two attempts', async () => {
    const id = crypto.randomUUID();
    const before = (await allPosts()).length;
    const first = await blueskyAdapter.publish(ctx(), withComment(id));
    const again = await blueskyAdapter.publish(ctx(), withComment(id, { previousAttempts: 1 }));
    expect(again.externalId).toBe(first.externalId);
    expect((await allPosts()).length).toBe(before + 2);
    const replies = await repliesTo(first.externalId);
    expect(replies).toHaveLength(1);
    const post = (await allPosts()).find((p) => p.uri === first.externalId)!;
    expect(replies[0]!.value).toMatchObject({
      text: 'Mehr dazu im ersten Kommentar',
      reply: {
        root: { uri: post.uri, cid: post.cid },
        parent: { uri: post.uri, cid: post.cid },
      },
    });
    expect(replies[0]!.uri.endsWith(`/${commentRecordKey(postRecordKey(id))}`)).toBe(true);
  });

  it('an attempt that died between post and comment: the next adds the comment, once', async () => {
    const id = crypto.randomUUID();
    const before = (await allPosts()).length;
    const { fetch } = interceptingFetch((method, body) =>
      Promise.resolve(
        method === 'com.atproto.repo.createRecord' &&
          (body?.record as { reply?: unknown } | undefined)?.reply
          ? Response.json({ error: 'InternalServerError', message: 'boom' }, { status: 502 })
          : null,
      ),
    );
    expect((await failureOf(blueskyAdapter.publish(ctx({}, fetch), withComment(id)))).kind).toBe(
      'transient',
    );
    expect((await allPosts()).length).toBe(before + 1);
    const retried = await blueskyAdapter.publish(ctx(), withComment(id, { previousAttempts: 1 }));
    const again = await blueskyAdapter.publish(ctx(), withComment(id, { previousAttempts: 2 }));
    expect(again.externalId).toBe(retried.externalId);
    expect((await allPosts()).length).toBe(before + 2);
    expect(await repliesTo(retried.externalId)).toHaveLength(1);
  });

  it('a repeat looks for the post first and uploads no images again', async () => {
    const id = crypto.randomUUID();
    const media = [{ id: 'a', mimeType: 'image/png', bytes: PNG, width: 1, height: 1, alt: 'x' }];
    await blueskyAdapter.publish(ctx(), input(id, 'Bild', { media }));
    const { fetch, calls } = interceptingFetch(() => Promise.resolve(null));
    await blueskyAdapter.publish(ctx({}, fetch), input(id, 'Bild', { media, previousAttempts: 1 }));
    expect(calls).not.toContain('com.atproto.repo.uploadBlob');
    expect(calls).not.toContain('com.atproto.repo.createRecord');
  });

  it('deletes the first comment with its post', async () => {
    const published = await blueskyAdapter.publish(ctx(), withComment(crypto.randomUUID()));
    expect(await repliesTo(published.externalId)).toHaveLength(1);
    await blueskyAdapter.delete(ctx(), published.externalId);
    expect(await record(published.externalId)).toBeNull();
    expect(await repliesTo(published.externalId)).toHaveLength(0);
  });

  it('refuses to delete what is not a post of this account', async () => {
    expect((await failureOf(blueskyAdapter.delete(ctx(), 'https://bsky.app/x'))).kind).toBe(
      'rejected',
    );
    const bobs = `at://${bob.did}/${POSTS}/${postRecordKey('x')}`;
    expect((await failureOf(blueskyAdapter.delete(ctx(), bobs))).kind).toBe('rejected');
  });

  it('counts text in graphemes and bytes: 300 accepted, 301 rejected before sending', async () => {
    const ok = 'é'.repeat(299) + '👩‍👩‍👧';
    expect(blueskyAdapter.validate(input('x', ok))).toEqual([]);
    await expect(
      blueskyAdapter.publish(ctx(), input(crypto.randomUUID(), ok)),
    ).resolves.toBeDefined();
    const long = 'a'.repeat(301);
    expect(blueskyAdapter.validate(input('x', long))).toEqual([
      expect.objectContaining({ path: 'text', code: 'too_long' }),
    ]);
    // 300 graphemes but 3,300 bytes: over the byte limit.
    const heavy = '👩‍👩‍👧'.repeat(300);
    expect(blueskyAdapter.validate(input('x', heavy)).map((i) => i.code)).toEqual(['too_long']);
    expect(
      blueskyAdapter
        .validate(input('x', 'ok', { firstComment: long, link: 'javascript:alert(1)' }))
        .map((i) => i.path),
    ).toEqual(['firstComment', 'link']);
    const before = (await allPosts()).length;
    expect((await failureOf(blueskyAdapter.publish(ctx(), input('y', long)))).kind).toBe(
      'rejected',
    );
    expect((await allPosts()).length).toBe(before);
  });

  it("maps the PDS's own refusal of a too-long post to rejected", async () => {
    const err = await alice.agent.com.atproto.repo
      .createRecord({
        repo: alice.did,
        collection: POSTS,
        record: { $type: POSTS, text: 'a'.repeat(301), createdAt: new Date().toISOString() },
      })
      .catch((e: unknown) => e);
    expect(blueskyFailure(err)).toMatchObject({ kind: 'rejected' });
  });

  it('validates image types and sizes against the lexicon limit', () => {
    const image = { id: 'a', mimeType: 'image/png', bytes: PNG, width: 1, height: 1, alt: null };
    expect(blueskyAdapter.validate(input('x', 't', { media: [image] }))).toEqual([]);
    const issues = blueskyAdapter.validate(
      input('x', 't', {
        media: [
          { ...image, bytes: new Uint8Array(1_000_001) },
          { ...image, mimeType: 'image/svg+xml' },
        ],
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['media.0', 'media_too_large'],
      ['media.1', 'media_type'],
    ]);
  });

  it('maps 429 with ratelimit-reset to rate_limited and 5xx to transient', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 120);
    for (const [status, kind] of [
      [429, 'rate_limited'],
      [503, 'transient'],
    ] as const) {
      const { fetch } = interceptingFetch((method) =>
        Promise.resolve(
          method === 'com.atproto.repo.createRecord'
            ? Response.json(
                { error: status === 429 ? 'RateLimitExceeded' : 'NotEnoughResources' },
                { status, headers: { 'ratelimit-reset': reset } },
              )
            : null,
        ),
      );
      const failure = await failureOf(
        blueskyAdapter.publish(ctx({}, fetch), input(crypto.randomUUID(), 'Busy')),
      );
      expect(failure.kind).toBe(kind);
      if (failure.kind === 'rate_limited') {
        expect(failure.retryAfterMs).toBeGreaterThan(60_000);
        expect(failure.retryAfterMs).toBeLessThanOrEqual(120_000);
      }
    }
  });

  it('reads the retry time from ratelimit-reset (epoch seconds) or retry-after', () => {
    const now = () => 1_800_000_000_000;
    const rateLimited = (headers: Record<string, string>) =>
      blueskyFailure(new XRPCError(429, 'RateLimitExceeded', 'slow down', headers), now);
    expect(rateLimited({ 'ratelimit-reset': '1800000042' })).toMatchObject({
      kind: 'rate_limited',
      retryAfterMs: 42_000,
    });
    expect(rateLimited({ 'retry-after': '7' })).toMatchObject({ retryAfterMs: 7_000 });
    expect(blueskyFailure(new XRPCError(400, 'ExpiredToken', 'expired')).kind).toBe('auth_expired');
    expect(blueskyFailure(new XRPCError(1, 'Unknown', 'socket hang up')).kind).toBe('transient');
    expect(blueskyFailure(new XRPCError(413, 'PayloadTooLarge', 'big')).kind).toBe('rejected');
  });

  it('maps an unreachable service to transient', async () => {
    const failure = await failureOf(
      blueskyAdapter.publish(
        ctx({ service: 'http://127.0.0.1:1' }),
        input(crypto.randomUUID(), 'x'),
      ),
    );
    expect(failure.kind).toBe('transient');
  });

  it('logs in once for many publishes, and again when the PDS refuses the cached session', async () => {
    // A revoked session: its access token and its refresh token are refused until the next
    // login (refusing only the access token lets the agent refresh by itself, and whether the
    // refreshed token differs from the old one depends on the clock's second).
    let revoked = false;
    const { fetch, calls } = interceptingFetch((method) => {
      if (method === 'com.atproto.server.createSession') revoked = false;
      if (revoked && method === 'com.atproto.repo.createRecord') {
        return Promise.resolve(
          Response.json(
            { error: 'AuthenticationRequired', message: 'Token has been revoked' },
            { status: 401 },
          ),
        );
      }
      if (revoked && method === 'com.atproto.server.refreshSession') {
        return Promise.resolve(
          Response.json(
            { error: 'ExpiredToken', message: 'Token has been revoked' },
            { status: 400 },
          ),
        );
      }
      return Promise.resolve(null);
    });
    for (let i = 0; i < 3; i++) {
      await blueskyAdapter.publish(ctx({}, fetch), input(crypto.randomUUID(), `Cached ${i}`));
    }
    const logins = () => calls.filter((c) => c === 'com.atproto.server.createSession').length;
    expect(logins()).toBe(1);
    revoked = true;
    const id = crypto.randomUUID();
    const published = await blueskyAdapter.publish(ctx({}, fetch), input(id, 'Re-login'));
    expect(logins()).toBe(2);
    expect(published.externalId).toContain(postRecordKey(id));
  });
});

describe('bluesky record keys', () => {
  it('derives a valid, stable TID per delivery, another for its comment, none in the future', () => {
    const ids = Array.from({ length: 2000 }, () => crypto.randomUUID());
    const keys = ids.map(postRecordKey);
    expect(keys.every((k) => TID.test(k))).toBe(true);
    expect(new Set(keys).size).toBe(ids.length);
    expect(ids.map(postRecordKey)).toEqual(keys);
    expect(commentRecordKey(keys[0]!)).not.toBe(keys[0]);
    expect(commentRecordKey(keys[0]!)).toMatch(TID);
    // base32-sortable decodes to microseconds << 10.
    const alphabet = '234567abcdefghijklmnopqrstuvwxyz';
    const micros = (tid: string) =>
      [...tid].reduce((n, c) => n * 32n + BigInt(alphabet.indexOf(c)), 0n) >> 10n;
    const nowMicros = BigInt(Date.now()) * 1000n;
    expect(keys.every((k) => micros(k) < nowMicros)).toBe(true);
    expect(deterministicTid('a')).not.toBe(deterministicTid('b'));
  });
});

describe('loopback listen', () => {
  it.each([
    [[3000], [3000, '127.0.0.1']],
    [
      [3000, '0.0.0.0', 511],
      [3000, '127.0.0.1', 511],
    ],
    [
      [3000, '::1'],
      [3000, '::1'],
    ],
    [[], [0, '127.0.0.1']],
    [
      [undefined, '::'],
      [0, '127.0.0.1'],
    ],
    [[{ port: 0 }], [{ port: 0, host: '127.0.0.1' }]],
    [[{ port: 0, host: '::' }], [{ port: 0, host: '127.0.0.1' }]],
    [[{ path: '/tmp/x.sock' }], [{ path: '/tmp/x.sock' }]],
    [['/tmp/x.sock'], ['/tmp/x.sock']],
  ])('listen(%j) binds as %j', (args, expected) => {
    expect(loopbackListenArgs(args)).toEqual(expected);
  });
});
