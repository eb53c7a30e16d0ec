import { describe, expect, it } from 'vitest';
import { graphemeCount, graphemes, utf8Length } from './unicode.ts';

const FAMILY = '👨‍👩‍👧‍👦';

describe('graphemes', () => {
  it('splits what a reader sees as one character into one cluster', () => {
    expect([...graphemes(`a${FAMILY}🇩🇪👍🏽1️⃣e\u0301日\r\n`)]).toEqual([
      'a',
      FAMILY,
      '🇩🇪',
      '👍🏽',
      '1️⃣',
      'e\u0301',
      '日',
      '\r\n',
    ]);
  });

  // Long text is segmented in windows of 512 UTF-16 units: clusters across a window's end.
  it.each([
    ['100,000 ASCII letters', 'a'.repeat(100_000), 100_000],
    ['flags (regional indicator pairs) across windows', '🇩🇪'.repeat(1000), 1000],
    ['an odd regional indicator first shifts the pairs', '🇩' + '🇩🇪'.repeat(1000), 1001],
    ['ZWJ families across windows', FAMILY.repeat(5000), 5000],
    ['combining accents across windows', 'e\u0301'.repeat(50_000), 50_000],
    ['CR LF pairs across windows', '\r\n'.repeat(1000), 1000],
    ['one cluster longer than a window', 'a' + '\u0301'.repeat(5000), 1],
    ['a long cluster between letters', 'x' + 'a' + '\u0301'.repeat(2000) + 'y'.repeat(600), 602],
  ])('%s', (_name, text, expected) => {
    expect(graphemeCount(text)).toBe(expected);
  });

  // Random mixes of the characters whose rules look at neighbours (pairs of regional indicators,
  // ZWJ sequences, Hangul syllables, Indic conjuncts, CR LF), cut by windows at every offset.
  it('agrees with Intl.Segmenter on the whole string', () => {
    const parts = [
      'a',
      ' ',
      '\u0301',
      '\u200d',
      '👩',
      '🇩',
      '🇪',
      '🏽',
      '\ufe0f',
      '\r',
      '\n',
      '한',
      'ᄀ',
      'ᅡ',
      'ᆨ',
      'क',
      '\u094d',
      '日',
    ];
    const whole = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let round = 0; round < 50; round++) {
      let text = '';
      while (text.length < 1500) text += parts[next() % parts.length];
      expect([...graphemes(text)]).toEqual(Array.from(whole.segment(text), (s) => s.segment));
    }
  });
});

describe('utf8Length', () => {
  it.each([
    ['ASCII', 'abc', 3],
    ['two-byte', 'é', 2],
    ['three-byte', '日', 3],
    ['four-byte (surrogate pair)', '👍', 4],
    ['ZWJ family', FAMILY, 25],
  ])('%s', (_name, text, expected) => {
    expect(utf8Length(text)).toBe(expected);
  });
});
