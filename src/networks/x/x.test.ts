import { beforeEach, describe, expect, it } from 'vitest';
import { adapterContract, input } from '../../../test/networks/contract-suite.ts';
import {
  loadRecording,
  startReplay,
  takeEscapedRequests,
  useRecordings,
  type Replay,
} from '../../../test/recordings/replay.ts';
import { attemptPublish } from '../attempt.ts';
import { NetworkError, type AdapterContext } from '../contract.ts';
import { createXAdapter, xAdapter } from './index.ts';
import { comparable, postedText } from './timeline.ts';

// The recordings' clock: reconcile's window starts 72 hours earlier (2026-11-17T10:00:00Z).
const NOW = Date.parse('2026-11-20T10:00:00Z');
const adapter = createXAdapter({ now: () => NOW });
const USER_ID = '1590000000000000001';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGPg9+n6DwADOAHlm+eo7QAAAABJRU5ErkJggg==',
  'base64',
);

const recordings = useRecordings('x');
let replay: Replay;

function ctx(credentials: Record<string, string> = {}, fetch = replay.fetch): AdapterContext {
  return {
    credentials: { accessToken: 'x-access-valid', userId: USER_ID, ...credentials },
    handle: 'mooring_demo',
    fetch,
    signal: new AbortController().signal,
  };
}

async function failureOf(promise: Promise<unknown>) {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(NetworkError);
  return (err as NetworkError).failure;
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

describe('x', () => {
  describe('contract, on recorded exchanges', () => {
    // Each contract case replays its own recording, named after the case.
    beforeEach((test) => {
      replay = recordings.play(`contract/${slug(test.task.name)}`);
    });

    const api = async (path: string) => {
      const res = await replay.fetch(`https://api.x.com/2/${path}`, {
        headers: { authorization: 'Bearer x-access-valid' },
      });
      return await res.json();
    };

    adapterContract('x', () => ({
      adapter,
      context: () => ctx(),
      expiredContext: () => ctx({ accessToken: 'x-access-expired' }),
      readBack: async (id) => ((await api(`tweets/${id}`)).data?.text as string) ?? null,
      postCount: async () =>
        (await api(`users/${USER_ID}?user.fields=public_metrics`)).data.public_metrics.tweet_count,
      image: { bytes: PNG, mimeType: 'image/png', width: 1, height: 1 },
      texts: {
        first: 'Mooring contract: first post',
        repeated: 'Mooring contract: repeated post',
        deleted: 'Mooring contract: deleted post',
        withMedia: 'Mooring contract: with an image',
      },
      deliveryIds: {
        first: '00000000-0000-4000-8000-000000000001',
        repeated: '00000000-0000-4000-8000-000000000002',
        deleted: '00000000-0000-4000-8000-000000000003',
        withMedia: '00000000-0000-4000-8000-000000000004',
      },
    }));
  });

  describe('idempotency: reconcile', () => {
    it('finds the post of an attempt whose worker died, and does not post again', async () => {
      replay = recordings.play('reconcile-after-crash');
      const delivery = input(
        '00000000-0000-4000-8000-000000000201',
        'Brot & Butter: unser Rezept <3',
        {
          link: 'https://example.com/rezept',
        },
      );
      const first = await attemptPublish(adapter, ctx(), delivery);
      // The worker died here; the lease ran out; another worker tries again.
      const again = await attemptPublish(adapter, ctx(), { ...delivery, previousAttempts: 1 });
      expect(again).toEqual(first);
      expect(again).toEqual({
        externalId: '1991000000000000201',
        url: 'https://x.com/mooring_demo/status/1991000000000000201',
      });
      // The recording ends after the timeline read: a second POST would have been unrecorded.
      expect(replay.received.filter((r) => r.method === 'POST')).toHaveLength(1);
    });

    it('posts when the earlier attempt never reached X (asking for the user id first)', async () => {
      replay = recordings.play('reconcile-finds-nothing');
      const { userId: _userId, ...noUserId } = ctx().credentials;
      const published = await attemptPublish(
        adapter,
        { ...ctx(), credentials: noUserId },
        input('d-211', 'Mooring: nach dem Absturz', { previousAttempts: 2 }),
      );
      expect(published.externalId).toBe('1991000000000000211');
    });

    it('reads further pages of the timeline', async () => {
      replay = recordings.play('reconcile-second-page');
      const found = await adapter.reconcile!(ctx(), input('d-220', 'Mooring: auf Seite zwei'));
      expect(found?.externalId).toBe('1991000000000000220');
    });

    it('completes a first comment the earlier attempt did not post', async () => {
      replay = recordings.play('reconcile-completes-comment');
      const found = await adapter.reconcile!(
        ctx(),
        input('d-311', 'Mooring: neues Rezept', { firstComment: 'Das Rezept steht im Blog.' }),
      );
      expect(found?.externalId).toBe('1991000000000000311');
    });

    it('does not post a first comment that is already there', async () => {
      replay = recordings.play('reconcile-comment-present');
      const found = await adapter.reconcile!(
        ctx(),
        input('d-321', 'Mooring: neues Rezept', { firstComment: 'Das Rezept steht im Blog.' }),
      );
      expect(found?.externalId).toBe('1991000000000000321');
    });

    it('takes X refusing a duplicate as "already posted" and returns that post', async () => {
      replay = recordings.play('duplicate-found');
      const published = await adapter.publish(ctx(), input('d-401', 'Mooring: schon gepostet'));
      expect(published.externalId).toBe('1991000000000000401');
    });

    it('rejects a duplicate whose original lies outside the look-back window', async () => {
      replay = recordings.play('duplicate-outside-window');
      const failure = await failureOf(
        adapter.publish(ctx(), input('d-402', 'Mooring: vor langer Zeit gepostet')),
      );
      expect(failure).toMatchObject({
        kind: 'rejected',
        reason: expect.stringMatching(/duplicate/),
      });
    });

    it('compares texts as X gives them back', () => {
      const tweet = {
        id: '1',
        edit_history_tweet_ids: ['1'],
        text: 'Kurz… https://t.co/short',
        note_tweet: {
          text: 'Tom &amp; Jerry &gt; alle https://t.co/aaa https://t.co/img',
          entities: {
            urls: [
              {
                start: 0,
                end: 0,
                url: 'https://t.co/aaa',
                expanded_url: 'http://example.com/',
                display_url: 'example.com',
                unwound_url: '',
              },
              {
                start: 0,
                end: 0,
                url: 'https://t.co/img',
                expanded_url: 'https://x.com/i/photo',
                display_url: 'pic.x.com/img',
                unwound_url: '',
                media_key: '3_1',
              },
            ],
          },
        },
      };
      expect(postedText(tweet)).toBe('Tom & Jerry > alle http://example.com/ ');
      expect(comparable(postedText(tweet))).toBe(comparable('Tom & Jerry > alle example.com'));
      expect(comparable('Tom & Jerry')).not.toBe(comparable('Tom &amp; Jerry'));
      expect(comparable('Cafe\u0301  und\nmehr ')).toBe(comparable('Café und mehr'));
    });
  });

  describe('first comment', () => {
    it('posts the first comment as a reply of the account', async () => {
      replay = recordings.play('first-comment');
      const published = await adapter.publish(
        ctx(),
        input('d-301', 'Mooring: neues Rezept', { firstComment: 'Das Rezept steht im Blog.' }),
      );
      expect(published.externalId).toBe('1991000000000000301');
      expect(published.firstCommentRefused).toBeUndefined();
    });

    it('keeps the post when X refuses the comment for good, and says why', async () => {
      replay = recordings.play('first-comment-refused');
      const published = await adapter.publish(
        ctx(),
        input('d-331', 'Mooring: Kommentare zu', { firstComment: 'Das Rezept steht im Blog.' }),
      );
      expect(published).toMatchObject({
        externalId: '1991000000000000331',
        firstCommentRefused: expect.stringContaining('not permitted to reply'),
      });
    });
  });

  describe('failures', () => {
    it('maps 429 to rate_limited until x-rate-limit-reset, or the later daily reset', async () => {
      replay = recordings.play('rate-limited');
      expect(await failureOf(adapter.publish(ctx(), input('d-1', 'Mooring: zu schnell')))).toEqual({
        kind: 'rate_limited',
        retryAfterMs: 15 * 60 * 1000,
        message: expect.stringContaining('429'),
      });
      expect(
        await failureOf(adapter.publish(ctx(), input('d-2', 'Mooring: zu viel heute'))),
      ).toMatchObject({ kind: 'rate_limited', retryAfterMs: 5 * 60 * 60 * 1000 });
    });

    it('maps 5xx to transient', async () => {
      replay = recordings.play('server-error');
      const failure = await failureOf(adapter.publish(ctx(), input('d-3', 'Mooring: Server weg')));
      expect(failure.kind).toBe('transient');
    });

    it("rejects a text X refuses, with X's reason", async () => {
      replay = recordings.play('rejected-too-long');
      const failure = await failureOf(
        adapter.publish(ctx(), input('d-4', 'Mooring: ' + 'zu lang '.repeat(35))),
      );
      expect(failure).toMatchObject({
        kind: 'rejected',
        reason: expect.stringMatching(/too long/),
      });
    });

    it('maps 401 to auth_expired; refreshAuth trades the refresh token for new ones', async () => {
      replay = recordings.play('auth-refresh');
      const expired = ctx({
        accessToken: 'x-access-old',
        refreshToken: 'x-refresh-1',
        clientId: 'x-client-id',
        clientSecret: 'x-client-secret',
      });
      const delivery = input('d-501', 'Mooring: nach der Auffrischung');
      expect((await failureOf(adapter.publish(expired, delivery))).kind).toBe('auth_expired');
      const fresh = await adapter.refreshAuth!(expired);
      expect(fresh).toEqual({
        accessToken: 'x-access-fresh',
        refreshToken: 'x-refresh-2',
        clientId: 'x-client-id',
        clientSecret: 'x-client-secret',
        userId: USER_ID,
      });
      const published = await adapter.publish({ ...expired, credentials: fresh }, delivery);
      expect(published.externalId).toBe('1991000000000000501');
    });

    it('maps a refused refresh token to auth_expired (reconnect)', async () => {
      replay = recordings.play('auth-refresh-refused');
      const failure = await failureOf(
        adapter.refreshAuth!(ctx({ refreshToken: 'x-refresh-used', clientId: 'x-client-id' })),
      );
      expect(failure).toMatchObject({
        kind: 'auth_expired',
        message: expect.stringMatching(/token/),
      });
    });

    it('cannot refresh without a refresh token or with OAuth 1.0a (no request made)', async () => {
      replay = recordings.play('none');
      expect((await failureOf(adapter.refreshAuth!(ctx()))).kind).toBe('auth_expired');
      const oauth1 = ctx({
        appKey: 'k',
        appSecret: 's',
        accessSecret: 'a',
        refreshToken: 'r',
        clientId: 'c',
      });
      expect((await failureOf(adapter.refreshAuth!(oauth1))).kind).toBe('auth_expired');
    });
  });

  describe('connect', () => {
    it('reads a Premium account as 25,000 characters and keeps its user id', async () => {
      replay = recordings.play('connect-premium');
      const { userId: _userId, ...credentials } = ctx().credentials;
      const connection = await adapter.connect({ ...ctx(), credentials });
      expect(connection).toEqual({
        handle: 'mooring_demo',
        displayName: 'Mooring Demo',
        maxChars: 25_000,
        credentials: { ...credentials, userId: USER_ID },
      });
    });

    it('signs requests with OAuth 1.0a when given app and user keys', async () => {
      replay = recordings.play('oauth1');
      await adapter.connect(
        ctx({
          appKey: 'app-key',
          appSecret: 'app-secret',
          accessToken: 'user-token',
          accessSecret: 'user-secret',
        }),
      );
      const auth = replay.received[0]!.headers.authorization!;
      expect(auth).toMatch(/^OAuth /);
      expect(auth).toContain('oauth_consumer_key="app-key"');
      expect(auth).toContain('oauth_token="user-token"');
      expect(auth).toContain('oauth_signature=');
    });
  });

  describe('validate', () => {
    const image = (mimeType: string, extra = {}) => ({
      id: 'm',
      mimeType,
      bytes: new Uint8Array(8),
      width: 1,
      height: 1,
      alt: null,
      ...extra,
    });

    it('needs text or media', () => {
      expect(adapter.validate(input('d', '  ')).map((i) => i.code)).toEqual(['empty']);
      expect(adapter.validate(input('d', '', { link: 'https://example.com' }))).toEqual([]);
      expect(adapter.validate(input('d', '', { media: [image('image/png')] }))).toEqual([]);
    });

    it('sends a GIF only alone', () => {
      const issues = adapter.validate(
        input('d', 'x', { media: [image('image/gif'), image('image/png')] }),
      );
      expect(issues).toEqual([expect.objectContaining({ path: 'media', code: 'gif_alone' })]);
    });

    it('limits alt text to 1000 characters', () => {
      const issues = adapter.validate(
        input('d', 'x', { media: [image('image/png', { alt: 'a'.repeat(1001) })] }),
      );
      expect(issues).toEqual([
        expect.objectContaining({ path: 'media.0.alt', code: 'alt_too_long' }),
      ]);
      expect(
        adapter.validate(
          input('d', 'x', { media: [image('image/png', { alt: 'a'.repeat(1000) })] }),
        ),
      ).toEqual([]);
    });

    it('is the exported adapter', () => {
      expect(xAdapter.network).toBe('x');
      expect(xAdapter.idempotency).toBe('reconcile');
    });
  });

  describe('the replay', () => {
    it('fails a request that is not the next recorded one, and an exchange never used', async () => {
      const unrecorded = startReplay(loadRecording('x', 'unrecorded'));
      const failure = await failureOf(
        adapter.delete(ctx({}, unrecorded.fetch), '1991000000000000999'),
      );
      expect(failure.kind).toBe('transient');
      expect(() => unrecorded.assertDone()).toThrow(
        /unrecorded request DELETE https:\/\/api\.x\.com\/2\/tweets\/1991000000000000999[\s\S]*exchange 1 never used/,
      );
    });

    it('fails a recorded request whose body differs', async () => {
      const replayed = startReplay(loadRecording('x', 'first-comment'));
      await expect(
        adapter.publish(ctx({}, replayed.fetch), input('d', 'Mooring: anderes Rezept')),
      ).rejects.toBeInstanceOf(NetworkError);
      expect(replayed.takeProblems()).toEqual([
        expect.stringMatching(/JSON body .*anderes Rezept/),
      ]);
    });

    it('stops a request that goes around the replay', async () => {
      replay = recordings.play('none');
      await expect(globalThis.fetch('https://api.x.com/2/users/me')).rejects.toThrow();
      expect(takeEscapedRequests()).toEqual([expect.stringContaining('api.x.com')]);
    });
  });
});
