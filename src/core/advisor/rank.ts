import { MODEL_INFO } from '../governance/models.ts';
import type { ModelKey } from '../governance/types.ts';
import { MODELS } from '../governance/types.ts';
import type { Criterion } from './criteria.ts';
import { CRITERIA, CRITERIA_TABLE, REFERENCE_SHARES, signalOf } from './criteria.ts';
import type { AdvisorProfile } from './profile.ts';

/** Why a model gained or lost points: one criterion of the table, untranslated (the edge words it). */
export interface AdviceReason {
  criterion: Criterion;
  /** `for`: the answer raises the model's score; `against`: it lowers it. */
  effect: 'for' | 'against';
  /** Points on the 0–100 scale of `score`, one decimal; negative when `against`. */
  points: number;
  /** `advisor.<criterion>.<low|high>`: which end of the criterion the answer sits at. */
  code: string;
  params: { model: ModelKey; value: number };
}

export interface RankedModel {
  model: ModelKey;
  /** 0–100, one decimal; 50 = the answers speak neither for nor against the model. */
  score: number;
  /** Strongest first. Criteria the answers are neutral on give no reason. */
  reasons: AdviceReason[];
}

export const UNCERTAINTY_CODES = [
  'advisor.close_scores',
  'advisor.counter_criterion',
  'advisor.team_missing',
  'advisor.few_clear_answers',
] as const;
export type UncertaintyCode = (typeof UNCERTAINTY_CODES)[number];

/** What the profile leaves open about the recommendation. */
export interface Uncertainty {
  code: UncertaintyCode;
  params: Record<string, string | number>;
}

export interface Advice {
  /** All five models, best first. */
  ranking: RankedModel[];
  uncertain: Uncertainty[];
}

/** Thresholds of the uncertainty flags, on the 0–100 score scale unless said otherwise. */
export const UNCERTAINTY_THRESHOLDS = Object.freeze({
  /** The first two models closer than this: a close call. */
  closeGap: 5,
  /** A reason of the first model at or below this: one answer speaks clearly against it. */
  counterPoints: -4,
  /** A signal closer to 0 than this counts as a middle answer … */
  neutralSignal: 0.25,
  /** … and this many middle answers make the profile say little. */
  neutralAnswers: 5,
});

/** Reasons smaller than this (in points) are noise and not listed. */
const MIN_REASON_POINTS = 0.5;

/** The largest possible distance from 50 for any model: the scale that maps sums onto 0–100. */
const SCALE = Math.max(
  ...MODELS.map((m) => CRITERIA_TABLE.reduce((sum, c) => sum + Math.abs(c.weights[m]), 0)),
);

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Ranks the five models for the profile: each criterion of `CRITERIA_TABLE` adds its weight
 * times the answer's signal; the sums become scores from 0 to 100. Equal scores are ordered by
 * how common the model is among large firms (`REFERENCE_SHARES`). Pure and deterministic.
 */
export function rankModels(profile: AdvisorProfile): Advice {
  const signals = CRITERIA_TABLE.map((c) => ({ definition: c, signal: signalOf(c, profile) }));
  const scored = MODELS.map((model) => {
    const contributions = signals.map(({ definition, signal }) => ({
      definition,
      signal,
      points: (50 * definition.weights[model] * signal) / SCALE,
    }));
    const sum = contributions.reduce((total, c) => total + c.points, 0);
    const reasons = contributions
      .filter((c) => Math.abs(c.points) >= MIN_REASON_POINTS)
      .sort(
        (a, b) =>
          Math.abs(b.points) - Math.abs(a.points) ||
          CRITERIA.indexOf(a.definition.key) - CRITERIA.indexOf(b.definition.key),
      )
      .map((c): AdviceReason => ({
        criterion: c.definition.key,
        effect: c.points > 0 ? 'for' : 'against',
        points: round1(c.points),
        code: `advisor.${c.definition.key}.${c.signal > 0 ? 'high' : 'low'}`,
        params: { model, value: answerOf(profile, c.definition.field) },
      }));
    return { model, exact: 50 + sum, reasons };
  });
  scored.sort((a, b) => b.exact - a.exact || REFERENCE_SHARES[b.model] - REFERENCE_SHARES[a.model]);
  const ranking = scored.map(({ model, exact, reasons }) => ({
    model,
    score: round1(exact),
    reasons,
  }));
  return {
    ranking,
    uncertain: uncertaintiesOf(
      profile,
      scored,
      signals.map((s) => s.signal),
    ),
  };
}

/** The answer as a reason shows it: the on-site share in whole percent, others as given. */
function answerOf(profile: AdvisorProfile, field: keyof AdvisorProfile): number {
  return field === 'onSiteShare' ? Math.round(profile.onSiteShare * 100) : profile[field];
}

function uncertaintiesOf(
  profile: AdvisorProfile,
  scored: { model: ModelKey; exact: number; reasons: AdviceReason[] }[],
  signals: number[],
): Uncertainty[] {
  const out: Uncertainty[] = [];
  const [first, second] = scored as [(typeof scored)[number], (typeof scored)[number]];
  const gap = first.exact - second.exact;
  if (gap < UNCERTAINTY_THRESHOLDS.closeGap) {
    out.push({
      code: 'advisor.close_scores',
      params: { first: first.model, second: second.model, gap: round1(gap) },
    });
  }
  const teamMissing = MODEL_INFO[first.model].usesHubs && profile.socialTeamSize === 0;
  for (const reason of first.reasons) {
    // A missing team has its own, more telling flag below.
    if (teamMissing && reason.criterion === 'dedicated_team') continue;
    if (reason.points <= UNCERTAINTY_THRESHOLDS.counterPoints) {
      out.push({
        code: 'advisor.counter_criterion',
        params: { model: first.model, criterion: reason.criterion },
      });
    }
  }
  if (teamMissing) {
    out.push({ code: 'advisor.team_missing', params: { model: first.model } });
  }
  const neutral = signals.filter((s) => Math.abs(s) < UNCERTAINTY_THRESHOLDS.neutralSignal).length;
  if (neutral >= UNCERTAINTY_THRESHOLDS.neutralAnswers) {
    out.push({
      code: 'advisor.few_clear_answers',
      params: { count: neutral, total: signals.length },
    });
  }
  return out;
}
