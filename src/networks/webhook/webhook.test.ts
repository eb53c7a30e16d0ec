import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapterContract, input } from '../../../test/networks/contract-suite.ts';
import {
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../../test/fakes/webhook-receiver.ts';
import { NetworkError, type AdapterContext } from '../contract.ts';
import { signWebhook, verifyWebhook, webhookAdapter } from './index.ts';

let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(() => receiver.close());

const ctx = (credentials: Record<string, string>): AdapterContext => ({
  credentials,
  handle: 'hook',
  fetch: globalThis.fetch,
  signal: new AbortController().signal,
});

describe('webhook', () => {
  adapterContract('webhook', () => ({
    adapter: webhookAdapter,
    context: () => ctx({ url: receiver.url, secret: receiver.secret }),
    expiredContext: () => ctx({ url: receiver.url, secret: 'not-the-secret' }),
    readBack: (id) => {
      const post = [...receiver.posts.values()].find((p) => p.id === id && !p.deleted);
      return Promise.resolve(post ? post.text : null);
    },
    postCount: () => Promise.resolve([...receiver.posts.values()].filter((p) => !p.deleted).length),
    image: { bytes: new Uint8Array([137, 80, 78, 71]), mimeType: 'image/png', width: 1, height: 1 },
  }));

  it('signs over timestamp and body; a changed body or an old timestamp fails verification', () => {
    const now = 1_800_000_000;
    const header = signWebhook('s3cret', '{"a":1}', now);
    expect(verifyWebhook('s3cret', '{"a":1}', header, now)).toBe(true);
    expect(verifyWebhook('s3cret', '{"a":2}', header, now)).toBe(false);
    expect(verifyWebhook('other', '{"a":1}', header, now)).toBe(false);
    expect(verifyWebhook('s3cret', '{"a":1}', header, now + 301)).toBe(false);
    expect(verifyWebhook('s3cret', '{"a":1}', undefined, now)).toBe(false);
  });

  it.each([
    [429, 'rate_limited'],
    [503, 'transient'],
    [422, 'rejected'],
  ] as const)('maps HTTP %i to %s', async (status, kind) => {
    receiver.failNext(1, status, 7);
    const err = (await webhookAdapter
      .publish(ctx({ url: receiver.url, secret: receiver.secret }), input(crypto.randomUUID(), 'x'))
      .catch((e: unknown) => e)) as NetworkError;
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.failure.kind).toBe(kind);
    if (err.failure.kind === 'rate_limited') expect(err.failure.retryAfterMs).toBe(7000);
  });

  it('maps a refused connection to transient', async () => {
    const err = (await webhookAdapter
      .publish(ctx({ url: 'http://127.0.0.1:1/hook', secret: 's' }), input('d', 'x'))
      .catch((e: unknown) => e)) as NetworkError;
    expect(err.failure.kind).toBe('transient');
  });

  it('sends the media bytes with the post', async () => {
    const id = crypto.randomUUID();
    await webhookAdapter.publish(
      ctx({ url: receiver.url, secret: receiver.secret }),
      input(id, 'with media', {
        media: [
          {
            id: 'm',
            mimeType: 'image/png',
            bytes: new Uint8Array([1, 2, 3]),
            width: 1,
            height: 1,
            alt: 'alt',
          },
        ],
      }),
    );
    const media = receiver.posts.get(id)!.body.media as { data: string; alt: string }[];
    expect(Buffer.from(media[0]!.data, 'base64')).toEqual(Buffer.from([1, 2, 3]));
    expect(media[0]!.alt).toBe('alt');
  });
});
