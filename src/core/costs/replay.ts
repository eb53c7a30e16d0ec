import { decide } from '../governance/decide.ts';
import { MODEL_INFO } from '../governance/models.ts';
import { poolMembers } from '../governance/pool.ts';
import type { Snapshot } from '../governance/snapshot.ts';
import { compileSnapshot } from '../governance/snapshot.ts';
import type { ModelKey, PoolKind, SnapshotInput } from '../governance/types.ts';
import { MODELS } from '../governance/types.ts';
import type { RateTable } from './activity.ts';
import { isHubPool } from './activity.ts';
import type { ReplayDurations } from './durations.ts';
import { DEFAULT_REPLAY_DURATIONS } from './durations.ts';
import { centMinutesToCents, divideRoundHalfUp, hoursOf } from './money.ts';
import { nearestRank } from './percentile.ts';
import type { PublisherCounts } from './publishers.ts';
import { countPublishers } from './publishers.ts';
import type { PreparedReplay, ReplayPost } from './replay-prepare.ts';
import { CLASSES, DEVIATES, prepareReplay } from './replay-prepare.ts';

/**
 * What-if: the same posts by the same people, replayed through each of the five models. For each
 * model the organization's snapshot is compiled with that model, and every post's variants ask
 * `decide(snapshot, author, 'publish', channel, { findings, deviatesFromMaster })`, merged into
 * one chain as `app/posts/approval-chain.ts` does (a step with the same pool and unit is one step).
 *
 * Definitions:
 * - refused: the author may not submit the post under the model (on at least one variant);
 *   refused posts add nothing to steps, hours, cost or time.
 * - hand-off: a step whose pool names a unit other than the post's unit (a hub, another unit's
 *   leads). Trained peers name no unit and are found beside the author: no hand-off.
 * - minutes: create per submitted post (author), review per step (the pool), coordination per
 *   hand-off (the author, who briefs the other side).
 * - cost: minutes × rate. The author's rate for create and hand-off; for review the pool's mean
 *   rate (rounded half up to a cent; a pool with nobody in it: the organization's mean rate,
 *   and the step counts as unstaffed).
 * - time to publish: from submission to the last approval, the steps one after another, each
 *   with the step wait (hub steps: the hub wait). Drafting takes as long under every model and
 *   is left out.
 *
 * Decisions are cached per (author, channel, findings class): a finding's effect depends only on
 * its severity and whether its rule is global (attached to the root), so block / global warning /
 * other warning / deviates is all `decide` can tell apart.
 */

export interface ReplayInput {
  /** The organization as it is; its `model` is the current one. */
  organization: SnapshotInput;
  posts: readonly ReplayPost[];
  rates: RateTable;
  /** Default `DEFAULT_REPLAY_DURATIONS`; see durations.ts for measured ones. */
  durations?: ReplayDurations;
  /** Also return each post's outcome per model (for drill-down and tests; costs memory). */
  keepPosts?: boolean;
}

export interface PostOutcome {
  postId: string;
  refused: boolean;
  /** `pool:unitId` per step, in order (`trained_peers:` for trained peers). */
  chain: string[];
  handoffs: number;
  minutesToPublish: number;
}

export interface ModelReplay {
  model: ModelKey;
  current: boolean;
  /**
   * Whether the unit tree has the hubs the model expects (DESIGN §2). The replay runs either way;
   * without them a hub model refuses what needs the missing hub, and multi_coordinated's global
   * hub stands in for every missing regional hub (which makes it look like centralized).
   */
  hubsInPlace: boolean;
  /** Posts replayed (the same for every model). */
  posts: number;
  submitted: number;
  refused: number;
  /** Refused posts per reason code (a post counts once per code). */
  refusalReasons: Record<string, number>;
  /** Submitted posts that need no approval. */
  withoutApproval: number;
  approvalSteps: number;
  /** Mean steps per submitted post; null when none was submitted. */
  stepsPerPost: number | null;
  hubSteps: number;
  /** Submitted posts with at least one hub step. */
  postsToHub: number;
  handoffs: number;
  /** Steps (per post) whose pool has nobody in it: submitted, but nobody could approve it. */
  unstaffedSteps: number;
  minutes: { create: number; review: number; coordinate: number; total: number };
  hours: number;
  costCents: number;
  /** costCents / submitted, rounded half up from the exact sum; null when none was submitted. */
  costPerPostCents: number | null;
  /** Over submitted posts: median and 90th percentile (nearest rank), mean rounded half up. */
  timeToPublish: {
    medianMinutes: number | null;
    p90Minutes: number | null;
    meanMinutes: number | null;
  };
  members: PublisherCounts;
  outcomes?: PostOutcome[];
}

export interface WhatIfResult {
  currentModel: ModelKey;
  durations: ReplayDurations;
  /**
   * Posts that could not be replayed (author, unit or channel no longer in the organization, or
   * no variant), left out of every model.
   */
  skipped: { count: number; reasons: Record<string, number> };
  /** In the order of `MODELS`. */
  models: ModelReplay[];
}

interface CachedDecision {
  allowed: boolean;
  /** Step ids (see StepTable). */
  steps: number[];
  /** Distinct reason codes of a refusal. */
  codes: string[];
}

/** The distinct steps a model asks for, by id. */
interface StepTable {
  byKey: Map<string, number>;
  label: string[];
  unit: number[];
  hub: boolean[];
  /** The pool's rate in cents; -1 until first needed. */
  rate: number[];
  /** A channel the step was asked for (the pool's `approve` gates read it). */
  channelId: string[];
  pool: PoolKind[];
  unitId: (string | null)[];
  empty: boolean[];
}

function stepRate(s: Snapshot, p: PreparedReplay, t: StepTable, id: number): number {
  if (t.rate[id]! >= 0) return t.rate[id]!;
  const members = poolMembers(s, {
    pool: t.pool[id]!,
    unitId: t.unitId[id]!,
    rule: 'any',
    channelIds: [t.channelId[id]!],
  });
  let sum = 0;
  for (const m of members) sum += p.rate[s.memberIndex.get(m)!]!;
  t.empty[id] = members.length === 0;
  t.rate[id] = members.length === 0 ? p.meanRate : divideRoundHalfUp(sum, members.length);
  return t.rate[id];
}

/**
 * Replays the prepared posts under `model`. Compiles the model's snapshot once; each distinct
 * (author, channel, findings class) asks `decide` once.
 */
export function replayModel(
  p: PreparedReplay,
  model: ModelKey,
  options: { durations?: ReplayDurations; keepPosts?: boolean } = {},
): ModelReplay {
  const d = options.durations ?? DEFAULT_REPLAY_DURATIONS;
  const s = compileSnapshot({ ...p.organization, model });
  const nChannels = s.channelIds.length;
  const cache = new Map<number, CachedDecision>();
  const t: StepTable = {
    byKey: new Map(),
    label: [],
    unit: [],
    hub: [],
    rate: [],
    channelId: [],
    pool: [],
    unitId: [],
    empty: [],
  };

  const decideVariant = (v: number, authorIndex: number): CachedDecision => {
    const channelId = s.channelIds[p.channel[v]!]!;
    const bits = p.findingsClass[v]!;
    const answer = decide(
      s,
      s.memberIds[authorIndex]!,
      'publish',
      { channelId },
      { findings: p.findings[v] ?? [], deviatesFromMaster: (bits & DEVIATES) !== 0 },
    );
    if (!answer.allowed) {
      return { allowed: false, steps: [], codes: [...new Set(answer.reasons.map((r) => r.code))] };
    }
    const steps = answer.steps.map((step) => {
      const key = `${step.pool}:${step.unitId ?? ''}`;
      let id = t.byKey.get(key);
      if (id === undefined) {
        id = t.label.length;
        t.byKey.set(key, id);
        t.label.push(key);
        t.unit.push(step.unitId === null ? -1 : s.unitIndex.get(step.unitId)!);
        t.hub.push(isHubPool(step.pool));
        t.rate.push(-1);
        t.channelId.push(channelId);
        t.pool.push(step.pool);
        t.unitId.push(step.unitId);
        t.empty.push(false);
      }
      return id;
    });
    return { allowed: true, steps, codes: [] };
  };

  const posts = p.postIds.length;
  const times = new Float64Array(posts);
  // The post's chain: a few step ids, kept in a reused array (`count` long) to spare allocations.
  const merged: number[] = [];
  const refusalReasons: Record<string, number> = {};
  const outcomes: PostOutcome[] | undefined = options.keepPosts ? [] : undefined;
  let submitted = 0;
  let withoutApproval = 0;
  let steps = 0;
  let hubSteps = 0;
  let postsToHub = 0;
  let handoffs = 0;
  let unstaffedSteps = 0;
  let centMinutes = 0;
  let timeSum = 0;

  for (let i = 0; i < posts; i++) {
    const a = p.author[i]!;
    let refusedCodes: Set<string> | null = null;
    let count = 0;
    for (let v = p.variantStart[i]!; v < p.variantStart[i + 1]!; v++) {
      const key = (a * nChannels + p.channel[v]!) * CLASSES + p.findingsClass[v]!;
      let answer = cache.get(key);
      if (answer === undefined) {
        answer = decideVariant(v, a);
        cache.set(key, answer);
      }
      if (!answer.allowed) {
        refusedCodes ??= new Set();
        for (const code of answer.codes) refusedCodes.add(code);
        continue;
      }
      for (const id of answer.steps) {
        let known = false;
        for (let k = 0; k < count && !known; k++) known = merged[k] === id;
        if (!known) merged[count++] = id;
      }
    }
    if (refusedCodes !== null) {
      for (const code of refusedCodes) refusalReasons[code] = (refusalReasons[code] ?? 0) + 1;
      outcomes?.push({
        postId: p.postIds[i]!,
        refused: true,
        chain: [],
        handoffs: 0,
        minutesToPublish: 0,
      });
      continue;
    }
    const authorRate = p.rate[a]!;
    let wait = 0;
    let toHub = false;
    let postHandoffs = 0;
    centMinutes += d.createMinutes * authorRate;
    for (let k = 0; k < count; k++) {
      const id = merged[k]!;
      if (t.hub[id]) {
        wait += d.hubStepWaitMinutes;
        hubSteps++;
        toHub = true;
      } else {
        wait += d.stepWaitMinutes;
      }
      centMinutes += d.reviewMinutesPerStep * stepRate(s, p, t, id);
      if (t.empty[id]) unstaffedSteps++;
      const stepUnit = t.unit[id]!;
      if (stepUnit !== -1 && stepUnit !== p.unit[i]) {
        postHandoffs++;
        centMinutes += d.handoffMinutes * authorRate;
      }
    }
    times[submitted++] = wait;
    timeSum += wait;
    steps += count;
    handoffs += postHandoffs;
    if (count === 0) withoutApproval++;
    if (toHub) postsToHub++;
    outcomes?.push({
      postId: p.postIds[i]!,
      refused: false,
      chain: merged.slice(0, count).map((id) => t.label[id]!),
      handoffs: postHandoffs,
      minutesToPublish: wait,
    });
  }

  const sorted = times.subarray(0, submitted).sort();
  const minutes = {
    create: submitted * d.createMinutes,
    review: steps * d.reviewMinutesPerStep,
    coordinate: handoffs * d.handoffMinutes,
    total: 0,
  };
  minutes.total = minutes.create + minutes.review + minutes.coordinate;
  return {
    model,
    current: model === p.organization.model,
    hubsInPlace: hubsInPlace(s),
    posts,
    submitted,
    refused: posts - submitted,
    refusalReasons,
    withoutApproval,
    approvalSteps: steps,
    stepsPerPost: submitted === 0 ? null : steps / submitted,
    hubSteps,
    postsToHub,
    handoffs,
    unstaffedSteps,
    minutes,
    hours: hoursOf(minutes.total),
    costCents: centMinutesToCents(centMinutes),
    costPerPostCents: submitted === 0 ? null : divideRoundHalfUp(centMinutes, 60 * submitted),
    timeToPublish: {
      medianMinutes: nearestRank(sorted, 50),
      p90Minutes: nearestRank(sorted, 90),
      meanMinutes: submitted === 0 ? null : divideRoundHalfUp(timeSum, submitted),
    },
    members: countPublishers(s),
    ...(outcomes ? { outcomes } : {}),
  };
}

/** Whether the snapshot's unit tree has the hubs its model expects. */
export function hubsInPlace(s: Snapshot): boolean {
  switch (MODEL_INFO[s.model].structure) {
    case 'none':
      return true;
    case 'root_hub':
      return s.globalHub !== -1;
    case 'global_and_regional_hubs':
      return s.globalHub !== -1 && s.regionalHub.some((hub) => hub !== -1);
  }
}

/**
 * The what-if of DESIGN §6: `input.posts` replayed under all five models, side by side in the
 * order of `MODELS`, the organization's current model marked `current`. See the definitions at
 * the top of this file.
 */
export function replayModels(input: ReplayInput): WhatIfResult {
  const prepared = prepareReplay(input.organization, input.posts, input.rates);
  const durations = input.durations ?? DEFAULT_REPLAY_DURATIONS;
  return {
    currentModel: input.organization.model,
    durations,
    skipped: prepared.skipped,
    models: MODELS.map((model) =>
      replayModel(prepared, model, { durations, keepPosts: input.keepPosts ?? false }),
    ),
  };
}

export type { PreparedReplay, ReplayPost, ReplayVariant } from './replay-prepare.ts';
export { prepareReplay } from './replay-prepare.ts';
