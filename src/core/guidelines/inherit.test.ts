import { describe, expect, it } from 'vitest';
import { checkStricter, effectiveRules } from './inherit.ts';
import type { GuidelineRule } from './rules.ts';

const term = (t: string, severity: 'warn' | 'block' = 'warn'): GuidelineRule => ({
  kind: 'banned_term',
  severity,
  term: t,
  reason: 'r',
});
const hashtags = (max: number, severity: 'warn' | 'block' = 'warn'): GuidelineRule => ({
  kind: 'hashtag_max',
  severity,
  max,
});
const domains = (...list: string[]): GuidelineRule => ({
  kind: 'link_domains',
  severity: 'block',
  domains: list,
});
const languages = (...codes: string[]): GuidelineRule => ({
  kind: 'languages',
  severity: 'warn',
  codes,
});
const window = (days: number[], start: string, end: string): GuidelineRule => ({
  kind: 'posting_window',
  severity: 'warn',
  days,
  start,
  end,
});

describe('effectiveRules', () => {
  it('accumulates banned terms and disclaimers from root to leaf', () => {
    const disclaimer: GuidelineRule = { kind: 'disclaimer', severity: 'block', text: 'Ad' };
    const { rules, loosened } = effectiveRules([
      { unitId: 'R', rules: [term('cheap'), disclaimer] },
      { unitId: 'A', rules: [term('free'), { ...disclaimer, network: 'x' }] },
      { unitId: 'U', rules: [term('CHEAP ', 'block')] },
    ]);
    expect(loosened).toEqual([]);
    expect(rules.map((r) => [r.unitId, r.rule.kind, r.rule.severity, r.tightenedBy])).toEqual([
      ['R', 'banned_term', 'block', ['U']],
      ['R', 'disclaimer', 'block', []],
      ['A', 'banned_term', 'warn', []],
      ['A', 'disclaimer', 'block', []],
    ]);
  });

  it('takes the smallest hashtag maximum and the highest severity', () => {
    const { rules, loosened } = effectiveRules([
      { unitId: 'R', rules: [hashtags(5, 'block')] },
      { unitId: 'A', rules: [hashtags(3, 'warn')] },
      { unitId: 'U', rules: [hashtags(8, 'block')] },
    ]);
    expect(rules).toEqual([{ unitId: 'R', rule: hashtags(3, 'block'), tightenedBy: ['A'] }]);
    expect(loosened.map((l) => [l.unitId, l.code])).toEqual([
      ['A', 'severity_lowered'],
      ['U', 'limit_raised'],
    ]);
    expect(loosened[1]).toMatchObject({
      rule: hashtags(8, 'block'),
      inherited: hashtags(3, 'block'),
    });
  });

  it('intersects link domains, a domain covering its subdomains', () => {
    const { rules, loosened } = effectiveRules([
      { unitId: 'R', rules: [domains('example.com', 'example.org')] },
      { unitId: 'A', rules: [domains('shop.example.com', 'example.org', 'evil.net')] },
    ]);
    expect(rules[0]!.rule).toEqual(domains('example.org', 'shop.example.com'));
    expect(loosened.map((l) => l.code)).toEqual(['domains_added']);
  });

  it('intersects languages and posting windows', () => {
    const { rules, loosened } = effectiveRules([
      {
        unitId: 'R',
        rules: [languages('de', 'en', 'fr'), window([1, 2, 3, 4, 5], '08:00', '18:00')],
      },
      { unitId: 'A', rules: [languages('de', 'en'), window([1, 2, 3], '09:00', '17:00')] },
      { unitId: 'U', rules: [languages('en', 'it'), window([3, 6], '07:00', '12:00')] },
    ]);
    expect(rules.map((r) => r.rule)).toEqual([languages('en'), window([3], '09:00', '12:00')]);
    expect(rules.map((r) => r.tightenedBy)).toEqual([
      ['A', 'U'],
      ['A', 'U'],
    ]);
    expect(loosened.map((l) => [l.unitId, l.rule.kind, l.code])).toEqual([
      ['U', 'languages', 'languages_added'],
      ['U', 'posting_window', 'window_widened'],
    ]);
  });

  it('leaves no posting time when windows do not overlap', () => {
    const { rules } = effectiveRules([
      { unitId: 'R', rules: [window([1], '08:00', '10:00')] },
      { unitId: 'A', rules: [window([1], '12:00', '14:00')] },
    ]);
    expect(rules[0]!.rule).toMatchObject({ days: [], start: '12:00', end: '12:00' });
  });

  it('ignores a restated rule and reports a lowered severity', () => {
    const { rules, loosened } = effectiveRules([
      { unitId: 'R', rules: [term('cheap', 'block'), hashtags(3)] },
      { unitId: 'A', rules: [term('cheap', 'warn'), hashtags(3)] },
    ]);
    expect(rules.map((r) => [r.rule.severity, r.tightenedBy])).toEqual([
      ['block', []],
      ['warn', []],
    ]);
    expect(loosened).toEqual([
      {
        unitId: 'A',
        rule: term('cheap', 'warn'),
        inherited: term('cheap', 'block'),
        code: 'severity_lowered',
      },
    ]);
  });
});

describe('checkStricter', () => {
  const parent = effectiveRules([
    { unitId: 'R', rules: [hashtags(5, 'block'), languages('de', 'en'), term('cheap', 'block')] },
  ]).rules;

  it('accepts additions and tightening', () => {
    expect(checkStricter(parent, [hashtags(2, 'block'), languages('de'), term('free')])).toEqual(
      [],
    );
    expect(checkStricter([], [hashtags(50)])).toEqual([]);
  });

  it('names every loosening', () => {
    const issues = checkStricter(parent, [
      hashtags(10, 'warn'),
      languages('de', 'fr'),
      term('Cheap', 'warn'),
    ]);
    expect(issues.map((i) => [i.rule.kind, i.code])).toEqual([
      ['hashtag_max', 'severity_lowered'],
      ['hashtag_max', 'limit_raised'],
      ['languages', 'languages_added'],
      ['banned_term', 'severity_lowered'],
    ]);
    expect(issues[0]).toEqual({
      rule: hashtags(10, 'warn'),
      inherited: hashtags(5, 'block'),
      code: 'severity_lowered',
    });
  });
});
