import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { attemptPublish } from '../../src/networks/attempt.ts';
import {
  NetworkError,
  type AdapterContext,
  type NetworkAdapter,
  type PublishInput,
} from '../../src/networks/contract.ts';

/**
 * What a test file gives the contract suite for one adapter: the adapter, contexts that reach the
 * network under test (a real local server, a fake of documented endpoints, or recorded exchanges),
 * and a way to read back what the network now holds.
 */
export interface ContractHarness {
  adapter: NetworkAdapter;
  /** A context with valid credentials. */
  context(): AdapterContext;
  /** A context whose credentials the network refuses as expired or revoked. */
  expiredContext(): AdapterContext;
  /** The text of the post with this external id as the network holds it, or null if gone. */
  readBack(externalId: string): Promise<string | null>;
  /** How many posts the account now has on the network (to prove "exactly one"). */
  postCount(): Promise<number>;
  /** An image the network accepts, when the adapter sends media. */
  image?: { bytes: Uint8Array; mimeType: string; width: number; height: number };
  /** Texts for the publish cases; recorded exchanges need the same texts on every run. */
  texts?: { first: string; repeated: string; deleted: string; withMedia: string };
  /** Delivery ids for the cases; recorded exchanges need the same ids on every run. */
  deliveryIds?: { first: string; repeated: string; deleted: string; withMedia: string };
}

export function input(deliveryId: string, text: string, extra: Partial<PublishInput> = {}) {
  return {
    deliveryId,
    postId: crypto.randomUUID(),
    text,
    link: null,
    firstComment: null,
    media: [],
    previousAttempts: 0,
    ...extra,
  } satisfies PublishInput;
}

/** The cases every adapter must pass. Call inside a `describe` whose `beforeAll` starts the network. */
export function adapterContract(name: string, harness: () => ContractHarness): void {
  // Fixed for the whole suite (recorded exchanges need them stable; a repeat must reuse them).
  let fixedIds: NonNullable<ContractHarness['deliveryIds']> | undefined;
  let fixedTexts: NonNullable<ContractHarness['texts']> | undefined;
  const ids = () =>
    (fixedIds ??= harness().deliveryIds ?? {
      first: crypto.randomUUID(),
      repeated: crypto.randomUUID(),
      deleted: crypto.randomUUID(),
      withMedia: crypto.randomUUID(),
    });
  const texts = () =>
    (fixedTexts ??= harness().texts ?? {
      first: `Contract ${name}: first post ${crypto.randomUUID().slice(0, 8)}`,
      repeated: `Contract ${name}: repeated post ${crypto.randomUUID().slice(0, 8)}`,
      deleted: `Contract ${name}: deleted post ${crypto.randomUUID().slice(0, 8)}`,
      withMedia: `Contract ${name}: with an image ${crypto.randomUUID().slice(0, 8)}`,
    });

  describe(`${name} adapter contract`, () => {
    it('declares its credential fields, limits and idempotency strategy', () => {
      const { adapter } = harness();
      expect(adapter.credentialFields.length).toBeGreaterThan(0);
      expect(['record_key', 'idempotency_key', 'reconcile']).toContain(adapter.idempotency);
      if (adapter.idempotency === 'reconcile') expect(typeof adapter.reconcile).toBe('function');
      expect(adapter.limits.maxMedia).toBeGreaterThanOrEqual(0);
    });

    it('connects: checks the credentials and reads the account', async () => {
      const h = harness();
      const connection = await h.adapter.connect(h.context());
      expect(connection.handle.length).toBeGreaterThan(0);
      if (connection.maxChars !== null) expect(connection.maxChars).toBeGreaterThan(0);
    });

    it('refuses expired credentials as auth_expired', async () => {
      const h = harness();
      const err = await h.adapter
        .publish(h.expiredContext(), input(ids().first, texts().first))
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NetworkError);
      expect((err as NetworkError).failure.kind).toBe('auth_expired');
    });

    it('publishes a post the network then holds, with an external id', async () => {
      const h = harness();
      const before = await h.postCount();
      const published = await attemptPublish(
        h.adapter,
        h.context(),
        input(ids().first, texts().first),
      );
      expect(published.externalId.length).toBeGreaterThan(0);
      expect(await h.readBack(published.externalId)).toContain(texts().first);
      expect(await h.postCount()).toBe(before + 1);
    });

    it('a repeated attempt for the same delivery yields the same one post', async () => {
      const h = harness();
      const id = ids().repeated;
      const before = await h.postCount();
      const first = await attemptPublish(h.adapter, h.context(), input(id, texts().repeated));
      const again = await attemptPublish(
        h.adapter,
        h.context(),
        input(id, texts().repeated, { previousAttempts: 1 }),
      );
      expect(again.externalId).toBe(first.externalId);
      expect(await h.postCount()).toBe(before + 1);
    });

    it('deletes a post; deleting it again is no error', async () => {
      const h = harness();
      const published = await attemptPublish(
        h.adapter,
        h.context(),
        input(ids().deleted, texts().deleted),
      );
      await h.adapter.delete(h.context(), published.externalId);
      expect(await h.readBack(published.externalId)).toBeNull();
      await expect(h.adapter.delete(h.context(), published.externalId)).resolves.toBeUndefined();
    });

    it('validates media against its declared limits before sending', () => {
      const { adapter } = harness();
      const media = Array.from({ length: adapter.limits.maxMedia + 1 }, (_, i) => ({
        id: `m${i}`,
        mimeType: 'image/png',
        bytes: new Uint8Array(8),
        width: 1,
        height: 1,
        alt: null,
      }));
      const issues = adapter.validate(input('x', 'text', { media }));
      expect(issues.map((i) => i.path)).toContain('media');
      const wrongType = adapter.validate(
        input('x', 'text', {
          media: [{ ...media[0]!, mimeType: 'application/x-msdownload' }],
        }),
      );
      expect(wrongType.length).toBeGreaterThan(0);
    });

    it('publishes media where the network supports it', async () => {
      const h = harness();
      if (h.adapter.limits.maxMedia === 0 || !h.image) return;
      const { bytes, mimeType, width, height } = h.image;
      const published = await attemptPublish(
        h.adapter,
        h.context(),
        input(ids().withMedia, texts().withMedia, {
          media: [{ id: 'img', mimeType, bytes, width, height, alt: 'A test image' }],
        }),
      );
      expect(await h.readBack(published.externalId)).toContain(texts().withMedia);
    });
  });
}
