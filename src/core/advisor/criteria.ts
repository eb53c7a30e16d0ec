import type { ModelKey } from '../governance/types.ts';
import type { AdvisorProfile, ProfileField } from './profile.ts';

/**
 * The criteria of the advisor and their weights: the one table to read (and argue about).
 *
 * The first six are the criteria of the source article: the smaller the firm, the more social
 * media is shared among everyone (holistic), small and mid-sized firms with departments that act
 * on their own (decentralized), large firms with a team of their own and staff not all on site
 * (coordinated), large firms where directives bind (centralized), firms active in several
 * countries (multi-coordinated). Regulation and authenticity versus control are added from
 * DESIGN.md §7; they separate the models that steer from the ones that trust.
 *
 * Each criterion turns one answer into a signal from -1 (the low end) to +1 (the high end). A
 * model's weight says how many points it gains at +1; at -1 it gains the negated weight, and
 * at 0 the answer says nothing either way. The score of a model is the sum over all criteria.
 */

export const CRITERIA = [
  'size',
  'department_independence',
  'dedicated_team',
  'staff_off_site',
  'binding_directives',
  'international',
  'regulation',
  'authenticity_vs_control',
] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Where a signal runs through: `[answer, signal]` pairs, ascending by answer. */
export type Anchors = readonly (readonly [answer: number, signal: number])[];

export interface CriterionDefinition {
  key: Criterion;
  /** The answer the signal is read from. */
  field: ProfileField;
  /** Turns the answer into the signal (clamped at the ends). */
  anchors: Anchors;
  /** Sizes and counts feel proportional (10 → 100 is a step like 100 → 1,000): interpolate in log10. */
  scale: 'linear' | 'log';
  /** Points per model at signal +1. */
  weights: Readonly<Record<ModelKey, number>>;
}

const scaleOneToFive: Anchors = [
  [1, -1],
  [3, 0],
  [5, 1],
];

//                                              holistic  decentral  coordinated  centralized  multi
export const CRITERIA_TABLE: readonly CriterionDefinition[] = Object.freeze([
  {
    // 10 or fewer: small; 250 (the EU's line for small and mid-sized firms): neither; 5,000+: large.
    key: 'size',
    field: 'employees',
    anchors: [
      [10, -1],
      [250, 0],
      [5000, 1],
    ],
    scale: 'log',
    weights: w(-4, -1.5, 2, 1.5, 1.5),
  },
  {
    // One active department: nothing to keep independent; five or more: many voices of their own.
    key: 'department_independence',
    field: 'activeDepartments',
    anchors: [
      [1, -1],
      [2, 0],
      [5, 1],
    ],
    scale: 'linear',
    weights: w(-1.5, 2.5, 1, -1, 1),
  },
  {
    // No one does it as a job: -1; one person: 0; a team of three or more: +1.
    key: 'dedicated_team',
    field: 'socialTeamSize',
    anchors: [
      [0, -1],
      [1, 0],
      [3, 1],
    ],
    scale: 'linear',
    weights: w(-1, -0.5, 2.5, 2, 2),
  },
  {
    // Read from the share on site: everyone on site -1, 80 % on site 0, 40 % or less on site +1.
    key: 'staff_off_site',
    field: 'onSiteShare',
    anchors: [
      [0.4, 1],
      [0.8, 0],
      [1, -1],
    ],
    scale: 'linear',
    weights: w(-1, -0.5, 2, 0.5, 1),
  },
  {
    key: 'binding_directives',
    field: 'directiveCulture',
    anchors: scaleOneToFive,
    scale: 'linear',
    weights: w(-1, -1.5, 0.5, 3, 0.5),
  },
  {
    // One country: -1; two: 0; five or more: +1.
    key: 'international',
    field: 'countries',
    anchors: [
      [1, -1],
      [2, 0],
      [5, 1],
    ],
    scale: 'linear',
    weights: w(-1, -0.5, 0, 0, 4),
  },
  {
    key: 'regulation',
    field: 'regulation',
    anchors: scaleOneToFive,
    scale: 'linear',
    weights: w(-1, -1, 0.5, 1.5, 0.5),
  },
  {
    // 1 = authenticity, 5 = control.
    key: 'authenticity_vs_control',
    field: 'authenticityVsControl',
    anchors: scaleOneToFive,
    scale: 'linear',
    weights: w(-1.5, -1.5, 0.5, 2, 0.5),
  },
]);

function w(
  holistic: number,
  decentralized: number,
  coordinated: number,
  centralized: number,
  multi_coordinated: number,
): Readonly<Record<ModelKey, number>> {
  return Object.freeze({ holistic, decentralized, coordinated, centralized, multi_coordinated });
}

/**
 * Shares of the models among firms of over 1,000 employees (Altimeter Group, 2010): hub and spoke
 * 41 %, centralized 29 %, dandelion 18 %, decentralized 11 %, holistic 1 %. Used only to order
 * models whose scores are exactly equal: the more common setup first.
 */
export const REFERENCE_SHARES: Readonly<Record<ModelKey, number>> = w(1, 11, 41, 29, 18);

/**
 * The criterion's signal for an answer, from -1 to +1: piecewise linear between the anchors
 * (in log10 of the answer for `log`), constant beyond the first and the last.
 */
export function signalOf(definition: CriterionDefinition, profile: AdvisorProfile): number {
  const t = definition.scale === 'log' ? Math.log10 : (x: number) => x;
  const x = t(Math.max(profile[definition.field], definition.scale === 'log' ? 1 : -Infinity));
  const anchors = definition.anchors;
  const first = anchors[0]!;
  const last = anchors[anchors.length - 1]!;
  if (x <= t(first[0])) return first[1];
  if (x >= t(last[0])) return last[1];
  for (let i = 1; i < anchors.length; i++) {
    const [a1, s1] = anchors[i]!;
    const [a0, s0] = anchors[i - 1]!;
    if (x <= t(a1)) return s0 + ((s1 - s0) * (x - t(a0))) / (t(a1) - t(a0));
  }
  return last[1];
}
