import { describe, expect, it } from 'vitest';
import { collapseWhiteSpace, linkKey, normalizeForDuplicate, topicsOf } from './topics.ts';

describe('linkKey', () => {
  it.each([
    ['https://www.Example.com/Summer/', 'example.com/Summer'],
    ['http://example.com/summer#top', 'example.com/summer'],
    ['example.com/summer?utm_source=x&id=7&fbclid=abc', 'example.com/summer?id=7'],
    ['https://example.com:8443/a', 'example.com:8443/a'],
    ['https://shop.example.com/', 'shop.example.com'],
    ['  not a link at all  ', 'not a link at all'],
  ])('%s → %s', (url, key) => {
    expect(linkKey(url)).toBe(key);
  });
});

describe('topicsOf', () => {
  it('collects hashtags and links as guideline checks find them, with the link field first', () => {
    const t = topicsOf(
      'New #Sommer deals at shop.example.com/deals and https://other.example/x #sommer C#',
      'https://www.shop.example.com/landing',
    );
    expect([...t.hashtags]).toEqual([['sommer', '#Sommer']]);
    expect([...t.links.keys()]).toEqual([
      'shop.example.com/landing',
      'shop.example.com/deals',
      'other.example/x',
    ]);
    expect(t.primaryLink).toEqual({
      key: 'shop.example.com/landing',
      shown: 'https://www.shop.example.com/landing',
    });
  });

  it('has no primary link without links', () => {
    expect(topicsOf('#only #tags', null).primaryLink).toBeNull();
    expect(topicsOf('text', '   ').primaryLink).toBeNull();
  });
});

describe('normalizeForDuplicate', () => {
  it.each([
    ['Hello  World', 'hello world'],
    ['  Tabs\tand\nlines ', 'tabs and lines'],
    ['ﬁne Ｆｕｌｌ', 'fine full'],
    ['', ''],
  ])('%j → %j', (text, normalized) => {
    expect(normalizeForDuplicate(text)).toBe(normalized);
  });
});

describe('collapseWhiteSpace', () => {
  it.each([
    ['one space each', 'one space each'],
    ['two  spaces', 'two spaces'],
    ['a\tb\nc', 'a b c'],
    ['no\u00a0break \u2028line', 'no break line'],
    [' edges ', ' edges '],
    ['', ''],
  ])('%j → %j', (text, collapsed) => {
    expect(collapseWhiteSpace(text)).toBe(collapsed);
    // The same as replacing every run, which it skips when there is none to collapse.
    expect(collapseWhiteSpace(text)).toBe(text.replace(/\s+/gu, ' '));
  });
});
