import type {
  ActivityCategory,
  ActivityEntry,
  PostTimeline,
  RateTable,
  TimelineStep,
} from './activity.ts';
import { ACTIVITY_CATEGORIES, rateOf } from './activity.ts';
import { centMinutesToCents, divideRoundHalfUp, hoursOf } from './money.ts';
import { nearestRank } from './percentile.ts';

/**
 * The figures of DESIGN §6 over a set of activity entries and post timelines: hours, cost, cost
 * per published post, coordination share, approval waits, time from draft to published. Pure;
 * `report.ts` applies them per period, unit, channel, campaign, member or post.
 */

export interface TimeFigures {
  minutes: number;
  /** `minutes` / 60 with two decimals, rounded half up. */
  hours: number;
  /** Σ minutes × the member's hourly rate / 60, rounded half up once for the whole set. */
  costCents: number;
  minutesByCategory: Record<ActivityCategory, number>;
  /** (review + coordinate minutes) / all minutes of the six categories; null without minutes. */
  coordinationShare: number | null;
}

/** Median and 90th percentile (nearest rank, see percentile.ts) of durations in whole minutes. */
export interface DurationFigures {
  count: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

export interface ApprovalWaitFigures extends DurationFigures {
  /** Steps still open: no wait yet, so not in the figures. */
  open: number;
}

export interface CostFigures extends TimeFigures {
  publishedPosts: number;
  /** costCents / publishedPosts, rounded half up from the exact sum; null with no post published. */
  costPerPublishedPostCents: number | null;
  /** From a step's opening to its decision, over every decided step. */
  approvalWait: ApprovalWaitFigures;
  /** From a post's creation to its publication, over published posts. */
  draftToPublished: DurationFigures;
}

/** Running sums for `TimeFigures`; cent-minutes stay exact until the one rounding. */
export interface TimeSums {
  minutes: number;
  centMinutes: number;
  byCategory: Record<ActivityCategory, number>;
}

export function emptyTimeSums(): TimeSums {
  return {
    minutes: 0,
    centMinutes: 0,
    byCategory: { create: 0, review: 0, coordinate: 0, respond: 0, train: 0, plan: 0 },
  };
}

/** Adds one entry's minutes and cent-minutes to `sums`. */
export function addEntry(sums: TimeSums, entry: ActivityEntry, rates: RateTable): void {
  sums.minutes += entry.minutes;
  sums.centMinutes += entry.minutes * rateOf(rates, entry.memberId);
  sums.byCategory[entry.category] += entry.minutes;
}

/** The figures of finished sums. */
export function timeFiguresOf(sums: TimeSums): TimeFigures {
  const c = sums.byCategory;
  let all = 0;
  for (const k of ACTIVITY_CATEGORIES) all += c[k];
  return {
    minutes: sums.minutes,
    hours: hoursOf(sums.minutes),
    costCents: centMinutesToCents(sums.centMinutes),
    minutesByCategory: { ...c },
    coordinationShare: all === 0 ? null : (c.review + c.coordinate) / all,
  };
}

/** Hours, cost and coordination share of `entries` at the members' `rates`. */
export function timeFigures(entries: readonly ActivityEntry[], rates: RateTable): TimeFigures {
  const sums = emptyTimeSums();
  for (const e of entries) addEntry(sums, e, rates);
  return timeFiguresOf(sums);
}

/** Whole minutes between two instants, rounded half up (a wait of 89.5 s is 1 minute). */
export function minutesBetween(from: Date, to: Date): number {
  return divideRoundHalfUp(Math.max(0, to.getTime() - from.getTime()), 60_000);
}

/** Median and 90th percentile of whole minutes in any order. */
export function durationFigures(minutes: ArrayLike<number>): DurationFigures {
  // Every percentile of one value is that value (a report by post has many such groups).
  if (minutes.length <= 1) {
    const only = minutes.length === 0 ? null : minutes[0]!;
    return { count: minutes.length, medianMinutes: only, p90Minutes: only };
  }
  const sorted = Float64Array.from(minutes).sort();
  return {
    count: sorted.length,
    medianMinutes: nearestRank(sorted, 50),
    p90Minutes: nearestRank(sorted, 90),
  };
}

/**
 * Approval waits of the timelines' steps (all, or those `which` accepts): median and 90th
 * percentile of opened → decided in whole minutes; open steps are counted apart.
 */
export function approvalWaits(
  timelines: readonly PostTimeline[],
  which: (step: TimelineStep) => boolean = () => true,
): ApprovalWaitFigures {
  const waits: number[] = [];
  let open = 0;
  for (const t of timelines) {
    for (const step of t.approvalSteps ?? []) {
      if (!which(step)) continue;
      if (step.decidedAt === null) open++;
      else waits.push(minutesBetween(step.openedAt, step.decidedAt));
    }
  }
  return { ...durationFigures(waits), open };
}

/** Creation → publication of the published posts, in whole minutes. */
export function draftToPublished(timelines: readonly PostTimeline[]): DurationFigures {
  const leads: number[] = [];
  for (const t of timelines) {
    if (t.publishedAt) leads.push(minutesBetween(t.createdAt, t.publishedAt));
  }
  return durationFigures(leads);
}

/** Cost per published post in cents from exact cent-minutes; null when nothing was published. */
export function costPerPublishedPost(centMinutes: number, publishedPosts: number): number | null {
  return publishedPosts === 0 ? null : divideRoundHalfUp(centMinutes, 60 * publishedPosts);
}

/**
 * All figures of one set: `entries` give hours and cost, `timelines` the published posts and the
 * waits. Cost per published post divides the entries' cost by the timelines' published posts, so
 * pass the two for the same scope (the same period, unit, …).
 */
export function costFigures(
  entries: readonly ActivityEntry[],
  timelines: readonly PostTimeline[],
  rates: RateTable,
): CostFigures {
  const sums = emptyTimeSums();
  for (const e of entries) addEntry(sums, e, rates);
  return costFiguresOf(sums, timelines);
}

/** `costFigures` from finished sums. */
export function costFiguresOf(sums: TimeSums, timelines: readonly PostTimeline[]): CostFigures {
  let published = 0;
  for (const t of timelines) if (t.publishedAt) published++;
  return {
    ...timeFiguresOf(sums),
    publishedPosts: published,
    costPerPublishedPostCents: costPerPublishedPost(sums.centMinutes, published),
    approvalWait: approvalWaits(timelines),
    draftToPublished: draftToPublished(timelines),
  };
}

/**
 * What the posts of a set give its figures, when they are computed where the posts are (the
 * database sums them per group): published posts, approval waits and draft → published.
 */
export interface PostFigures {
  publishedPosts: number;
  approvalWait: ApprovalWaitFigures;
  draftToPublished: DurationFigures;
}

/** The figures of a set without posts. */
export function noPostFigures(): PostFigures {
  return {
    publishedPosts: 0,
    approvalWait: { count: 0, medianMinutes: null, p90Minutes: null, open: 0 },
    draftToPublished: { count: 0, medianMinutes: null, p90Minutes: null },
  };
}

/**
 * `costFiguresOf` from finished sums and the posts' figures of the same set. Written out field by
 * field: a report by post makes ten thousand of these, and object spread costs microseconds each.
 */
export function costFiguresOfParts(sums: TimeSums, posts: PostFigures): CostFigures {
  const t = timeFiguresOf(sums);
  return {
    minutes: t.minutes,
    hours: t.hours,
    costCents: t.costCents,
    minutesByCategory: t.minutesByCategory,
    coordinationShare: t.coordinationShare,
    publishedPosts: posts.publishedPosts,
    costPerPublishedPostCents: costPerPublishedPost(sums.centMinutes, posts.publishedPosts),
    approvalWait: posts.approvalWait,
    draftToPublished: posts.draftToPublished,
  };
}
