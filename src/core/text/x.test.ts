import { describe, expect, it } from 'vitest';
import { countX } from './x.ts';

// Expected weights worked out by hand from X's rule (twitter-text config v3): code points up to
// U+10FF and a few punctuation ranges weigh 1, everything else 2; an emoji sequence is one emoji
// (2); every URL 23; the text is NFC-normalized first.
describe('countX', () => {
  it.each([
    ['plain ASCII', 'hello', 5],
    ['Chinese weighs 2 a character', '你好', 4],
    ['Japanese weighs 2 a character', 'こんにちは', 10],
    ['mixed Latin, CJK and emoji', 'Hallo 世界 🌍', 13],
    ['ZWJ family is one emoji', '👨‍👩‍👧‍👦', 2],
    ['flag is one emoji', '🇩🇪', 2],
    ['skin tone is part of the emoji', '👍🏽', 2],
    ['keycap is one emoji', '1️⃣', 2],
    ['e + combining acute normalizes to é', 'e\u0301', 1],
    ['q + combining acute has no precomposed form', 'q\u0301', 2],
    ['a long URL with scheme counts 23', `https://example.com/${'a'.repeat(100)}`, 23],
    ['a bare domain is a URL too', 'example.com', 23],
    ['text around a bare domain', 'see example.com', 27],
    ['two URLs', 'Read https://example.com/a and example.org', 56],
  ])('%s', (_name, text, expected) => {
    expect(countX(text, 280).weightedLength).toBe(expected);
  });

  it('accepts 280 and refuses 281', () => {
    expect(countX('a'.repeat(280), 280)).toMatchObject({ weightedLength: 280, valid: true });
    expect(countX('a'.repeat(281), 280)).toMatchObject({ weightedLength: 281, valid: false });
    expect(countX('日'.repeat(140), 280)).toMatchObject({ weightedLength: 280, valid: true });
    expect(countX('日'.repeat(140) + 'a', 280)).toMatchObject({
      weightedLength: 281,
      valid: false,
    });
    expect(countX(`${'a'.repeat(256)} example.com`, 280)).toMatchObject({
      weightedLength: 280,
      valid: true,
    });
  });

  it('takes a longer limit without changing the weights', () => {
    expect(countX('a'.repeat(281), 25_000)).toMatchObject({ weightedLength: 281, valid: true });
    expect(countX('a'.repeat(140), 280).permillage).toBe(500);
  });

  it('refuses characters X does not accept', () => {
    expect(countX('hi\uFFFE', 280).valid).toBe(false);
    expect(countX('', 280).valid).toBe(false);
  });
});
