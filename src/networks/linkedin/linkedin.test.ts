import { beforeEach, describe, expect, it } from 'vitest';
import { adapterContract, input } from '../../../test/networks/contract-suite.ts';
import {
  loadRecording,
  startReplay,
  takeEscapedRequests,
  useRecordings,
  type Replay,
} from '../../../test/recordings/replay.ts';
import { escapeLinkedInText } from '../../core/text/linkedin.ts';
import { attemptPublish } from '../attempt.ts';
import { NetworkError, type AdapterContext } from '../contract.ts';
import { createLinkedInAdapter, linkedinAdapter } from './index.ts';
import { comparable, unescapeLinkedInText } from './posts.ts';

// The recordings' clock: reconcile's window starts 72 hours earlier.
const NOW = Date.parse('2026-11-20T10:00:00Z');
const adapter = createLinkedInAdapter({ now: () => NOW });
const ORG = 'urn:li:organization:90000001';
const PERSON = 'urn:li:person:AbC123xyZ';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGPg9+n6DwADOAHlm+eo7QAAAABJRU5ErkJggg==',
  'base64',
);

const recordings = useRecordings('linkedin');
let replay: Replay;

function ctx(credentials: Record<string, string> = {}, fetch = replay.fetch): AdapterContext {
  return {
    credentials: { accessToken: 'li-access-valid', author: ORG, ...credentials },
    handle: 'mooring-baeckerei',
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

const sentCommentary = (r: Replay) =>
  (r.received.find((q) => q.method === 'POST' && q.url.endsWith('/rest/posts'))!.json() as any)
    .commentary as string;

describe('linkedin', () => {
  describe('contract, on recorded exchanges', () => {
    // Each contract case replays its own recording, named after the case.
    beforeEach((test) => {
      replay = recordings.play(`contract/${slug(test.task.name)}`);
    });

    const rest = async (path: string, headers: Record<string, string> = {}) => {
      const res = await replay.fetch(`https://api.linkedin.com/rest/${path}`, {
        headers: {
          authorization: 'Bearer li-access-valid',
          'linkedin-version': '202610',
          'x-restli-protocol-version': '2.0.0',
          ...headers,
        },
      });
      return res.ok ? await res.json() : null;
    };

    adapterContract('linkedin', () => ({
      adapter,
      context: () => ctx(),
      expiredContext: () => ctx({ accessToken: 'li-access-expired' }),
      readBack: async (urn) => {
        const post = await rest(`posts/${encodeURIComponent(urn)}`);
        return post ? unescapeLinkedInText(post.commentary as string) : null;
      },
      postCount: async () =>
        (
          await rest(`posts?author=${encodeURIComponent(ORG)}&q=author&count=100`, {
            'x-restli-method': 'FINDER',
          })
        ).elements.length,
      image: { bytes: PNG, mimeType: 'image/png', width: 1, height: 1 },
      texts: {
        first: 'Mooring contract: first post',
        repeated: 'Mooring contract: repeated post',
        deleted: 'Mooring contract: deleted post',
        withMedia: 'Mooring contract: with an image',
      },
      deliveryIds: {
        first: '00000000-0000-4000-8000-000000000011',
        repeated: '00000000-0000-4000-8000-000000000012',
        deleted: '00000000-0000-4000-8000-000000000013',
        withMedia: '00000000-0000-4000-8000-000000000014',
      },
    }));
  });

  describe('commentary', () => {
    it('sends every reserved character of the little text format escaped', async () => {
      replay = recordings.play('commentary-escaping');
      const text = 'Alle Sonderzeichen: | { } @ [ ] ( ) < > # \\ * _ ~ und Umlaute äöü';
      await adapter.publish(ctx(), input('d-210', text));
      expect(sentCommentary(replay)).toBe(
        'Alle Sonderzeichen: \\| \\{ \\} \\@ \\[ \\] \\( \\) \\< \\> \\# \\\\ \\* \\_ \\~ und Umlaute äöü',
      );
      expect(sentCommentary(replay)).toBe(escapeLinkedInText(text));
      expect(unescapeLinkedInText(sentCommentary(replay))).toBe(text);
    });

    it('compares escaped and plain commentary as the same text', () => {
      expect(comparable('Ofen \\(heute\\): \\#Brot')).toBe(comparable('Ofen (heute): #Brot'));
      expect(comparable('Ofen (heute)')).not.toBe(comparable('Ofen (gestern)'));
    });
  });

  describe('idempotency: reconcile', () => {
    it('finds the post of an attempt whose worker died, and does not post again', async () => {
      replay = recordings.play('reconcile-after-crash');
      const delivery = input('d-201', 'Frisch aus dem Ofen (heute): #Brot & mehr');
      const first = await attemptPublish(adapter, ctx(), delivery);
      const again = await attemptPublish(adapter, ctx(), { ...delivery, previousAttempts: 1 });
      // Not the older post with the same text: it lies before the 72-hour window.
      expect(again).toEqual(first);
      expect(again).toEqual({
        externalId: 'urn:li:share:7400000000000000201',
        url: 'https://www.linkedin.com/feed/update/urn:li:share:7400000000000000201/',
      });
      expect(replay.received.filter((r) => r.method === 'POST')).toHaveLength(1);
    });

    it('completes a first comment the earlier attempt did not post', async () => {
      replay = recordings.play('reconcile-completes-comment');
      const found = await adapter.reconcile!(
        ctx(),
        input('d-311', 'Mooring: neues Rezept', {
          firstComment: 'Das Rezept (mit Foto) steht im Blog.',
        }),
      );
      expect(found?.externalId).toBe('urn:li:share:7400000000000000311');
    });

    it('for a member it cannot read, takes LinkedIn refusing the duplicate as the post', async () => {
      replay = recordings.play('member-reconcile-by-duplicate');
      const published = await attemptPublish(
        adapter,
        ctx({ author: PERSON }),
        input('d-401', 'Mooring: als Mitglied gepostet', { previousAttempts: 1 }),
      );
      expect(published.externalId).toBe('urn:li:share:7400000000000000401');
    });

    it('rejects a duplicate of a post that was deleted', async () => {
      replay = recordings.play('duplicate-of-deleted');
      const failure = await failureOf(
        adapter.publish(ctx(), input('d-402', 'Mooring: gelöscht und neu')),
      );
      expect(failure).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/deleted/) });
    });
  });

  describe('first comment', () => {
    it('comments as the author under the new post, unescaped', async () => {
      replay = recordings.play('first-comment');
      const published = await adapter.publish(
        ctx(),
        input('d-301', 'Mooring: neues Rezept', {
          firstComment: 'Das Rezept (mit Foto) steht im Blog.',
        }),
      );
      expect(published.externalId).toBe('urn:li:share:7400000000000000301');
      expect(published.firstCommentRefused).toBeUndefined();
    });

    it('keeps the post when LinkedIn refuses the comment for good, and says why', async () => {
      replay = recordings.play('first-comment-refused');
      const published = await adapter.publish(
        ctx(),
        input('d-331', 'Mooring: Kommentare zu', { firstComment: 'Das Rezept steht im Blog.' }),
      );
      expect(published).toMatchObject({
        externalId: 'urn:li:share:7400000000000000331',
        firstCommentRefused: expect.stringContaining('Not enough permissions'),
      });
    });
  });

  describe('failures', () => {
    it('maps 429 to rate_limited for Retry-After, else the contract default', async () => {
      replay = recordings.play('rate-limited');
      expect(await failureOf(adapter.publish(ctx(), input('d-1', 'Mooring: zu schnell')))).toEqual({
        kind: 'rate_limited',
        retryAfterMs: 120_000,
        message: expect.stringContaining('APPLICATION DAY limit'),
      });
      expect(
        await failureOf(adapter.publish(ctx(), input('d-2', 'Mooring: zu viel heute'))),
      ).toMatchObject({ kind: 'rate_limited', retryAfterMs: 60_000 });
    });

    it('maps 5xx to transient', async () => {
      replay = recordings.play('server-error');
      const failure = await failureOf(adapter.publish(ctx(), input('d-3', 'Mooring: Server weg')));
      expect(failure.kind).toBe('transient');
    });

    it("rejects a commentary LinkedIn refuses, with LinkedIn's reason", async () => {
      replay = recordings.play('rejected-too-long');
      const failure = await failureOf(
        adapter.publish(ctx(), input('d-4', 'Mooring: ' + 'x'.repeat(2992))),
      );
      expect(failure).toMatchObject({
        kind: 'rejected',
        reason: expect.stringMatching(/exceeds the maximum allowed \(3000\)/),
      });
    });

    it('maps 401 to auth_expired; refreshAuth trades the refresh token for a new access token', async () => {
      replay = recordings.play('auth-refresh');
      const expired = ctx({
        accessToken: 'li-access-old',
        refreshToken: 'li-refresh-1',
        clientId: 'li-client-id',
        clientSecret: 'li-client-secret',
      });
      const delivery = input('d-501', 'Mooring: nach der Auffrischung');
      expect((await failureOf(adapter.publish(expired, delivery))).kind).toBe('auth_expired');
      const fresh = await adapter.refreshAuth!(expired);
      expect(fresh).toEqual({ ...expired.credentials, accessToken: 'li-access-fresh' });
      const published = await adapter.publish({ ...expired, credentials: fresh }, delivery);
      expect(published.externalId).toBe('urn:li:share:7400000000000000501');
      // The token endpoint must not receive the (expired) bearer token.
      expect(replay.received[1]!.headers.authorization).toBeUndefined();
    });

    it('maps a refused refresh token to auth_expired (reconnect)', async () => {
      replay = recordings.play('auth-refresh-refused');
      const failure = await failureOf(
        adapter.refreshAuth!(
          ctx({
            refreshToken: 'li-refresh-old',
            clientId: 'li-client-id',
            clientSecret: 'li-client-secret',
          }),
        ),
      );
      expect(failure).toMatchObject({
        kind: 'auth_expired',
        message: expect.stringMatching(/expired/),
      });
    });

    it('cannot refresh without a refresh token, or publish without a valid author (no request)', async () => {
      replay = recordings.play('none');
      expect((await failureOf(adapter.refreshAuth!(ctx()))).kind).toBe('auth_expired');
      const noAuthor = ctx({ author: 'mooring-baeckerei' });
      expect((await failureOf(adapter.publish(noAuthor, input('d', 'x')))).kind).toBe(
        'auth_expired',
      );
    });
  });

  describe('connect', () => {
    it('reads a member author from OpenID userinfo', async () => {
      replay = recordings.play('connect-member');
      expect(await adapter.connect(ctx({ author: PERSON }))).toEqual({
        handle: 'Erika Mustermann',
        displayName: 'Erika Mustermann',
        maxChars: 3000,
      });
    });

    it("refuses a member author that is not the token's member", async () => {
      replay = recordings.play('connect-member-mismatch');
      const failure = await failureOf(adapter.connect(ctx({ author: PERSON })));
      expect(failure).toMatchObject({
        kind: 'rejected',
        reason: expect.stringContaining('ZzZ999'),
      });
    });
  });

  describe('validate', () => {
    const image = (extra = {}) => ({
      id: 'm',
      mimeType: 'image/png',
      bytes: new Uint8Array(8),
      width: 1,
      height: 1,
      alt: null,
      ...extra,
    });

    it('limits pixels and alt text as LinkedIn does', () => {
      expect(
        adapter.validate(input('d', 'x', { media: [image({ width: 6013, height: 6013 })] })),
      ).toEqual([expect.objectContaining({ path: 'media.0', code: 'media_too_many_pixels' })]);
      expect(
        adapter.validate(input('d', 'x', { media: [image({ width: 6000, height: 6000 })] })),
      ).toEqual([]);
      expect(
        adapter.validate(input('d', 'x', { media: [image({ alt: 'a'.repeat(4087) })] })),
      ).toEqual([expect.objectContaining({ path: 'media.0.alt', code: 'alt_too_long' })]);
    });

    it('needs text or media', () => {
      expect(adapter.validate(input('d', ' ')).map((i) => i.code)).toEqual(['empty']);
      expect(adapter.validate(input('d', '', { media: [image()] }))).toEqual([]);
    });

    it('is the exported adapter', () => {
      expect(linkedinAdapter.network).toBe('linkedin');
      expect(linkedinAdapter.idempotency).toBe('reconcile');
      expect(linkedinAdapter.credentialFields).toEqual(['accessToken', 'author']);
    });
  });

  describe('the replay', () => {
    it('fails a request that is not the next recorded one', async () => {
      const replayed = startReplay(loadRecording('linkedin', 'unrecorded'));
      const failure = await failureOf(
        linkedinAdapter.delete(ctx({}, replayed.fetch), 'urn:li:share:7400000000000000999'),
      );
      expect(failure.kind).toBe('transient');
      expect(replayed.takeProblems()).toEqual([
        expect.stringMatching(
          /^unrecorded request DELETE https:\/\/api\.linkedin\.com\/rest\/posts\/urn%3Ali%3Ashare%3A7400000000000000999 \(exchange 1: GET https:\/\/api\.linkedin\.com\/v2\/userinfo\): method DELETE/,
        ),
      ]);
      // The recorded exchange still answers, in its turn.
      await expect(adapter.connect(ctx({ author: PERSON }, replayed.fetch))).resolves.toMatchObject(
        {
          handle: 'Erika Mustermann',
        },
      );
      expect(() => replayed.assertDone()).not.toThrow();
    });

    it('fails a request after the last exchange', async () => {
      const replayed = startReplay(loadRecording('linkedin', 'connect-member'));
      await adapter.connect(ctx({ author: PERSON }, replayed.fetch));
      await expect(adapter.connect(ctx({ author: PERSON }, replayed.fetch))).rejects.toThrow();
      expect(() => replayed.assertDone()).toThrow(/the recording has no more exchanges/);
    });

    it('stops a request to a host the replay does not serve', async () => {
      replay = recordings.play('none');
      await expect(
        globalThis.fetch('https://www.linkedin.com/oauth/v2/accessToken'),
      ).rejects.toThrow();
      expect(takeEscapedRequests()).toEqual([expect.stringContaining('www.linkedin.com')]);
    });
  });
});
