import crypto from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMastodonFake, type MastodonFake } from '../../../test/fakes/mastodon-server.ts';
import { adapterContract, input } from '../../../test/networks/contract-suite.ts';
import { attemptPublish } from '../attempt.ts';
import { NetworkError, type AdapterContext, type MediaInput } from '../contract.ts';
import { createMastodonAdapter, mastodonAdapter, statusText } from './index.ts';

let fake: MastodonFake;
beforeAll(async () => {
  fake = await startMastodonFake({ maxCharacters: 500 });
});
afterAll(() => fake.close());
afterEach(() => {
  // Knobs back to normal after each case; no case may reach an endpoint the fake does not serve.
  fake.clock = () => Date.now();
  fake.processingPolls = 0;
  fake.maxCharacters = 500;
  fake.setRateLimit({ limit: 300, remaining: 300, resetInSeconds: 300 });
  expect(fake.unhandled).toEqual([]);
});

const ctx = (
  credentials: Record<string, string> = { instance: fake.url, accessToken: fake.token },
  signal = new AbortController().signal,
  fetch: typeof globalThis.fetch = globalThis.fetch,
): AdapterContext => ({ credentials, handle: '@news@social.example', fetch, signal });

/** An adapter that polls without waiting, so the cases run fast. */
const quick = createMastodonAdapter({
  processing: { pollIntervalMs: 1, maxPollIntervalMs: 1, maxPolls: 10 },
});

const png: MediaInput = {
  id: 'img',
  mimeType: 'image/png',
  bytes: new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
  width: 1,
  height: 1,
  alt: 'A loaf of rye bread on a wooden board',
};

async function failureOf(promise: Promise<unknown>) {
  const err = await promise.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(NetworkError);
  return (err as NetworkError).failure;
}

/** The status's text as a reader sees it: Mastodon's HTML content back to plain text. */
function plain(content: string): string {
  return content
    .replace(/<\/p><p>/g, '\n\n')
    .replace(/<br \/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
}

const postsOf = (accountId: string) =>
  [...fake.statuses.values()].filter((s) => s.accountId === accountId);

describe('mastodon', () => {
  adapterContract('mastodon', () => ({
    adapter: mastodonAdapter,
    context: () => ctx(),
    expiredContext: () => ctx({ instance: fake.url, accessToken: 'revoked-token' }),
    readBack: async (id) => {
      const res = await fetch(`${fake.url}/api/v1/statuses/${id}`);
      if (res.status === 404) return null;
      return plain(((await res.json()) as { content: string }).content);
    },
    postCount: async () => {
      const res = await fetch(`${fake.url}/api/v1/accounts/verify_credentials`, {
        headers: { authorization: `Bearer ${fake.token}` },
      });
      return ((await res.json()) as { statuses_count: number }).statuses_count;
    },
    image: { bytes: png.bytes, mimeType: png.mimeType, width: 1, height: 1 },
  }));

  describe('connect', () => {
    it("reads the account as @user@domain and the instance's limits (1000 characters)", async () => {
      fake.maxCharacters = 1000;
      const connection = await mastodonAdapter.connect(ctx());
      expect(connection).toEqual({
        // The instance's own domain, not the host serving the API (127.0.0.1 here).
        handle: '@news@social.example',
        displayName: 'Bakery News',
        maxChars: 1000,
        mediaLimits: {
          maxMedia: 4,
          mediaTypes: [
            'image/jpeg',
            'image/png',
            'image/webp',
            'image/gif',
            'video/mp4',
            'video/quicktime',
          ],
          maxMediaBytes: 99 * 1024 * 1024,
        },
      });
    });

    it('refuses a revoked token as auth_expired', async () => {
      const failure = await failureOf(
        mastodonAdapter.connect(ctx({ instance: fake.url, accessToken: 'revoked' })),
      );
      expect(failure.kind).toBe('auth_expired');
    });

    it.each([
      ['no instance', { accessToken: 't' }],
      ['no token', { instance: 'https://social.example' }],
      ['plain http beyond loopback', { instance: 'http://social.example', accessToken: 't' }],
      ['not a URL', { instance: 'social example', accessToken: 't' }],
    ])('refuses credentials with %s before sending anything', async (_, credentials) => {
      const before = fake.requests.length;
      const failure = await failureOf(mastodonAdapter.connect(ctx(credentials)));
      expect(failure.kind).toBe('auth_expired');
      expect(fake.requests.length).toBe(before);
    });
  });

  describe('publish', () => {
    it('uploads media, polls while Mastodon processes it, then posts with its id and alt text', async () => {
      fake.processingPolls = 3;
      const from = fake.requests.length;
      const published = await quick.publish(
        ctx(),
        input(crypto.randomUUID(), 'Fresh rye today', { media: [png] }),
      );

      const status = fake.statuses.get(published.externalId)!;
      expect(status.mediaIds).toHaveLength(1);
      const item = fake.media.get(status.mediaIds[0]!)!;
      expect(item.description).toBe(png.alt);
      expect(item.mimeType).toBe('image/png');
      expect(Buffer.from(item.bytes)).toEqual(Buffer.from(png.bytes));
      expect(
        fake.requests
          .slice(from)
          .map((r) => `${r.method} ${r.path.replace(/\d{6,}/, ':id')} ${r.status}`),
      ).toEqual([
        'POST /api/v2/media 202',
        'GET /api/v1/media/:id 206',
        'GET /api/v1/media/:id 206',
        'GET /api/v1/media/:id 206',
        'GET /api/v1/media/:id 200',
        'POST /api/v1/statuses 200',
      ]);
    });

    it('gives up as transient when media is still processing after the last poll; posts nothing', async () => {
      fake.processingPolls = 50;
      const before = fake.statuses.size;
      const failure = await failureOf(
        quick.publish(ctx(), input(crypto.randomUUID(), 'x', { media: [png] })),
      );
      expect(failure.kind).toBe('transient');
      expect(fake.statuses.size).toBe(before);
    });

    it('stops waiting for media processing when the worker aborts', async () => {
      fake.processingPolls = 1;
      // Polls an hour apart: only the abort can end this case within the test timeout.
      const patient = createMastodonAdapter({
        processing: { pollIntervalMs: 3_600_000, maxPollIntervalMs: 3_600_000, maxPolls: 2 },
      });
      const controller = new AbortController();
      const fetchThenAbort: typeof fetch = async (url, init) => {
        const res = await fetch(url, init);
        if (res.url.endsWith('/api/v2/media')) controller.abort();
        return res;
      };
      const before = fake.statuses.size;
      const failure = await failureOf(
        patient.publish(
          ctx(undefined, controller.signal, fetchThenAbort),
          input(crypto.randomUUID(), 'x', { media: [png] }),
        ),
      );
      expect(failure.kind).toBe('transient');
      expect(fake.statuses.size).toBe(before);
    });

    it('sends Idempotency-Key: <deliveryId>; a repeat returns the first status and creates nothing', async () => {
      const deliveryId = crypto.randomUUID();
      const first = await mastodonAdapter.publish(ctx(), input(deliveryId, 'Opening hours'));
      const count = fake.statuses.size;
      // Even with another text: Mastodon answers the key, not the content.
      const again = await mastodonAdapter.publish(
        ctx(),
        input(deliveryId, 'Opening hours, edited', { previousAttempts: 1 }),
      );
      expect(again).toEqual(first);
      expect(first.url).toBe(`https://social.example/@news/${first.externalId}`);
      expect(fake.statuses.size).toBe(count);
      expect(fake.statuses.get(first.externalId)!.text).toBe('Opening hours');
      const posts = fake.requests.filter(
        (r) => r.method === 'POST' && r.path === '/api/v1/statuses',
      );
      expect(posts.slice(-2).map((r) => r.idempotencyKey)).toEqual([deliveryId, deliveryId]);
    });

    it('keeps idempotency keys per account, as Mastodon does', async () => {
      const other = fake.addAccount('market');
      const deliveryId = crypto.randomUUID();
      await mastodonAdapter.publish(ctx(), input(deliveryId, 'Same key'));
      await mastodonAdapter.publish(
        ctx({ instance: fake.url, accessToken: other.token }),
        input(deliveryId, 'Same key'),
      );
      expect(postsOf(other.id)).toHaveLength(1);
    });

    it('posts the first comment once, as a reply with its own key, even when an attempt fails after the status', async () => {
      const deliveryId = crypto.randomUUID();
      const comment = 'Order ahead: bakery.example/order';
      fake.failNext(1, 503, { when: ({ params }) => params.get('in_reply_to_id') !== null });
      const failure = await failureOf(
        mastodonAdapter.publish(
          ctx(),
          input(deliveryId, 'Pretzels are back', { firstComment: comment }),
        ),
      );
      expect(failure.kind).toBe('transient');

      const published = await attemptPublish(
        mastodonAdapter,
        ctx(),
        input(deliveryId, 'Pretzels are back', { firstComment: comment, previousAttempts: 1 }),
      );
      await mastodonAdapter.publish(
        ctx(),
        input(deliveryId, 'Pretzels are back', { firstComment: comment, previousAttempts: 2 }),
      );
      const mains = postsOf(fake.account.id).filter((s) => s.text === 'Pretzels are back');
      const replies = postsOf(fake.account.id).filter(
        (s) => s.inReplyToId === published.externalId,
      );
      expect(mains.map((s) => s.id)).toEqual([published.externalId]);
      expect(replies.map((s) => s.text)).toEqual([comment]);
      // As a reader of the account sees it: the status, and one reply to it.
      const res = await fetch(`${fake.url}/api/v1/accounts/${fake.account.id}/statuses?limit=40`);
      const listed = (await res.json()) as { id: string; in_reply_to_id: string | null }[];
      expect(listed.filter((s) => s.id === published.externalId)).toHaveLength(1);
      expect(listed.filter((s) => s.in_reply_to_id === published.externalId)).toHaveLength(1);
      const keys = fake.requests.filter((r) => r.path === '/api/v1/statuses' && r.status === 200);
      expect(keys.slice(-4).map((r) => r.idempotencyKey)).toEqual([
        deliveryId,
        `${deliveryId}:comment`,
        deliveryId,
        `${deliveryId}:comment`,
      ]);
    });

    it('keeps the status published when Mastodon refuses the first comment for good', async () => {
      fake.maxCharacters = 100;
      const deliveryId = crypto.randomUUID();
      const published = await mastodonAdapter.publish(
        ctx(),
        input(deliveryId, 'Short post', { firstComment: 'c'.repeat(101) }),
      );
      expect(published.url).toMatch(/^https:\/\/social\.example\/@news\/\d+$/);
      expect(published.firstCommentRefused).toContain('character limit of 100 exceeded');
      expect(fake.statuses.get(published.externalId)?.text).toBe('Short post');
      // A repeat (say the result was never recorded) is the same status and the same refusal.
      const again = await mastodonAdapter.publish(
        ctx(),
        input(deliveryId, 'Short post', { firstComment: 'c'.repeat(101), previousAttempts: 1 }),
      );
      expect(again).toEqual(published);
    });

    it('appends the link unless the text already carries it', async () => {
      const link = 'https://bakery.example/rye';
      const a = await mastodonAdapter.publish(
        ctx(),
        input(crypto.randomUUID(), 'Rye day', { link }),
      );
      const b = await mastodonAdapter.publish(
        ctx(),
        input(crypto.randomUUID(), `Rye day: ${link}`, { link }),
      );
      expect(fake.statuses.get(a.externalId)!.text).toBe(`Rye day\n\n${link}`);
      expect(fake.statuses.get(b.externalId)!.text).toBe(`Rye day: ${link}`);
      expect(statusText({ text: '  ', link })).toBe(link);
    });
  });

  describe('failures', () => {
    it('429 with X-RateLimit-Reset: rate_limited for exactly the wait to the reset, on the server clock', async () => {
      // The server's clock is years off ours: the wait must come from its Date header, not ours.
      const serverTime = Date.UTC(2031, 0, 1, 12, 0, 0);
      fake.clock = () => serverTime;
      fake.setRateLimit({ remaining: 0, resetInSeconds: 42 });
      const before = fake.statuses.size;
      const failure = await failureOf(
        mastodonAdapter.publish(ctx(), input(crypto.randomUUID(), 'x')),
      );
      expect(failure).toMatchObject({ kind: 'rate_limited', retryAfterMs: 42_000 });
      expect(fake.statuses.size).toBe(before);
      expect(fake.requests.at(-1)!.status).toBe(429);
    });

    it('429 with Retry-After (a proxy in front): that wait wins', async () => {
      fake.failNext(1, 429, { headers: { 'retry-after': '7' } });
      const failure = await failureOf(
        mastodonAdapter.publish(ctx(), input(crypto.randomUUID(), 'x')),
      );
      expect(failure).toMatchObject({ kind: 'rate_limited', retryAfterMs: 7000 });
    });

    it('spends the budget request by request and refuses once it is gone', async () => {
      fake.setRateLimit({ remaining: 2, resetInSeconds: 60 });
      await mastodonAdapter.publish(ctx(), input(crypto.randomUUID(), 'one'));
      await mastodonAdapter.publish(ctx(), input(crypto.randomUUID(), 'two'));
      const failure = await failureOf(
        mastodonAdapter.publish(ctx(), input(crypto.randomUUID(), 'three')),
      );
      expect(failure.kind).toBe('rate_limited');
    });

    it("422: rejected with Mastodon's error text", async () => {
      fake.failNext(1, 422, { body: { error: 'Validation failed: Text is a duplicate' } });
      const failure = await failureOf(
        mastodonAdapter.publish(ctx(), input(crypto.randomUUID(), 'x')),
      );
      expect(failure).toEqual({
        kind: 'rejected',
        reason: 'Validation failed: Text is a duplicate',
      });
    });

    it.each([503, 502, 500])('%i: transient', async (status) => {
      fake.failNext(1, status, { body: '<html>Bad Gateway</html>' });
      const failure = await failureOf(
        mastodonAdapter.publish(ctx(), input(crypto.randomUUID(), 'x')),
      );
      expect(failure.kind).toBe('transient');
    });

    it('403 (token without the write scope): auth_expired', async () => {
      fake.failNext(1, 403, { body: { error: 'This action is outside the authorized scopes' } });
      const failure = await failureOf(
        mastodonAdapter.publish(ctx(), input(crypto.randomUUID(), 'x')),
      );
      expect(failure.kind).toBe('auth_expired');
    });

    it('a refused connection: transient', async () => {
      const failure = await failureOf(
        mastodonAdapter.publish(
          ctx({ instance: 'http://127.0.0.1:1', accessToken: 't' }),
          input('d', 'x'),
        ),
      );
      expect(failure.kind).toBe('transient');
    });

    it('a 200 that is no Mastodon answer: transient (the key makes the retry safe)', async () => {
      fake.failNext(1, 200, { body: '<html>maintenance</html>' });
      const failure = await failureOf(
        mastodonAdapter.publish(ctx(), input(crypto.randomUUID(), 'x')),
      );
      expect(failure.kind).toBe('transient');
    });
  });

  describe('the instance limit, counted as Mastodon counts', () => {
    it('refuses a status over the limit', async () => {
      const before = fake.statuses.size;
      const failure = await failureOf(
        mastodonAdapter.publish(ctx(), input(crypto.randomUUID(), 'a'.repeat(501))),
      );
      expect(failure).toEqual({
        kind: 'rejected',
        reason: 'Validation failed: Text character limit of 500 exceeded',
      });
      expect(fake.statuses.size).toBe(before);
    });

    it('takes a status whose URL counts 23 however long it is, and exactly the limit', async () => {
      // A real top-level domain: twitter-text (and so Mastodon) links none other.
      const longUrl = `https://baeckerei-example.de/${'p'.repeat(200)}`;
      const text = `${'a'.repeat(476)} ${longUrl}`; // 476 + 1 + 23 = 500
      const atLimit = await mastodonAdapter.publish(ctx(), input(crypto.randomUUID(), text));
      expect(fake.statuses.get(atLimit.externalId)!.text).toBe(text);
      const failure = await failureOf(
        mastodonAdapter.publish(ctx(), input(crypto.randomUUID(), `a${text}`)),
      );
      expect(failure.kind).toBe('rejected');
    });

    it('uses the instance limit: 1000 characters pass on an instance that allows them', async () => {
      fake.maxCharacters = 1000;
      const published = await mastodonAdapter.publish(
        ctx(),
        input(crypto.randomUUID(), 'b'.repeat(1000)),
      );
      expect(fake.statuses.get(published.externalId)!.text).toHaveLength(1000);
    });
  });

  describe('delete', () => {
    it("treats another account's status as gone (404) and leaves it", async () => {
      const other = fake.addAccount('neighbour');
      const theirs = await mastodonAdapter.publish(
        ctx({ instance: fake.url, accessToken: other.token }),
        input(crypto.randomUUID(), 'Not yours'),
      );
      await expect(mastodonAdapter.delete(ctx(), theirs.externalId)).resolves.toBeUndefined();
      expect(fake.statuses.has(theirs.externalId)).toBe(true);
    });

    it('reports a failing delete (503) as transient', async () => {
      const published = await mastodonAdapter.publish(
        ctx(),
        input(crypto.randomUUID(), 'to delete'),
      );
      fake.failNext(1, 503);
      const failure = await failureOf(mastodonAdapter.delete(ctx(), published.externalId));
      expect(failure.kind).toBe('transient');
      expect(fake.statuses.has(published.externalId)).toBe(true);
    });
  });

  describe('validate', () => {
    const media = (over: Partial<MediaInput>): MediaInput => ({ ...png, ...over });

    it.each([
      ['a video beside an image', [media({ mimeType: 'video/mp4' }), png], 'media', 'media_mix'],
      [
        'an image over 16 MB',
        [media({ bytes: new Uint8Array(16 * 1024 * 1024 + 1) })],
        'media.0',
        'media_too_large',
      ],
      [
        'alt text over 1500 characters',
        [media({ alt: 'ä'.repeat(1501) })],
        'media.0.alt',
        'alt_too_long',
      ],
      [
        'a type Mooring does not send',
        [media({ mimeType: 'image/tiff' })],
        'media.0',
        'media_type',
      ],
    ])('refuses %s', (_, files, path, code) => {
      expect(mastodonAdapter.validate(input('x', 'text', { media: files }))).toEqual([
        expect.objectContaining({ path, code }),
      ]);
    });

    it('takes alt text of exactly 1500 characters, four images, and media without text', () => {
      const four = Array.from({ length: 4 }, () => media({ alt: 'ä'.repeat(1500) }));
      expect(mastodonAdapter.validate(input('x', '', { media: four }))).toEqual([]);
    });

    it('refuses a post without text, link or media', () => {
      expect(mastodonAdapter.validate(input('x', '  '))).toEqual([
        expect.objectContaining({ path: 'text', code: 'empty_text' }),
      ]);
      expect(mastodonAdapter.validate(input('x', '', { link: 'https://bakery.example' }))).toEqual(
        [],
      );
    });
  });
});
