import { beforeAll, describe, expect, it } from 'vitest';
import type { GuidelineRule } from '../../../core/guidelines/rules.ts';
import { ApiError } from '../../api/client.ts';
import { i18n, registerMessages } from '../../i18n/setup.ts';
import { guidelinesMessages } from './messages.ts';
import { refusalLines } from './refusal.ts';
import { ruleWords, weekdayNames } from './rule-words.ts';

beforeAll(() => registerMessages('guidelines', guidelinesMessages));

const words = (rule: GuidelineRule, locale: 'en' | 'de') =>
  ruleWords(rule, i18n.getFixedT(locale, 'guidelines'), {
    locale,
    networkName: (n) => (n === 'linkedin' ? 'LinkedIn' : n),
  });

describe('rules in words', () => {
  it.each<[GuidelineRule, string, string]>([
    [
      { kind: 'banned_term', severity: 'block', term: 'risikolos', reason: 'Nie.' },
      'The term “risikolos” is banned: Nie.',
      'Der Begriff „risikolos“ ist unzulässig: Nie.',
    ],
    [
      { kind: 'disclaimer', severity: 'warn', text: 'Anzeige', network: 'linkedin' },
      'The disclaimer “Anzeige” is required on LinkedIn.',
      'Der Hinweis „Anzeige“ ist Pflicht auf LinkedIn.',
    ],
    [
      { kind: 'disclaimer', severity: 'warn', text: 'Anzeige' },
      'The disclaimer “Anzeige” is required on every network.',
      'Der Hinweis „Anzeige“ ist Pflicht auf jedem Netzwerk.',
    ],
    [
      { kind: 'hashtag_max', severity: 'warn', max: 3 },
      'At most 3 hashtags.',
      'Höchstens 3 Hashtags.',
    ],
    [
      { kind: 'link_domains', severity: 'block', domains: ['a.example', 'b.example'] },
      'Links only to a.example and b.example.',
      'Links nur auf a.example und b.example.',
    ],
    [{ kind: 'link_domains', severity: 'block', domains: [] }, 'No links.', 'Keine Links.'],
    [
      { kind: 'posting_window', severity: 'warn', days: [0, 1, 3], start: '09:00', end: '17:30' },
      'Posts only on Monday, Wednesday, and Sunday, from 09:00 until 17:30.',
      'Beiträge nur Montag, Mittwoch und Sonntag, von 09:00 bis 17:30.',
    ],
    [
      { kind: 'posting_window', severity: 'warn', days: [1], start: '10:00', end: '10:00' },
      'No posting time is left.',
      'Es bleibt keine Zeit zum Veröffentlichen.',
    ],
    [
      { kind: 'languages', severity: 'block', codes: ['de', 'en'] },
      'Only in German and English.',
      'Nur auf Deutsch und Englisch.',
    ],
  ])('%o', (rule, en, de) => {
    expect(words(rule, 'en')).toBe(en);
    expect(words(rule, 'de')).toBe(de);
  });

  it('names the weekdays from Sunday in the language', () => {
    expect(weekdayNames('de')[1]).toBe('Montag');
    expect(weekdayNames('en')[0]).toBe('Sunday');
  });
});

describe('a refused loosening in words', () => {
  const HQ = '00000000-0000-4000-8000-000000000001';
  const refusal = new ApiError(
    422,
    'unprocessable',
    'A rule would loosen an inherited guideline.',
    [
      {
        path: 'body.rules.1',
        code: 'guideline.loosens_inherited',
        params: {
          loosening: 'limit_raised',
          inherited: { kind: 'hashtag_max', severity: 'warn', max: 3 },
          inheritedUnitId: HQ,
        },
      },
      {
        path: 'body.rules.0',
        code: 'guideline.loosens_inherited',
        params: {
          loosening: 'severity_lowered',
          inherited: { kind: 'banned_term', severity: 'block', term: 'risikolos', reason: 'Nie.' },
          inheritedUnitId: HQ,
        },
      },
    ],
  );
  const opts = (locale: 'en' | 'de') => ({
    kindOf: (i: number) => (['banned_term', 'hashtag_max'] as const)[i],
    unitName: (id: string) => (id === HQ ? 'Zentrale' : undefined),
    ruleWords: (r: GuidelineRule) => words(r, locale),
  });

  it('names each rule, the reason, and the inherited rule with its unit', () => {
    expect(refusalLines(refusal, i18n.getFixedT('en', 'guidelines'), opts('en'))).toEqual([
      'Rule 2 (Hashtag limit): The limit is higher than the inherited one. Inherited from Zentrale: At most 3 hashtags.',
      'Rule 1 (Banned term): The inherited rule blocks; it cannot become a mere warning here. Inherited from Zentrale: The term “risikolos” is banned: Nie.',
    ]);
    expect(refusalLines(refusal, i18n.getFixedT('de', 'guidelines'), opts('de'))![0]).toBe(
      'Regel 2 (Höchstzahl Hashtags): Die Grenze liegt höher als die geerbte. Geerbt von Zentrale: Höchstens 3 Hashtags.',
    );
  });

  it('leaves every other error to the general error display', () => {
    const t = i18n.getFixedT('en', 'guidelines');
    expect(refusalLines(new ApiError(403, 'forbidden', 'no'), t, opts('en'))).toBeNull();
    expect(
      refusalLines(new ApiError(422, 'unprocessable', 'x', [{ code: 'other' }]), t, opts('en')),
    ).toBeNull();
    expect(refusalLines(new Error('boom'), t, opts('en'))).toBeNull();
  });

  it('still says something when the server sends a reason or rule it does not know', () => {
    const odd = new ApiError(422, 'unprocessable', 'x', [
      { path: 'body.rules.0', code: 'guideline.loosens_inherited', params: { loosening: 'new' } },
    ]);
    expect(refusalLines(odd, i18n.getFixedT('en', 'guidelines'), opts('en'))).toEqual([
      'Rule 1 (Banned term): It would loosen the inherited rule. Inherited from ?: ?.',
    ]);
  });
});
