import { describe, expect, it } from 'vitest';
import { GUIDELINE_KINDS, guidelineRuleSchema } from './rules.ts';

describe('guidelineRuleSchema', () => {
  it('accepts every kind', () => {
    const rules = [
      { kind: 'banned_term', severity: 'block', term: 'cheap', reason: 'Quality, not price.' },
      { kind: 'disclaimer', severity: 'warn', text: 'Ad', network: 'linkedin' },
      { kind: 'hashtag_max', severity: 'warn', max: 3 },
      { kind: 'link_domains', severity: 'block', domains: ['Example.COM '] },
      {
        kind: 'posting_window',
        severity: 'warn',
        days: [1, 2, 3, 4, 5],
        start: '08:00',
        end: '18:30',
      },
      { kind: 'languages', severity: 'warn', codes: ['DE', 'en'] },
    ];
    const parsed = rules.map((r) => guidelineRuleSchema.parse(r));
    expect(parsed.map((r) => r.kind)).toEqual([...GUIDELINE_KINDS]);
    expect(parsed[3]).toMatchObject({ domains: ['example.com'] });
    expect(parsed[5]).toMatchObject({ codes: ['de', 'en'] });
  });

  it.each([
    ['an unknown kind', { kind: 'emoji_max', severity: 'warn', max: 1 }],
    ['a bad severity', { kind: 'hashtag_max', severity: 'ok', max: 1 }],
    ['a negative maximum', { kind: 'hashtag_max', severity: 'warn', max: -1 }],
    [
      'a day out of range',
      { kind: 'posting_window', severity: 'warn', days: [7], start: '08:00', end: '09:00' },
    ],
    [
      'a malformed time',
      { kind: 'posting_window', severity: 'warn', days: [1], start: '8:00', end: '09:00' },
    ],
    [
      'a window past midnight',
      { kind: 'posting_window', severity: 'warn', days: [1], start: '22:00', end: '02:00' },
    ],
    ['an empty banned term', { kind: 'banned_term', severity: 'warn', term: ' ', reason: '' }],
  ])('rejects %s', (_name, rule) => {
    expect(guidelineRuleSchema.safeParse(rule).success).toBe(false);
  });
});
