import { describe, expect, it } from 'vitest';
import { NETWORKS } from '../text/limits.ts';
import { checkMediaForNetwork, MEDIA_LIMITS, MEDIA_NETWORKS } from './limits.ts';

const png = (sizeBytes: number) => ({ mimeType: 'image/png', sizeBytes, durationMs: null });
const mp4 = (sizeBytes: number, durationMs: number) => ({
  mimeType: 'video/mp4',
  sizeBytes,
  durationMs,
});

describe('media limits per network', () => {
  it('has a row for every text network and webhooks', () => {
    expect(Object.keys(MEDIA_LIMITS).sort()).toEqual([...MEDIA_NETWORKS].sort());
    for (const n of NETWORKS) expect(MEDIA_LIMITS[n].maxItems).toBeGreaterThan(0);
  });

  it('an image just within Bluesky’s limit passes, one byte more does not', () => {
    expect(checkMediaForNetwork('bluesky', [png(1_000_000)])).toEqual([]);
    expect(checkMediaForNetwork('bluesky', [png(1_000_001)])).toEqual([
      {
        index: 0,
        code: 'media.too_large_for_network',
        params: { network: 'bluesky', kind: 'image', sizeBytes: 1_000_001, maxBytes: 1_000_000 },
      },
    ]);
    expect(checkMediaForNetwork('mastodon', [png(1_000_001)])).toEqual([]);
  });

  it('counts items and names the one too long', () => {
    const problems = checkMediaForNetwork('x', [
      png(10),
      png(10),
      mp4(1000, 141_000),
      png(10),
      png(10),
    ]);
    expect(problems.map((p) => [p.index, p.code])).toEqual([
      [null, 'media.too_many_for_network'],
      [2, 'media.too_long_for_network'],
    ]);
  });

  it('refuses kinds a network does not take', () => {
    const gif = { mimeType: 'image/gif', sizeBytes: 10, durationMs: null };
    expect(checkMediaForNetwork('instagram', [gif])[0]?.code).toBe(
      'media.type_not_supported_by_network',
    );
    expect(
      checkMediaForNetwork('x', [
        { mimeType: 'application/pdf', sizeBytes: 1, durationMs: null },
      ])[0]?.code,
    ).toBe('media.type_not_supported_by_network');
  });
});
