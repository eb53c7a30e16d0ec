import { describe, expect, it } from 'vitest';
import { countMastodon, mastodonCountableText } from './mastodon.ts';

// Expected values worked out by hand from StatusLengthValidator: graphemes of
// `strip(content warning) + countable_text(strip(text))`.
describe('countMastodon', () => {
  it.each([
    ['a remote mention counts as its username', '@alice@mastodon.social', 6],
    ['… inside a sentence', 'Hi @alice@mastodon.social!', 10],
    ['… in any case', '@Alice@Example.Social', 6],
    ['a local mention as written', '@alice', 6],
    ['an e-mail address is no mention', 'mail bob@example.com', 20],
    ['a URL with scheme counts 23', `https://example.com/${'a'.repeat(100)}`, 23],
    ['a bare domain counts in full', 'example.com', 11],
    ['only http(s) URLs are extracted', 'ftp://example.com/file', 22],
    ['URL and bare domain', 'Read https://example.com/a and example.org', 44],
    ['URL and remote mention', 'https://a.example.com/x @bob@b.example.org', 28],
    ['ZWJ family is one grapheme', '👨‍👩‍👧‍👦', 1],
    ['flag is one grapheme', '🇩🇪', 1],
    ['skin tone is part of the grapheme', '👍🏽', 1],
    ['keycap is one grapheme', '1️⃣', 1],
    ['e + combining acute is one grapheme', 'e\u0301', 1],
    ['CJK counts one each', '日本語', 3],
    ['surrounding whitespace is stripped', '  hello \n', 5],
  ])('%s', (_name, text, expected) => {
    expect(countMastodon(text)).toBe(expected);
  });

  it('rewrites URLs and remote mentions, nothing else', () => {
    expect(mastodonCountableText('Hi @alice@mastodon.social, see https://example.com/x')).toBe(
      'Hi @alice, see xxxxxxxxxxxxxxxxxxxxxxx',
    );
  });

  it('counts the content warning as typed, joined to the text', () => {
    expect(countMastodon('hello', 'Spoilers')).toBe(13);
    // The warning gets no URL concession: 26 + 1.
    expect(countMastodon('x', 'https://example.com/abcdef')).toBe(27);
    // Joined without a separator: the accent at the start of the text completes the warning's `e`.
    expect(countMastodon('\u0301 au lait', 'cafe')).toBe(12);
    // A blank text counts nothing, the warning still does.
    expect(countMastodon('   ', 'cw')).toBe(2);
  });

  it('skips mentions whose domain is longer than 253 characters', () => {
    expect(countMastodon(`@a@${'b'.repeat(249)}.org`)).toBe(2);
    expect(countMastodon(`@a@${'b'.repeat(250)}.org`)).toBe(257);
  });
});
