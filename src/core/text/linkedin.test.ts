import { describe, expect, it } from 'vitest';
import { escapeLinkedInText } from './linkedin.ts';

describe('escapeLinkedInText', () => {
  it('escapes every reserved character of the little text format', () => {
    expect(escapeLinkedInText('a|b{c}d@e[f]g(h)i<j>k#l\\m*n_o~p')).toBe(
      String.raw`a\|b\{c\}d\@e\[f\]g\(h\)i\<j\>k\#l\\m\*n\_o\~p`,
    );
  });

  it('leaves other text alone', () => {
    const text = 'Hello, world! 100% & more: "ok"? 👍🏽 日本 é';
    expect(escapeLinkedInText(text)).toBe(text);
  });

  it('escapes parentheses and hashtags in an ordinary post', () => {
    expect(escapeLinkedInText('Report (2025) #results')).toBe(
      String.raw`Report \(2025\) \#results`,
    );
  });
});
