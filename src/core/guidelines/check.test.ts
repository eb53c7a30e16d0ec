import { describe, expect, it } from 'vitest';
import type { VariantInput } from './check.ts';
import { checkVariant } from './check.ts';
import type { EffectiveRule } from './inherit.ts';
import { effectiveRules } from './inherit.ts';
import type { GuidelineRule, RuleOf } from './rules.ts';

type Span = [start: number, end: number];

const effective = (rule: GuidelineRule, unitId = 'R'): EffectiveRule => ({
  unitId,
  rule,
  tightenedBy: [],
});

function run(rule: GuidelineRule, variant: Partial<VariantInput> = {}) {
  return checkVariant({
    rules: [effective(rule)],
    text: '',
    network: 'mastodon',
    language: 'de',
    timeZone: 'Europe/Berlin',
    ...variant,
  });
}

/** The positions of the single finding as pairs; [] when there is none. */
function positions(rule: GuidelineRule, variant: Partial<VariantInput>): Span[] {
  const findings = run(rule, variant);
  expect(findings.length).toBeLessThanOrEqual(1);
  return (findings[0]?.positions ?? []).map((p): Span => [p.start, p.end]);
}

describe('banned terms', () => {
  const banned = (term: string): RuleOf<'banned_term'> => ({
    kind: 'banned_term',
    severity: 'warn',
    term,
    reason: 'r',
  });

  it.each<[name: string, term: string, text: string, expected: Span[]]>([
    ['ß in the term matches SS in the text', 'Straße', 'STRASSE gesperrt', [[0, 7]]],
    ['SS in the term matches ß in the text', 'STRASSE', 'Die Straße ist zu', [[4, 10]]],
    ['capital ẞ folds like ß', 'straße', 'GROẞE STRAẞE', [[6, 12]]],
    [
      'umlauts: case folds, the accent counts',
      'Bär',
      'BÄR, Bar und bär',
      [
        [0, 3],
        [13, 16],
      ],
    ],
    ['decomposed ü matches composed ü', 'Müll', 'Mu\u0308ll', [[0, 5]]],
    ['whole words only: no match inside a longer word', 'billig', 'billiger Billigflug', []],
    [
      'punctuation, # and brackets are boundaries',
      'billig',
      'Billig! #billig, (billig)',
      [
        [0, 6],
        [9, 15],
        [18, 24],
      ],
    ],
    ['non-ASCII letters are word characters', 'über', 'gegenüber über', [[10, 14]]],
    ['a leading umlaut is a word start', 'Öl', 'Ölpreis Öl', [[8, 10]]],
    [
      'multi-word: any whitespace between the words',
      'sehr billig',
      'SEHR\n  billig und sehr\u00a0billig',
      [
        [0, 13],
        [18, 29],
      ],
    ],
    ['multi-word: punctuation between the words is no match', 'sehr billig', 'sehr, billig', []],
    [
      'every occurrence after emoji, in UTF-16 offsets',
      'Rabatt',
      '🎉 Rabatt! 👉🏽 RABATT',
      [
        [3, 9],
        [16, 22],
      ],
    ],
    [
      'a term ending in punctuation has no boundary there',
      'C++',
      'Wir lieben C++ und C++11',
      [
        [11, 14],
        [19, 22],
      ],
    ],
    ['no match inside the fold of one character (½ → 1⁄2)', '1', '½ und 1', [[6, 7]]],
    ['a soft hyphen inside the word is ignored', 'billig', 'bil\u00adlig', [[0, 7]]],
    ['ligatures fold (ﬁ → fi)', 'Finanzen', 'ﬁnanzen', [[0, 7]]],
    ['not present', 'billig', 'Gute Preise', []],
  ])('%s', (_name, term, text, expected) => {
    expect(positions(banned(term), { text })).toEqual(expected);
  });

  it('reports the term, reason and count', () => {
    const rule: RuleOf<'banned_term'> = { ...banned('gratis'), reason: 'Preisangabenverordnung' };
    expect(run(rule, { text: 'Gratis! Wirklich gratis.' })).toEqual([
      {
        ruleUnitId: 'R',
        rule,
        kind: 'banned_term',
        severity: 'warn',
        code: 'guideline.banned_term',
        positions: [
          { start: 0, end: 6 },
          { start: 17, end: 23 },
        ],
        params: { term: 'gratis', reason: 'Preisangabenverordnung', count: 2 },
      },
    ]);
  });
});

describe('disclaimers', () => {
  const disclaimer = (text: string, network?: string): RuleOf<'disclaimer'> => ({
    kind: 'disclaimer',
    severity: 'block',
    text,
    ...(network === undefined ? {} : { network }),
  });

  it.each<
    [name: string, rule: RuleOf<'disclaimer'>, network: string, text: string, missing: boolean]
  >([
    [
      'present as written',
      disclaimer('Werbung / Anzeige'),
      'mastodon',
      'Neu! Werbung / Anzeige',
      false,
    ],
    [
      'other case and whitespace',
      disclaimer('Werbung / Anzeige'),
      'x',
      'neu\nWERBUNG  /\tanzeige',
      false,
    ],
    ['ß and SS', disclaimer('Gemäß § 5 TMG'), 'x', 'GEMÄSS § 5 TMG', false],
    ['missing', disclaimer('Werbung / Anzeige'), 'x', 'Neu!', true],
    ['only part of it', disclaimer('Werbung / Anzeige'), 'x', 'Werbung', true],
    ['for another network: not required', disclaimer('#ad', 'linkedin'), 'mastodon', 'Neu!', false],
    ['for this network: required', disclaimer('#ad', 'linkedin'), 'linkedin', 'Neu!', true],
    ['network compared without case', disclaimer('#ad', 'LinkedIn'), 'linkedin', 'Neu!', true],
    ['for this network: present', disclaimer('#ad', 'linkedin'), 'linkedin', 'Neu! #AD', false],
  ])('%s', (_name, rule, network, text, missing) => {
    expect(run(rule, { network, text }).length).toBe(missing ? 1 : 0);
  });

  it('reports no positions and the text (and network) in params', () => {
    expect(run(disclaimer('#ad', 'linkedin'), { network: 'linkedin', text: 'x' })).toEqual([
      expect.objectContaining({
        code: 'guideline.disclaimer_missing',
        severity: 'block',
        positions: [],
        params: { text: '#ad', network: 'linkedin' },
      }),
    ]);
    expect(run(disclaimer('Anzeige'), { text: 'x' })[0]?.params).toEqual({ text: 'Anzeige' });
  });
});

describe('hashtag maximum', () => {
  const max = (n: number): RuleOf<'hashtag_max'> => ({
    kind: 'hashtag_max',
    severity: 'warn',
    max: n,
  });

  it.each<[name: string, limit: number, text: string, expected: Span[], count: number | null]>([
    ['Unicode tags, the one past the maximum', 2, '#Café #Straße #日本語', [[14, 18]], 3],
    ['at the maximum', 2, '#a #b', [], null],
    ['maximum 0', 0, 'Hallo #Welt', [[6, 11]], 1],
    ['after emoji, in UTF-16 offsets', 1, '🚀#Launch 🎉 #Neu', [[13, 17]], 2],
    ['decomposed é and underscore belong to the tag', 1, '#Cafe\u0301 #x_y', [[7, 11]], 2],
    [
      'no hashtags: digits only, C#, Seite#3, URL fragment, keycap',
      0,
      '#2024 C# Seite#3 https://example.com/#top #\ufe0f\u20e3',
      [],
      null,
    ],
    ['a # right after a tag starts no new one', 0, '#a#b', [[0, 2]], 1],
    ['not inside a link without scheme', 0, 'example.com/#anchor #echt', [[20, 25]], 1],
  ])('%s', (_name, limit, text, expected, count) => {
    expect(positions(max(limit), { text })).toEqual(expected);
    expect(run(max(limit), { text })[0]?.params.count ?? null).toBe(count);
  });
});

describe('link domains', () => {
  const allow = (...domains: string[]): RuleOf<'link_domains'> => ({
    kind: 'link_domains',
    severity: 'block',
    domains,
  });

  it.each<[name: string, allowed: string[], text: string, expected: Span[], hosts: string[]]>([
    [
      'allowed domain, subdomain, any case, trailing dot',
      ['example.com'],
      'https://example.com/a und news.example.com und EXAMPLE.COM.',
      [],
      [],
    ],
    [
      'look-alikes are other domains',
      ['example.com'],
      'evil-example.com und example.com.evil.com',
      [
        [0, 16],
        [21, 41],
      ],
      ['evil-example.com', 'example.com.evil.com'],
    ],
    [
      'a longer name is not a subdomain',
      ['example.com'],
      'notexample.com',
      [[0, 14]],
      ['notexample.com'],
    ],
    [
      'user info does not hide the host (after emoji)',
      ['example.com'],
      '😀 https://example.com@evil.com/x',
      [[3, 33]],
      ['evil.com'],
    ],
    [
      'IP addresses are links',
      ['example.com'],
      'http://192.168.0.1/admin',
      [[0, 24]],
      ['192.168.0.1'],
    ],
    [
      'a host inside another link does not count',
      ['example.com'],
      'http://localhost/?next=example.com',
      [[0, 34]],
      ['localhost'],
    ],
    [
      'without scheme, sentence dot excluded',
      ['example.com'],
      'Mehr: www.evil.de.',
      [[6, 17]],
      ['www.evil.de'],
    ],
    ['in brackets', ['example.com'], '(https://evil.com/a)', [[1, 19]], ['evil.com']],
    [
      'a subdomain rule does not allow the parent',
      ['news.example.com'],
      'example.com news.example.com',
      [[0, 11]],
      ['example.com'],
    ],
    [
      'IDN: Unicode and punycode are the same domain',
      ['bücher.de'],
      'https://xn--bcher-kva.de und bücher.de/x',
      [],
      [],
    ],
    ['an empty list allows no links', [], 'Siehe example.com', [[6, 17]], ['example.com']],
    ['an e-mail address is no link', ['example.com'], 'info@evil.com', [], []],
    [
      'every offending link, one host listed once',
      ['example.com'],
      'evil.com/a evil.com/b',
      [
        [0, 10],
        [11, 21],
      ],
      ['evil.com'],
    ],
  ])('%s', (_name, allowed, text, expected, hosts) => {
    expect(positions(allow(...allowed), { text })).toEqual(expected);
    const finding = run(allow(...allowed), { text })[0];
    expect(finding?.params.domains ?? []).toEqual(hosts);
    if (finding) expect(finding.code).toBe('guideline.link_domain_not_allowed');
  });
});

describe('posting windows', () => {
  const window = (days: number[], start: string, end: string): RuleOf<'posting_window'> => ({
    kind: 'posting_window',
    severity: 'warn',
    days,
    start,
    end,
  });
  const weekdays = window([1, 2, 3, 4, 5], '09:00', '17:00');

  it.each<
    [
      name: string,
      rule: RuleOf<'posting_window'>,
      at: string,
      zone: string,
      outside: { day: number; time: string } | null,
    ]
  >([
    ['summer time: start is inclusive', weekdays, '2026-03-30T07:00:00Z', 'Europe/Berlin', null],
    [
      'summer time: a minute before the start',
      weekdays,
      '2026-03-30T06:59:00Z',
      'Europe/Berlin',
      { day: 1, time: '08:59' },
    ],
    ['summer time: last second inside', weekdays, '2026-03-30T14:59:59Z', 'Europe/Berlin', null],
    [
      'summer time: end is exclusive',
      weekdays,
      '2026-03-30T15:00:00Z',
      'Europe/Berlin',
      { day: 1, time: '17:00' },
    ],
    ['winter time: start', weekdays, '2026-03-27T08:00:00Z', 'Europe/Berlin', null],
    [
      'winter time: before the start',
      weekdays,
      '2026-03-27T07:59:00Z',
      'Europe/Berlin',
      { day: 5, time: '08:59' },
    ],
    [
      'Friday in UTC is Saturday in Berlin',
      weekdays,
      '2026-01-02T23:30:00Z',
      'Europe/Berlin',
      { day: 6, time: '00:30' },
    ],
    [
      'Saturday in UTC is Sunday in Berlin',
      window([0], '00:00', '12:00'),
      '2026-03-28T23:30:00Z',
      'Europe/Berlin',
      null,
    ],
    [
      'Saturday 23:59 is not Sunday',
      window([0], '00:00', '12:00'),
      '2026-03-28T22:59:00Z',
      'Europe/Berlin',
      { day: 6, time: '23:59' },
    ],
    [
      'DST starts: 01:59 CET, just before the jump',
      window([0], '03:00', '04:00'),
      '2026-03-29T00:59:00Z',
      'Europe/Berlin',
      { day: 0, time: '01:59' },
    ],
    [
      'DST starts: 03:00 CEST right after it',
      window([0], '03:00', '04:00'),
      '2026-03-29T01:00:00Z',
      'Europe/Berlin',
      null,
    ],
    [
      'DST starts: the skipped hour never happens',
      window([0], '02:00', '03:00'),
      '2026-03-29T01:00:00Z',
      'Europe/Berlin',
      { day: 0, time: '03:00' },
    ],
    [
      'DST ends: 02:00 CEST',
      window([0], '02:00', '03:00'),
      '2026-10-25T00:00:00Z',
      'Europe/Berlin',
      null,
    ],
    [
      'DST ends: 02:30 CEST, first pass',
      window([0], '02:00', '03:00'),
      '2026-10-25T00:30:00Z',
      'Europe/Berlin',
      null,
    ],
    [
      'DST ends: 02:30 CET, second pass',
      window([0], '02:00', '03:00'),
      '2026-10-25T01:30:00Z',
      'Europe/Berlin',
      null,
    ],
    [
      'DST ends: 03:00 CET',
      window([0], '02:00', '03:00'),
      '2026-10-25T02:00:00Z',
      'Europe/Berlin',
      { day: 0, time: '03:00' },
    ],
    [
      'another zone: New York summer time',
      window([1], '09:00', '10:00'),
      '2026-03-30T13:00:00Z',
      'America/New_York',
      null,
    ],
    [
      'a wrong day at the right time',
      window([2], '09:00', '17:00'),
      '2026-03-30T10:00:00Z',
      'Europe/Berlin',
      { day: 1, time: '12:00' },
    ],
    [
      'no days left (disjoint windows)',
      window([], '09:00', '09:00'),
      '2026-03-30T10:00:00Z',
      'Europe/Berlin',
      { day: 1, time: '12:00' },
    ],
  ])('%s', (_name, rule, at, timeZone, outside) => {
    const findings = run(rule, { scheduledAt: new Date(at), timeZone });
    if (outside === null) expect(findings).toEqual([]);
    else {
      expect(findings).toEqual([
        expect.objectContaining({
          code: 'guideline.outside_posting_window',
          positions: [],
          params: { ...outside, timeZone },
        }),
      ]);
    }
  });

  it('does not check a post without a schedule', () => {
    expect(run(weekdays, {})).toEqual([]);
    expect(run(weekdays, { scheduledAt: null })).toEqual([]);
  });
});

describe('languages', () => {
  const languages = (...codes: string[]): RuleOf<'languages'> => ({
    kind: 'languages',
    severity: 'warn',
    codes,
  });

  it.each<[allowed: string[], language: string, admitted: boolean]>([
    [['de'], 'de', true],
    [['de'], 'DE', true],
    [['de'], 'de-AT', true],
    [['de'], 'dE-at', true],
    [['de'], 'de_CH', true],
    [['de'], 'en', false],
    [['de'], 'en-DE', false],
    [['de'], 'dee', false],
    [['de-at'], 'de-AT', true],
    [['de-at'], 'de', false],
    [['de-at'], 'de-CH', false],
    [['de', 'en'], 'en-GB', true],
    [['de', 'en'], 'fr', false],
    [['he'], 'iw', true],
    [['de'], '', false],
    [[], 'de', false],
  ])('allowed %j, post in %j: %s', (allowed, language, admitted) => {
    const findings = run(languages(...allowed), { language });
    expect(findings).toEqual(
      admitted
        ? []
        : [
            expect.objectContaining({
              code: 'guideline.language_not_allowed',
              positions: [],
              params: { language, allowed },
            }),
          ],
    );
  });
});

describe('checkVariant', () => {
  it('reports only violated rules, in rule order, with the unit each rule belongs to', () => {
    const { rules } = effectiveRules([
      {
        unitId: 'R',
        rules: [
          { kind: 'banned_term', severity: 'block', term: 'gratis', reason: 'r' },
          { kind: 'hashtag_max', severity: 'warn', max: 3 },
          { kind: 'languages', severity: 'warn', codes: ['de', 'en'] },
        ],
      },
      {
        unitId: 'A',
        rules: [
          { kind: 'hashtag_max', severity: 'warn', max: 1 },
          { kind: 'disclaimer', severity: 'warn', text: 'Anzeige', network: 'instagram' },
          { kind: 'banned_term', severity: 'warn', term: 'billig', reason: 'r' },
        ],
      },
    ]);
    const findings = checkVariant({
      rules,
      text: 'Billig! #a #b',
      network: 'instagram',
      channelId: 'C',
      language: 'en-US',
      scheduledAt: null,
      timeZone: 'Europe/Berlin',
    });
    expect(findings.map((f) => [f.code, f.ruleUnitId, f.severity])).toEqual([
      // The hashtag maximum stays the root's rule, tightened by A.
      ['guideline.too_many_hashtags', 'R', 'warn'],
      ['guideline.disclaimer_missing', 'A', 'warn'],
      ['guideline.banned_term', 'A', 'warn'],
    ]);
    expect(findings[0]?.positions).toEqual([{ start: 11, end: 13 }]);
  });

  it('returns nothing without rules', () => {
    expect(
      checkVariant({ rules: [], text: 'gratis', network: 'x', language: 'de', timeZone: 'UTC' }),
    ).toEqual([]);
  });
});
