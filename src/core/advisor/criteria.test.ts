import { describe, expect, it } from 'vitest';
import type { ModelKey } from '../governance/types.ts';
import { MODELS } from '../governance/types.ts';
import { CRITERIA, CRITERIA_TABLE, signalOf, type Criterion } from './criteria.ts';
import type { AdvisorProfile } from './profile.ts';
import { rankModels } from './rank.ts';

/** Every answer exactly where its signal is 0: every model scores 50, nothing is said. */
const NEUTRAL: AdvisorProfile = {
  employees: 250,
  onSiteShare: 0.8,
  activeDepartments: 2,
  countries: 2,
  socialTeamSize: 1,
  directiveCulture: 3,
  regulation: 3,
  authenticityVsControl: 3,
};

const definition = (key: Criterion) => CRITERIA_TABLE.find((c) => c.key === key)!;
const scores = (profile: AdvisorProfile) =>
  Object.fromEntries(rankModels(profile).ranking.map((r) => [r.model, r.score])) as Record<
    ModelKey,
    number
  >;

describe('the criteria table', () => {
  it('has each criterion once, in the order of CRITERIA, reading a profile field', () => {
    expect(CRITERIA_TABLE.map((c) => c.key)).toEqual([...CRITERIA]);
  });

  it('reads the neutral profile as 0 everywhere', () => {
    for (const c of CRITERIA_TABLE) expect(signalOf(c, NEUTRAL), c.key).toBe(0);
    expect(Object.values(scores(NEUTRAL))).toEqual([50, 50, 50, 50, 50]);
  });
});

describe('signals', () => {
  it.each([
    // size: log10 between 10 → -1, 250 → 0, 5000 → +1
    ['size', { employees: 1 }, -1],
    ['size', { employees: 10 }, -1],
    ['size', { employees: 50 }, -0.5], // log(250/50) / log(250/10) = log 5 / log 25
    ['size', { employees: 1000 }, Math.log10(4) / Math.log10(20)],
    ['size', { employees: 5000 }, 1],
    ['size', { employees: 1_000_000 }, 1],
    ['department_independence', { activeDepartments: 1 }, -1],
    ['department_independence', { activeDepartments: 3 }, 1 / 3],
    ['department_independence', { activeDepartments: 9 }, 1],
    ['dedicated_team', { socialTeamSize: 0 }, -1],
    ['dedicated_team', { socialTeamSize: 2 }, 0.5],
    ['dedicated_team', { socialTeamSize: 40 }, 1],
    ['staff_off_site', { onSiteShare: 1 }, -1],
    ['staff_off_site', { onSiteShare: 0.9 }, -0.5],
    ['staff_off_site', { onSiteShare: 0.6 }, 0.5],
    ['staff_off_site', { onSiteShare: 0 }, 1],
    ['binding_directives', { directiveCulture: 1 }, -1],
    ['binding_directives', { directiveCulture: 4 }, 0.5],
    ['international', { countries: 1 }, -1],
    ['international', { countries: 3.5 }, 0.5],
    ['international', { countries: 30 }, 1],
    ['regulation', { regulation: 5 }, 1],
    ['authenticity_vs_control', { authenticityVsControl: 2 }, -0.5],
  ] as const)('%s of %o is %d', (key, change, expected) => {
    expect(signalOf(definition(key), { ...NEUTRAL, ...change })).toBeCloseTo(expected, 10);
  });
});

/**
 * What each criterion does, from the source article's statements (and, for regulation and
 * authenticity, DESIGN.md §7), with each model's points when the answer moves from the neutral
 * profile to the top of its scale: weight × 50 / 12 (12 = the largest sum of absolute weights,
 * the holistic model's). Moving to the bottom gives the same points negated. A wrong sign, a
 * weight on the wrong model or a changed weight fails here.
 */
const EFFECTS: {
  criterion: Criterion;
  low: Partial<AdvisorProfile>;
  high: Partial<AdvisorProfile>;
  /** Who gains most and who loses most when the answer rises. */
  gains: ModelKey;
  loses: ModelKey;
  points: Record<ModelKey, number>;
}[] = [
  {
    // The smaller the firm, the more holistic; decentralized suits small and mid-sized firms;
    // coordinated and centralized are what large firms do.
    criterion: 'size',
    low: { employees: 10 },
    high: { employees: 5000 },
    gains: 'coordinated',
    loses: 'holistic',
    points: {
      holistic: -16.67, // -4
      decentralized: -6.25, // -1.5
      coordinated: 8.33, // 2
      centralized: 6.25, // 1.5
      multi_coordinated: 6.25, // 1.5
    },
  },
  {
    // Departments acting independently of each other: the decentralized model.
    criterion: 'department_independence',
    low: { activeDepartments: 1 },
    high: { activeDepartments: 5 },
    gains: 'decentralized',
    loses: 'holistic',
    points: {
      holistic: -6.25, // -1.5
      decentralized: 10.42, // 2.5
      coordinated: 4.17, // 1
      centralized: -4.17, // -1
      multi_coordinated: 4.17, // 1
    },
  },
  {
    // A team of its own: the coordinated model (and the hubs of centralized and multi).
    criterion: 'dedicated_team',
    low: { socialTeamSize: 0 },
    high: { socialTeamSize: 3 },
    gains: 'coordinated',
    loses: 'holistic',
    points: {
      holistic: -4.17, // -1
      decentralized: -2.08, // -0.5
      coordinated: 10.42, // 2.5
      centralized: 8.33, // 2
      multi_coordinated: 8.33, // 2
    },
  },
  {
    // Staff not all on site: the coordinated model has proven itself there.
    criterion: 'staff_off_site',
    low: { onSiteShare: 1 },
    high: { onSiteShare: 0.4 },
    gains: 'coordinated',
    loses: 'holistic',
    points: {
      holistic: -4.17, // -1
      decentralized: -2.08, // -0.5
      coordinated: 8.33, // 2
      centralized: 2.08, // 0.5
      multi_coordinated: 4.17, // 1
    },
  },
  {
    // Staff bound by directives: the centralized model.
    criterion: 'binding_directives',
    low: { directiveCulture: 1 },
    high: { directiveCulture: 5 },
    gains: 'centralized',
    loses: 'decentralized',
    points: {
      holistic: -4.17, // -1
      decentralized: -6.25, // -1.5
      coordinated: 2.08, // 0.5
      centralized: 12.5, // 3
      multi_coordinated: 2.08, // 0.5
    },
  },
  {
    // International firms: the multi-coordinated model.
    criterion: 'international',
    low: { countries: 1 },
    high: { countries: 5 },
    gains: 'multi_coordinated',
    loses: 'holistic',
    points: {
      holistic: -4.17, // -1
      decentralized: -2.08, // -0.5
      coordinated: 0,
      centralized: 0,
      multi_coordinated: 16.67, // 4
    },
  },
  {
    criterion: 'regulation',
    low: { regulation: 1 },
    high: { regulation: 5 },
    gains: 'centralized',
    loses: 'holistic', // tied with decentralized; the first in MODELS order is named
    points: {
      holistic: -4.17, // -1
      decentralized: -4.17, // -1
      coordinated: 2.08, // 0.5
      centralized: 6.25, // 1.5
      multi_coordinated: 2.08, // 0.5
    },
  },
  {
    criterion: 'authenticity_vs_control',
    low: { authenticityVsControl: 1 },
    high: { authenticityVsControl: 5 },
    gains: 'centralized',
    loses: 'holistic', // tied with decentralized
    points: {
      holistic: -6.25, // -1.5
      decentralized: -6.25, // -1.5
      coordinated: 2.08, // 0.5
      centralized: 8.33, // 2
      multi_coordinated: 2.08, // 0.5
    },
  },
];

describe.each(EFFECTS)('criterion $criterion', (effect) => {
  const high = scores({ ...NEUTRAL, ...effect.high });
  const low = scores({ ...NEUTRAL, ...effect.low });

  it('moves each model by its weight, up at the top of the scale and down at the bottom', () => {
    for (const model of MODELS) {
      expect(high[model] - 50, `${model} at the top`).toBeCloseTo(effect.points[model], 0);
      expect(50 - low[model], `${model} at the bottom`).toBeCloseTo(effect.points[model], 0);
    }
  });

  it(`raises ${effect.gains} most and lowers ${effect.loses} most`, () => {
    const deltas = MODELS.map((m) => high[m] - 50);
    expect(MODELS[deltas.indexOf(Math.max(...deltas))]).toBe(effect.gains);
    expect(MODELS[deltas.indexOf(Math.min(...deltas))]).toBe(effect.loses);
  });

  it('names the criterion in the reasons of every model it moves, with the right effect', () => {
    const advice = rankModels({ ...NEUTRAL, ...effect.high });
    for (const ranked of advice.ranking) {
      const reasons = ranked.reasons.filter((r) => r.criterion === effect.criterion);
      const expected = effect.points[ranked.model];
      if (expected === 0) {
        expect(reasons).toEqual([]);
        continue;
      }
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toMatchObject({
        effect: expected > 0 ? 'for' : 'against',
        code: `advisor.${effect.criterion}.high`,
      });
      expect(reasons[0]!.points).toBeCloseTo(expected, 0);
    }
  });
});
