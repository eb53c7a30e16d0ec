import { describe, expect, it } from 'vitest';
import type { ModelKey } from '../../../core/governance/types.ts';
import type { EffectiveRule } from '../../../core/guidelines/inherit.ts';
import { liveFindings, type LiveCheckInput } from './live-checks.ts';

const ROOT = '00000000-0000-4000-8000-000000000001';
const REGION = '00000000-0000-4000-8000-000000000002';

const rules: EffectiveRule[] = [
  {
    unitId: ROOT,
    rule: {
      kind: 'banned_term',
      term: 'risikolos',
      reason: 'Nichts ist risikolos.',
      severity: 'block',
    },
    tightenedBy: [],
  },
  { unitId: ROOT, rule: { kind: 'hashtag_max', max: 1, severity: 'warn' }, tightenedBy: [] },
  {
    unitId: REGION,
    rule: { kind: 'disclaimer', text: 'Keine Anlageberatung.', severity: 'warn' },
    tightenedBy: [],
  },
];

function check(model: ModelKey, over: Partial<LiveCheckInput> = {}) {
  return liveFindings({
    rules,
    org: { model, rootUnitId: ROOT },
    network: 'linkedin',
    language: 'de',
    timeZone: 'Europe/Berlin',
    scheduledAt: null,
    text: 'Risikolos! #a #b',
    link: '',
    firstComment: '',
    ...over,
  });
}

const summary = (list: ReturnType<typeof check>) =>
  list.map((f) => [f.code, f.field, f.effectiveSeverity]);

describe('live guideline checks in the composer', () => {
  it('finds what the rules say, with positions in the text', () => {
    const found = check('holistic');
    expect(summary(found)).toEqual([
      ['guideline.banned_term', 'text', 'block'],
      ['guideline.too_many_hashtags', 'text', 'warn'],
      ['guideline.disclaimer_missing', 'text', 'warn'],
    ]);
    expect(found[0]!.positions).toEqual([{ start: 0, end: 9 }]);
    expect(found[1]!.positions).toEqual([{ start: 14, end: 16 }]);
  });

  it('maps a warning as the model does: centralized blocks, multi-coordinated only for the root', () => {
    expect(check('centralized').map((f) => f.effectiveSeverity)).toEqual([
      'block',
      'block',
      'block',
    ]);
    expect(check('coordinated').map((f) => f.effectiveSeverity)).toEqual(['block', 'warn', 'warn']);
    // The hashtag rule is the root's (global), the disclaimer a region's.
    expect(check('multi_coordinated').map((f) => f.effectiveSeverity)).toEqual([
      'block',
      'block',
      'warn',
    ]);
  });

  it('checks a link and a first comment for banned terms only (and link domains)', () => {
    const found = check('holistic', {
      text: 'Keine Anlageberatung.',
      link: 'https://example.com/risikolos',
      firstComment: 'risikolos #x #y #z',
    });
    expect(summary(found)).toEqual([
      ['guideline.banned_term', 'link', 'block'],
      ['guideline.banned_term', 'firstComment', 'block'],
    ]);
  });

  it('finds nothing in a text that keeps the rules', () => {
    expect(
      check('centralized', { text: 'Neu in Hamburg. #Hamburg Keine Anlageberatung.' }),
    ).toEqual([]);
  });
});
