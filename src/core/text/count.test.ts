import { describe, expect, it } from 'vitest';
import { countText } from './count.ts';
import { NETWORKS, TEXT_LIMITS, type TextNetwork } from './limits.ts';

const FAMILY = '👨‍👩‍👧‍👦'; // 1 grapheme, 25 UTF-8 bytes

describe('the table of limits', () => {
  it('holds the documented default of every network', () => {
    const defaults = Object.fromEntries(NETWORKS.map((n) => [n, TEXT_LIMITS[n].maxLength]));
    expect(defaults).toEqual({
      x: 280,
      mastodon: 500,
      bluesky: 300,
      linkedin: 3000,
      threads: 500,
      instagram: 2200,
      facebook: 63206,
    });
    expect(TEXT_LIMITS.bluesky.maxBytes).toBe(3000);
  });
});

describe('countText at the exact limit, and one past it', () => {
  const cases: [TextNetwork, string, number, boolean][] = [
    ['x', 'a'.repeat(280), 280, true],
    ['x', 'a'.repeat(281), 281, false],
    ['mastodon', 'a'.repeat(500), 500, true],
    ['mastodon', 'a'.repeat(501), 501, false],
    ['bluesky', 'a'.repeat(300), 300, true],
    ['bluesky', 'a'.repeat(301), 301, false],
    ['linkedin', 'a'.repeat(3000), 3000, true],
    ['linkedin', 'a'.repeat(3001), 3001, false],
    ['threads', 'a'.repeat(500), 500, true],
    ['threads', 'a'.repeat(501), 501, false],
    ['instagram', 'a'.repeat(2200), 2200, true],
    ['instagram', 'a'.repeat(2201), 2201, false],
    ['facebook', 'a'.repeat(63206), 63206, true],
    ['facebook', 'a'.repeat(63207), 63207, false],
    // The network's own units at the boundary.
    ['x', `${'a'.repeat(256)} example.com`, 280, true],
    ['x', `${'a'.repeat(257)} example.com`, 281, false],
    ['mastodon', `${'a'.repeat(476)} https://example.com/long/path`, 500, true],
    ['mastodon', `${'a'.repeat(477)} https://example.com/long/path`, 501, false],
    ['bluesky', FAMILY.repeat(300), 300, false], // 300 graphemes, but 7500 bytes
    ['linkedin', '('.repeat(3000), 3000, true], // counted as typed, not escaped (6000)
    ['linkedin', `${'a'.repeat(2999)}👍`, 3001, false],
    ['threads', `${'a'.repeat(496)}👍`, 500, true],
    ['threads', `${'a'.repeat(497)}👍`, 501, false],
  ];
  it.each(cases)('%s: %#', (network, text, length, valid) => {
    expect(countText({ network, text })).toMatchObject({ network, length, valid });
  });
});

describe('countText', () => {
  it('refuses empty and blank text on every network', () => {
    for (const network of NETWORKS) {
      expect(countText({ network, text: '' }), network).toMatchObject({ length: 0, valid: false });
      expect(countText({ network, text: ' \n\t' }).valid, network).toBe(false);
    }
    // A content warning gives a blank Mastodon text a length, not validity.
    expect(countText({ network: 'mastodon', text: ' ', contentWarning: 'cw' })).toMatchObject({
      length: 2,
      valid: false,
    });
  });

  it('holds Bluesky to 3000 UTF-8 bytes under the grapheme limit', () => {
    expect(countText({ network: 'bluesky', text: FAMILY.repeat(120) })).toMatchObject({
      length: 120,
      bytes: 3000,
      byteLimit: 3000,
      valid: true,
    });
    expect(countText({ network: 'bluesky', text: FAMILY.repeat(119) + 'a'.repeat(26) })).toEqual({
      network: 'bluesky',
      length: 145,
      limit: 300,
      valid: false,
      bytes: 3001,
      byteLimit: 3000,
      facets: [],
    });
  });

  it('takes a channel limit instead of the default', () => {
    expect(countText({ network: 'mastodon', text: 'a'.repeat(1000), limit: 1000 })).toEqual({
      network: 'mastodon',
      length: 1000,
      limit: 1000,
      valid: true,
    });
    expect(countText({ network: 'mastodon', text: 'a'.repeat(1001), limit: 1000 }).valid).toBe(
      false,
    );
    expect(countText({ network: 'x', text: 'a'.repeat(281), limit: 25_000 }).valid).toBe(true);
    expect(countText({ network: 'bluesky', text: 'abc', limit: 2 }).valid).toBe(false);
  });

  it('counts the content warning on Mastodon only', () => {
    const input = { text: 'hello', contentWarning: 'Spoilers' };
    expect(countText({ network: 'mastodon', ...input }).length).toBe(13);
    expect(countText({ network: 'threads', ...input }).length).toBe(5);
  });

  it('returns facets for Bluesky and nothing extra elsewhere', () => {
    expect(countText({ network: 'bluesky', text: 'hi #tag' }).facets).toEqual([
      {
        index: { byteStart: 3, byteEnd: 7 },
        features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'tag' }],
      },
    ]);
    expect(countText({ network: 'linkedin', text: 'hi #tag' })).toEqual({
      network: 'linkedin',
      length: 7,
      limit: 3000,
      valid: true,
    });
  });
});

describe('texts too long for twitter-text', () => {
  it('reports them invalid at once instead of counting for seconds', () => {
    const text = 'a.'.repeat(50_000);
    for (const network of ['x', 'mastodon'] as const) {
      const started = performance.now();
      const result = countText({ network, text });
      expect(result).toEqual({
        network,
        length: 100_000,
        limit: network === 'x' ? 280 : 500,
        valid: false,
      });
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it('still counts a long text within a large instance limit', () => {
    const text = 'word '.repeat(6_000); // Mastodon strips the trailing space: 29,999
    expect(countText({ network: 'mastodon', text, limit: 40_000 })).toMatchObject({
      length: 29_999,
      valid: true,
    });
  });
});
