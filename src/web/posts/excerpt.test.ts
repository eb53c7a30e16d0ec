import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt.ts';

describe('excerpt', () => {
  it('keeps a short text, with its whitespace collapsed', () => {
    expect(excerpt('  Hello\n  world ')).toBe('Hello world');
  });
  it('cuts a long text at a word boundary and marks the cut', () => {
    expect(
      excerpt('Unsere Filiale in Hamburg hat neue Öffnungszeiten: https://example.com', 40),
    ).toBe('Unsere Filiale in Hamburg hat neue…');
  });
  it('cuts inside a word when the text has no space early enough', () => {
    expect(excerpt('x'.repeat(100), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});
