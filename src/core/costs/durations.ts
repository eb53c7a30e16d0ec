import { z } from 'zod';
import type { ActivityEntry, PostTimeline } from './activity.ts';
import { isHubPool } from './activity.ts';
import { minutesBetween } from './figures.ts';
import { nearestRank } from './percentile.ts';

/**
 * How long things take, for the what-if replay: measured in this organization where its history
 * has samples (medians, nearest rank), otherwise defaults, and a caller may override each.
 */
export interface ReplayDurations {
  /** The author's minutes to create one post (drafting, editing, submitting). */
  createMinutes: number;
  /** An approver's minutes per approval step. */
  reviewMinutesPerStep: number;
  /** Coordination minutes per hand-off (a step whose pool sits outside the post's unit). */
  handoffMinutes: number;
  /** Wait per approval step outside a hub (a trained peer, a unit's leads). */
  stepWaitMinutes: number;
  /** Wait per hub step (hub, hub editors, regional or global hub): a hub has its own queue. */
  hubStepWaitMinutes: number;
}

export const DURATION_KEYS = [
  'createMinutes',
  'reviewMinutesPerStep',
  'handoffMinutes',
  'stepWaitMinutes',
  'hubStepWaitMinutes',
] as const satisfies readonly (keyof ReplayDurations)[];

/** Assumptions, not measurements: used only where the history has no sample. */
export const DEFAULT_REPLAY_DURATIONS: Readonly<ReplayDurations> = Object.freeze({
  createMinutes: 30,
  reviewMinutesPerStep: 10,
  handoffMinutes: 15,
  stepWaitMinutes: 120,
  hubStepWaitMinutes: 240,
});

const minutes = z.number().int().min(0).max(525_600); // up to a year

/** Overrides as a caller may send them (every field optional, whole minutes, at most a year). */
export const replayDurationsSchema = z.strictObject({
  createMinutes: minutes.optional(),
  reviewMinutesPerStep: minutes.optional(),
  handoffMinutes: minutes.optional(),
  stepWaitMinutes: minutes.optional(),
  hubStepWaitMinutes: minutes.optional(),
}) satisfies z.ZodType<Partial<ReplayDurations>, unknown>;

const median = (values: number[]): number | null =>
  nearestRank(Float64Array.from(values).sort(), 50);

/**
 * The durations this organization's history shows, each only where it has samples:
 * - `createMinutes`: per post, the sum of its `create` entries; the median over posts;
 * - `reviewMinutesPerStep`: the median of `review` entries about a post (one per decision);
 * - `handoffMinutes`: the median of `coordinate` entries about a post;
 * - `stepWaitMinutes` / `hubStepWaitMinutes`: the median wait of decided steps outside / in a hub.
 */
export function measureDurations(
  entries: readonly ActivityEntry[],
  timelines: readonly PostTimeline[],
): Partial<ReplayDurations> {
  const createByPost = new Map<string, number>();
  const review: number[] = [];
  const coordinate: number[] = [];
  for (const e of entries) {
    if (!e.postId) continue;
    if (e.category === 'create')
      createByPost.set(e.postId, (createByPost.get(e.postId) ?? 0) + e.minutes);
    else if (e.category === 'review') review.push(e.minutes);
    else if (e.category === 'coordinate') coordinate.push(e.minutes);
  }
  const waits: number[] = [];
  const hubWaits: number[] = [];
  for (const t of timelines) {
    for (const step of t.approvalSteps ?? []) {
      if (step.decidedAt === null) continue;
      (isHubPool(step.pool) ? hubWaits : waits).push(minutesBetween(step.openedAt, step.decidedAt));
    }
  }
  const found: Record<keyof ReplayDurations, number | null> = {
    createMinutes: median([...createByPost.values()]),
    reviewMinutesPerStep: median(review),
    handoffMinutes: median(coordinate),
    stepWaitMinutes: median(waits),
    hubStepWaitMinutes: median(hubWaits),
  };
  const measured: Partial<ReplayDurations> = {};
  for (const key of DURATION_KEYS) {
    const value = found[key];
    if (value !== null) measured[key] = value;
  }
  return measured;
}

export type DurationSource = 'override' | 'measured' | 'default';

export interface ResolvedDurations {
  durations: ReplayDurations;
  /** Where each figure came from, to show next to the estimate. */
  sources: Record<keyof ReplayDurations, DurationSource>;
}

/** Each duration from `overrides`, else `measured`, else `DEFAULT_REPLAY_DURATIONS`. */
export function resolveDurations(
  measured: Partial<ReplayDurations> = {},
  overrides: Partial<ReplayDurations> = {},
): ResolvedDurations {
  const durations = { ...DEFAULT_REPLAY_DURATIONS };
  const sources = {} as Record<keyof ReplayDurations, DurationSource>;
  for (const key of DURATION_KEYS) {
    const override = overrides[key];
    const sample = measured[key];
    if (override !== undefined) [durations[key], sources[key]] = [override, 'override'];
    else if (sample !== undefined) [durations[key], sources[key]] = [sample, 'measured'];
    else sources[key] = 'default';
  }
  return { durations, sources };
}
