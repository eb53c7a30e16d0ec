import { describe, expect, it } from 'vitest';
import { markSegments } from './network-preview.tsx';

const span = (start: number, end: number) => ({
  start,
  end,
  severity: 'warn' as const,
  message: 'm',
});

describe('marking findings in the preview', () => {
  it('cuts the text at the spans, in text order', () => {
    const parts = markSegments('abcdefgh', [span(5, 7), span(1, 3)]);
    expect(parts.map((p) => [p.text, p.span !== undefined])).toEqual([
      ['a', false],
      ['bc', true],
      ['de', false],
      ['fg', true],
      ['h', false],
    ]);
  });

  it('keeps the first of overlapping spans and drops spans outside the text', () => {
    const parts = markSegments('abcdef', [span(0, 4), span(2, 5), span(4, 99), span(3, 3)]);
    expect(parts.map((p) => [p.text, p.span !== undefined])).toEqual([
      ['abcd', true],
      ['ef', false],
    ]);
  });

  it('leaves a text without findings whole', () => {
    expect(markSegments('abc', [])).toEqual([{ text: 'abc' }]);
  });
});
