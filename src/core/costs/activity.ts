import { z } from 'zod';
import { POOLS } from '../governance/types.ts';

/**
 * The inputs of the cost figures: plain arrays, read from the activity log and the posts' approval
 * history by the database layer. Nothing here knows where they come from. The schemas are for
 * boundaries that take such data from outside (an import, an API); rows from the database are
 * trusted and passed as they are.
 */

/** Where time goes (DESIGN §6). Coordination share = (review + coordinate) / all of them. */
export const ACTIVITY_CATEGORIES = [
  'create',
  'review',
  'coordinate',
  'respond',
  'train',
  'plan',
] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

/**
 * One activity with the minutes spent on it. `kind` is the activity log's kind (`post.created`,
 * …), kept for drill-down; the figures read `category`. The optional ids say what the time was
 * spent on; an entry without one lands in the `null` group when grouped by that dimension.
 */
export interface ActivityEntry {
  at: Date;
  memberId: string;
  kind: string;
  category: ActivityCategory;
  /** Whole minutes, ≥ 0 (measured, entered, or the kind's default). */
  minutes: number;
  unitId?: string | null;
  channelId?: string | null;
  campaignId?: string | null;
  postId?: string | null;
}

/** One approval step as it happened. */
export interface TimelineStep {
  pool: (typeof POOLS)[number];
  /** When the step opened: the submission for the first step, else the previous step's decision. */
  openedAt: Date;
  /** null: still open (left out of the wait figures). */
  decidedAt: Date | null;
}

/** What happened to one post, for the approval and lead-time figures. */
export interface PostTimeline {
  postId: string;
  authorId: string;
  /** The post's unit (the author's side). */
  unitId: string;
  channelIds: readonly string[];
  campaignId?: string | null;
  createdAt: Date;
  /** When the post counted as published (e.g. its last delivery went out); null: not (yet). */
  publishedAt?: Date | null;
  /** The steps of the approval round that let it through, in order; [] or absent: none. */
  approvalSteps?: readonly TimelineStep[];
}

/** Hourly rates in integer cents by member id; members not listed cost `defaultHourlyRateCents`. */
export interface RateTable {
  hourlyRateCents: ReadonlyMap<string, number>;
  /** Default 0: time of a member without a rate is counted in hours, not in cost. */
  defaultHourlyRateCents?: number;
}

/** The hourly rate of `memberId` in cents. */
export function rateOf(rates: RateTable, memberId: string): number {
  return rates.hourlyRateCents.get(memberId) ?? rates.defaultHourlyRateCents ?? 0;
}

const id = z.string().min(1);
const optionalId = id.nullish();

export const activityEntrySchema = z.object({
  at: z.coerce.date(),
  memberId: id,
  kind: z.string().min(1),
  category: z.enum(ACTIVITY_CATEGORIES),
  minutes: z.number().int().min(0),
  unitId: optionalId,
  channelId: optionalId,
  campaignId: optionalId,
  postId: optionalId,
}) satisfies z.ZodType<ActivityEntry, unknown>;

const timelineStepSchema = z
  .object({
    pool: z.enum(POOLS),
    openedAt: z.coerce.date(),
    decidedAt: z.coerce.date().nullable(),
  })
  .refine((s) => s.decidedAt === null || s.decidedAt >= s.openedAt, {
    message: 'decidedAt must not be before openedAt',
    path: ['decidedAt'],
  });

export const postTimelineSchema = z
  .object({
    postId: id,
    authorId: id,
    unitId: id,
    channelIds: z.array(id),
    campaignId: optionalId,
    createdAt: z.coerce.date(),
    publishedAt: z.coerce.date().nullish(),
    approvalSteps: z.array(timelineStepSchema).optional(),
  })
  .refine((t) => t.publishedAt == null || t.publishedAt >= t.createdAt, {
    message: 'publishedAt must not be before createdAt',
    path: ['publishedAt'],
  }) satisfies z.ZodType<PostTimeline, unknown>;

/** Pools that sit in a hub: their steps can have a wait of their own (a hub's queue). */
export function isHubPool(pool: TimelineStep['pool']): boolean {
  return pool !== 'trained_peers' && pool !== 'unit_leads';
}
