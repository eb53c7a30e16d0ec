import { describe, expect, it } from 'vitest';
import { MODELS } from '../governance/types.ts';
import { CRITERIA } from './criteria.ts';
import type { AdvisorProfile } from './profile.ts';
import { UNCERTAINTY_THRESHOLDS, rankModels, type Advice } from './rank.ts';

const codes = (advice: Advice) => advice.uncertain.map((u) => u.code);
const order = (advice: Advice) => advice.ranking.map((r) => r.model);

/**
 * One company per statement of the source article. Each must rank the article's model first,
 * clearly (no close-call flag), and give the article's criterion as a reason for it.
 */
const SEED_PROFILES: {
  statement: string;
  profile: AdvisorProfile;
  first: (typeof MODELS)[number];
  criterion: (typeof CRITERIA)[number];
}[] = [
  {
    statement: 'the smaller the firm, the more social media is shared among everyone (holistic)',
    profile: {
      employees: 12,
      onSiteShare: 1,
      activeDepartments: 1,
      countries: 1,
      socialTeamSize: 0,
      directiveCulture: 2,
      regulation: 2,
      authenticityVsControl: 2,
    },
    first: 'holistic',
    criterion: 'size',
  },
  {
    statement:
      'small and mid-sized firms whose departments act independently of each other (decentralized)',
    profile: {
      employees: 120,
      onSiteShare: 0.9,
      activeDepartments: 5,
      countries: 1,
      socialTeamSize: 0,
      directiveCulture: 2,
      regulation: 2,
      authenticityVsControl: 2,
    },
    first: 'decentralized',
    criterion: 'department_independence',
  },
  {
    statement: 'large firms with a team of their own, staff not all on site (coordinated)',
    profile: {
      employees: 3000,
      onSiteShare: 0.5,
      activeDepartments: 6,
      countries: 1,
      socialTeamSize: 5,
      directiveCulture: 3,
      regulation: 3,
      authenticityVsControl: 3,
    },
    first: 'coordinated',
    criterion: 'dedicated_team',
  },
  {
    statement: 'large firms whose staff are bound by directives (centralized)',
    profile: {
      employees: 3000,
      onSiteShare: 0.9,
      activeDepartments: 4,
      countries: 1,
      socialTeamSize: 4,
      directiveCulture: 5,
      regulation: 4,
      authenticityVsControl: 4,
    },
    first: 'centralized',
    criterion: 'binding_directives',
  },
  {
    statement: 'firms active internationally (multi-coordinated)',
    profile: {
      employees: 8000,
      onSiteShare: 0.7,
      activeDepartments: 6,
      countries: 12,
      socialTeamSize: 8,
      directiveCulture: 3,
      regulation: 3,
      authenticityVsControl: 3,
    },
    first: 'multi_coordinated',
    criterion: 'international',
  },
];

describe('the statements of the source article', () => {
  it.each(SEED_PROFILES)('$statement → $first', ({ profile, first, criterion }) => {
    const advice = rankModels(profile);
    expect(advice.ranking[0]!.model).toBe(first);
    expect(codes(advice)).not.toContain('advisor.close_scores');
    expect(advice.ranking[0]!.score - advice.ranking[1]!.score).toBeGreaterThanOrEqual(
      UNCERTAINTY_THRESHOLDS.closeGap,
    );
    const reason = advice.ranking[0]!.reasons.find((r) => r.criterion === criterion);
    expect(reason).toMatchObject({ effect: 'for', code: expect.stringMatching(/^advisor\./) });
  });

  it('a small firm: holistic or decentralized, the two ahead of every other model', () => {
    for (const profile of [SEED_PROFILES[0]!.profile, SEED_PROFILES[1]!.profile]) {
      expect(order(rankModels(profile)).slice(0, 2).sort()).toEqual(['decentralized', 'holistic']);
    }
  });

  it('the same small firm turns decentralized once several departments act on their own', () => {
    const small = SEED_PROFILES[0]!.profile;
    expect(order(rankModels(small))[0]).toBe('holistic');
    expect(order(rankModels({ ...small, employees: 40, activeDepartments: 5 }))[0]).toBe(
      'decentralized',
    );
  });

  it('the large firm of the coordinated statement turns centralized when directives bind', () => {
    const large = SEED_PROFILES[2]!.profile;
    const directed = { ...large, directiveCulture: 5, authenticityVsControl: 5, regulation: 5 };
    expect(order(rankModels(directed))[0]).toBe('centralized');
  });

  it('the coordinated firm turns multi-coordinated when it works in many countries', () => {
    const large = SEED_PROFILES[2]!.profile;
    expect(order(rankModels({ ...large, countries: 8 }))[0]).toBe('multi_coordinated');
  });
});

describe('borderline profiles', () => {
  it('a mid-sized firm with middling answers: close call, and the profile says little', () => {
    const advice = rankModels({
      employees: 250,
      onSiteShare: 0.8,
      activeDepartments: 3,
      countries: 1,
      socialTeamSize: 0,
      directiveCulture: 3,
      regulation: 3,
      authenticityVsControl: 3,
    });
    expect(order(advice).slice(0, 2)).toEqual(['decentralized', 'holistic']);
    const close = advice.uncertain.find((u) => u.code === 'advisor.close_scores');
    expect(close?.params).toMatchObject({ first: 'decentralized', second: 'holistic' });
    expect(close?.params.gap).toBeLessThan(UNCERTAINTY_THRESHOLDS.closeGap);
    expect(codes(advice)).toContain('advisor.few_clear_answers');
  });

  it('a firm in three countries: multi-coordinated and coordinated side by side', () => {
    const advice = rankModels({
      employees: 1500,
      onSiteShare: 0.7,
      activeDepartments: 4,
      countries: 3,
      socialTeamSize: 3,
      directiveCulture: 3,
      regulation: 3,
      authenticityVsControl: 3,
    });
    expect(order(advice).slice(0, 2).sort()).toEqual(['coordinated', 'multi_coordinated']);
    expect(codes(advice)).toContain('advisor.close_scores');
  });

  it('a small firm with four departments: decentralized and holistic side by side', () => {
    const advice = rankModels({
      employees: 60,
      onSiteShare: 1,
      activeDepartments: 4,
      countries: 1,
      socialTeamSize: 0,
      directiveCulture: 3,
      regulation: 3,
      authenticityVsControl: 3,
    });
    expect(order(advice).slice(0, 2).sort()).toEqual(['decentralized', 'holistic']);
    expect(codes(advice)).toContain('advisor.close_scores');
  });

  it('a large firm without a team, all on site: decentralized, with size against it', () => {
    const advice = rankModels({
      employees: 2000,
      onSiteShare: 1,
      activeDepartments: 4,
      countries: 1,
      socialTeamSize: 0,
      directiveCulture: 3,
      regulation: 3,
      authenticityVsControl: 3,
    });
    expect(order(advice)[0]).toBe('decentralized');
    expect(advice.uncertain).toContainEqual({
      code: 'advisor.counter_criterion',
      params: { model: 'decentralized', criterion: 'size' },
    });
  });

  it('a directive, regulated firm without a team: centralized, and the hub is still to staff', () => {
    const advice = rankModels({
      employees: 800,
      onSiteShare: 0.9,
      activeDepartments: 3,
      countries: 1,
      socialTeamSize: 0,
      directiveCulture: 5,
      regulation: 5,
      authenticityVsControl: 5,
    });
    expect(order(advice)[0]).toBe('centralized');
    // Said once, as the missing team, not again as an answer against the model.
    expect(advice.uncertain).toEqual([
      { code: 'advisor.team_missing', params: { model: 'centralized' } },
    ]);
  });

  it('a tiny firm in four countries stays holistic, multi-coordinated third', () => {
    const advice = rankModels({
      employees: 30,
      onSiteShare: 0.6,
      activeDepartments: 2,
      countries: 4,
      socialTeamSize: 0,
      directiveCulture: 3,
      regulation: 2,
      authenticityVsControl: 2,
    });
    expect(order(advice).slice(0, 3)).toEqual(['holistic', 'decentralized', 'multi_coordinated']);
  });

  it('equal scores follow the reference shares among large firms (Altimeter 2010)', () => {
    const advice = rankModels({
      employees: 250,
      onSiteShare: 0.8,
      activeDepartments: 2,
      countries: 2,
      socialTeamSize: 1,
      directiveCulture: 3,
      regulation: 3,
      authenticityVsControl: 3,
    });
    expect(order(advice)).toEqual([
      'coordinated',
      'centralized',
      'multi_coordinated',
      'decentralized',
      'holistic',
    ]);
    expect(advice.ranking.every((r) => r.score === 50 && r.reasons.length === 0)).toBe(true);
    expect(advice.uncertain).toEqual([
      {
        code: 'advisor.close_scores',
        params: { first: 'coordinated', second: 'centralized', gap: 0 },
      },
      { code: 'advisor.few_clear_answers', params: { count: 8, total: 8 } },
    ]);
  });

  it('flags no uncertainty for a clear profile', () => {
    expect(rankModels(SEED_PROFILES[4]!.profile).uncertain).toEqual([]);
  });
});

describe('the shape of the advice', () => {
  const profiles = [
    ...SEED_PROFILES.map((s) => s.profile),
    { ...SEED_PROFILES[0]!.profile, employees: 1, socialTeamSize: 1, countries: 250 },
    {
      employees: 10_000_000,
      onSiteShare: 0,
      activeDepartments: 10_000,
      countries: 250,
      socialTeamSize: 100_000,
      directiveCulture: 5,
      regulation: 5,
      authenticityVsControl: 5,
    },
  ];

  it.each(profiles)('ranks all five models once, best first, with consistent reasons (%#)', (p) => {
    const advice = rankModels(p);
    expect(order(advice).sort()).toEqual([...MODELS].sort());
    for (let i = 1; i < advice.ranking.length; i++) {
      expect(advice.ranking[i - 1]!.score).toBeGreaterThanOrEqual(advice.ranking[i]!.score);
    }
    for (const ranked of advice.ranking) {
      expect(ranked.score).toBeGreaterThanOrEqual(0);
      expect(ranked.score).toBeLessThanOrEqual(100);
      // The reasons add up to the score (each rounded to a tenth; the small ones are left out).
      const sum = ranked.reasons.reduce((t, r) => t + r.points, 0);
      expect(Math.abs(50 + sum - ranked.score)).toBeLessThan(0.5 * CRITERIA.length);
      const sizes = ranked.reasons.map((r) => Math.abs(r.points));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
      for (const r of ranked.reasons) {
        expect(CRITERIA).toContain(r.criterion);
        expect(r.code).toMatch(new RegExp(`^advisor\\.${r.criterion}\\.(low|high)$`));
        expect(r.effect).toBe(r.points > 0 ? 'for' : 'against');
        expect(r.params.model).toBe(ranked.model);
      }
    }
  });

  it('shows the on-site share in percent and other answers as given', () => {
    const advice = rankModels(SEED_PROFILES[2]!.profile);
    const reasons = advice.ranking[0]!.reasons;
    expect(reasons.find((r) => r.criterion === 'staff_off_site')?.params.value).toBe(50);
    expect(reasons.find((r) => r.criterion === 'size')?.params.value).toBe(3000);
  });
});
