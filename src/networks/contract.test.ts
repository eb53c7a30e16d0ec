import { describe, expect, it } from 'vitest';
import { failureOf, NetworkError, withFirstComment } from './contract.ts';

const post = { externalId: 'p-1', url: 'https://network.invalid/p-1' };

describe('withFirstComment', () => {
  it('returns the post as it is once the comment is out', async () => {
    expect(await withFirstComment(post, () => Promise.resolve())).toEqual(post);
  });

  it('keeps the post and reports a comment refused for good', async () => {
    const refused = new NetworkError({ kind: 'rejected', reason: 'Replies are closed.' });
    expect(await withFirstComment(post, () => Promise.reject(refused))).toEqual({
      ...post,
      firstCommentRefused: 'Replies are closed.',
    });
  });

  it('throws any other failure as it came, so the attempt is retried', async () => {
    for (const failure of [
      { kind: 'transient', message: 'reset' },
      { kind: 'rate_limited', retryAfterMs: 1000, message: 'slow down' },
      { kind: 'auth_expired', message: 'expired' },
    ] as const) {
      const err = new NetworkError(failure);
      await expect(withFirstComment(post, () => Promise.reject(err))).rejects.toBe(err);
    }
    const raw = new Error('socket hang up');
    await expect(withFirstComment(post, () => Promise.reject(raw))).rejects.toBe(raw);
  });

  it('classifies the adapter’s own errors with `classify`', async () => {
    const own = new Error('InvalidRecord: reply too long');
    const refused = await withFirstComment(
      post,
      () => Promise.reject(own),
      (err) => ({ kind: 'rejected', reason: (err as Error).message }),
    );
    expect(refused.firstCommentRefused).toBe('InvalidRecord: reply too long');
  });
});

describe('failureOf', () => {
  it('is a NetworkError’s own failure, anything else transient', () => {
    expect(failureOf(new NetworkError({ kind: 'rejected', reason: 'no' }))).toEqual({
      kind: 'rejected',
      reason: 'no',
    });
    expect(failureOf(new Error('boom'))).toEqual({ kind: 'transient', message: 'boom' });
    expect(failureOf('odd')).toEqual({ kind: 'transient', message: 'odd' });
  });
});
