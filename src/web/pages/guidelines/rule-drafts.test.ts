import { describe, expect, it } from 'vitest';
import { guidelineRuleSchema, type GuidelineRule } from '../../../core/guidelines/rules.ts';
import { blankDraft, draftOf, ruleOf, splitList } from './rule-drafts.ts';

const RULES: GuidelineRule[] = [
  { kind: 'banned_term', severity: 'block', term: 'risikolos', reason: 'Nie.' },
  { kind: 'disclaimer', severity: 'warn', text: 'Keine Anlageberatung.' },
  { kind: 'disclaimer', severity: 'warn', text: 'Anzeige', network: 'instagram' },
  { kind: 'hashtag_max', severity: 'warn', max: 0 },
  { kind: 'link_domains', severity: 'block', domains: ['bank.example', 'news.bank.example'] },
  { kind: 'posting_window', severity: 'warn', days: [1, 2, 3, 4, 5], start: '08:00', end: '18:00' },
  { kind: 'languages', severity: 'block', codes: ['de', 'en'] },
];

describe('rules in the form', () => {
  it.each(RULES.map((r) => [r.kind, r] as const))('%s survives the form unchanged', (_, rule) => {
    expect(ruleOf(draftOf(rule))).toEqual(rule);
  });

  it('reads lists split by commas, spaces or semicolons, without empty entries', () => {
    expect(splitList(' a.example,b.example ;  c.example,, ')).toEqual([
      'a.example',
      'b.example',
      'c.example',
    ]);
    expect(splitList('   ')).toEqual([]);
  });

  it('sends the days in order and drops nothing the server should judge', () => {
    const d = { ...blankDraft('posting_window'), days: [5, 0, 3] };
    expect(ruleOf(d)).toMatchObject({ days: [0, 3, 5] });
    // A limit that is no number goes as typed, so the server refuses it with its field named.
    const bad = ruleOf({ ...blankDraft('hashtag_max'), max: 'many' });
    expect(guidelineRuleSchema.safeParse(bad).success).toBe(false);
    const empty = ruleOf({ ...blankDraft('hashtag_max'), max: '' });
    expect(guidelineRuleSchema.safeParse(empty).success).toBe(false);
    // An empty term is not filled in either.
    expect(guidelineRuleSchema.safeParse(ruleOf(blankDraft('banned_term'))).success).toBe(false);
  });

  it('gives every new row its own key', () => {
    expect(blankDraft('languages').key).not.toBe(blankDraft('languages').key);
  });
});
