import { describe, expect, it } from 'vitest';
import { countBluesky, detectBlueskyFacets } from './bluesky.ts';

const FAMILY = '👨‍👩‍👧‍👦'; // 4 emoji (4 bytes each) joined by 3 ZWJ (3 bytes each): 25 bytes

// Expected byte offsets worked out by hand from the UTF-8 lengths of what precedes each facet.
describe('countBluesky', () => {
  it.each([
    ['plain ASCII', 'hello', 5, 5],
    ['ZWJ family', FAMILY, 1, 25],
    ['flag: two regional indicators', '🇩🇪', 1, 8],
    ['skin tone', '👍🏽', 1, 8],
    ['keycap: digit, VS16, U+20E3', '1️⃣', 1, 7],
    ['e + combining acute', 'e\u0301', 1, 3],
    ['CJK', '日本語', 3, 9],
  ])('%s', (_name, text, graphemes, bytes) => {
    expect(countBluesky(text)).toMatchObject({ graphemes, bytes });
  });
});

describe('detectBlueskyFacets', () => {
  const link = (byteStart: number, byteEnd: number, uri: string) => ({
    index: { byteStart, byteEnd },
    features: [{ $type: 'app.bsky.richtext.facet#link', uri }],
  });
  const mention = (byteStart: number, byteEnd: number, handle: string) => ({
    index: { byteStart, byteEnd },
    features: [{ $type: 'app.bsky.richtext.facet#mention', handle }],
  });
  const tag = (byteStart: number, byteEnd: number, name: string) => ({
    index: { byteStart, byteEnd },
    features: [{ $type: 'app.bsky.richtext.facet#tag', tag: name }],
  });

  it('counts bytes, not UTF-16 units, before a link', () => {
    expect(detectBlueskyFacets(`${FAMILY} https://example.com`)).toEqual([
      link(26, 45, 'https://example.com'),
    ]);
    expect(detectBlueskyFacets('🇩🇪 #Berlin')).toEqual([tag(9, 16, 'Berlin')]);
  });

  it('links bare domains with a known TLD, without trailing punctuation', () => {
    expect(detectBlueskyFacets('Go to example.com/path.')).toEqual([
      link(6, 22, 'https://example.com/path'),
    ]);
    expect(detectBlueskyFacets('node.js, e.g. this')).toEqual([]);
  });

  it('keeps a closing parenthesis only when the link opened one', () => {
    expect(detectBlueskyFacets('(https://example.com)')).toEqual([
      link(1, 20, 'https://example.com'),
    ]);
    expect(detectBlueskyFacets('https://example.com/a_(b)')).toEqual([
      link(0, 25, 'https://example.com/a_(b)'),
    ]);
  });

  it('finds mentions of handles with a domain, with the handle (no DID yet)', () => {
    expect(detectBlueskyFacets('hi @alice.bsky.social!')).toEqual([
      mention(3, 21, 'alice.bsky.social'),
    ]);
    expect(detectBlueskyFacets('@alice and bob@example.com')).toEqual([]);
  });

  it('finds hashtags (also with a full-width sign) and cashtags', () => {
    expect(detectBlueskyFacets('Love #Mooring!')).toEqual([tag(5, 13, 'Mooring')]);
    expect(detectBlueskyFacets('＃タグ')).toEqual([tag(0, 9, 'タグ')]);
    expect(detectBlueskyFacets('#123 is no tag')).toEqual([]);
    expect(detectBlueskyFacets('buy $mrg now')).toEqual([tag(4, 8, '$MRG')]);
  });

  it('orders facets by position', () => {
    expect(detectBlueskyFacets('#tag example.com @alice.test')).toEqual([
      tag(0, 4, 'tag'),
      link(5, 16, 'https://example.com'),
      mention(17, 28, 'alice.test'),
    ]);
  });
});
