import { z } from 'zod';
import { idSchema } from './common.ts';
import { postStatusSchema } from './posts.ts';

/** The longest range one calendar request may span. */
export const MAX_RANGE_DAYS = 366;

const instant = z.iso.datetime({ offset: true });

/**
 * A calendar range `[from, to)` with optional filters. `windowMinutes` overrides the
 * organization's window for "two units on the same topic" (default 120).
 */
export const calendarQuery = z
  .strictObject({
    from: instant,
    to: instant,
    unitId: idSchema.optional(),
    channelId: idSchema.optional(),
    campaignId: idSchema.optional(),
    authorId: idSchema.optional(),
    status: postStatusSchema.optional(),
    windowMinutes: z.coerce.number().int().min(1).max(10_080).optional(),
  })
  .superRefine((q, ctx) => {
    const from = Date.parse(q.from);
    const to = Date.parse(q.to);
    // zod still runs this when a field failed; that field's issue says it all.
    if (Number.isNaN(from) || Number.isNaN(to)) return;
    if (from >= to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: '`to` must be after `from`.' });
    } else if (to - from > MAX_RANGE_DAYS * 86_400_000) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `The range may span at most ${MAX_RANGE_DAYS} days.`,
      });
    }
  });
export type CalendarQuery = z.infer<typeof calendarQuery>;

const when = z.iso.datetime().nullable();

export const conflictSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('campaign_link_mismatch'),
    campaignId: idSchema,
    link: z.string(),
    /** The master post's links, or the other units' links when the master has none. */
    expected: z.array(z.string()),
    masterPostId: idSchema.nullable(),
  }),
  z.object({
    kind: z.literal('campaign_missing_element'),
    campaignId: idSchema,
    masterPostId: idSchema,
    hashtags: z.array(z.string()),
    link: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('same_topic'),
    postId: idSchema,
    variantId: idSchema,
    unitId: idSchema,
    hashtags: z.array(z.string()),
    links: z.array(z.string()),
  }),
  z.object({
    kind: z.literal('outside_campaign_window'),
    campaignId: idSchema,
    startsAt: when,
    endsAt: when,
  }),
  z.object({ kind: z.literal('duplicate_published'), postId: idSchema, variantId: idSchema }),
]);
export type ConflictView = z.infer<typeof conflictSchema>;

export const calendarEntrySchema = z.object({
  postId: idSchema,
  variantId: idSchema,
  channelId: idSchema,
  unitId: idSchema,
  /** A post status (see core/posts/status.ts; a plain string here, so a new status never breaks the calendar). */
  status: z.string(),
  dueAt: z.iso.datetime(),
  title: z.string(),
  /** The variant's text, at most 140 characters. */
  excerpt: z.string(),
  authorId: idSchema,
  campaignId: idSchema.nullable(),
  labels: z.array(z.string()),
  /** The member sees this entry because the model lets them look, not take part. */
  readOnly: z.boolean(),
  conflicts: z.array(conflictSchema),
});
export type CalendarEntry = z.infer<typeof calendarEntrySchema>;

export const calendarResponse = z.object({
  items: z.array(calendarEntrySchema),
  /** More than the limit matched: narrow the range or the filters. */
  truncated: z.boolean(),
});
export type CalendarResponse = z.infer<typeof calendarResponse>;

export const conflictItemSchema = z.object({
  postId: idSchema,
  variantId: idSchema,
  channelId: idSchema,
  unitId: idSchema,
  dueAt: z.iso.datetime(),
  conflict: conflictSchema,
});
export const conflictsResponse = z.object({
  items: z.array(conflictItemSchema),
  truncated: z.boolean(),
});
export type ConflictsResponse = z.infer<typeof conflictsResponse>;

export const calendarFeedResponse = z.object({
  /** Shown once: only its hash is stored. Creating a new one retires the old URL. */
  token: z.string(),
  /** Path of the private feed; subscribe to it with the server's origin in front. */
  url: z.string(),
  createdAt: z.iso.datetime(),
});
export type CalendarFeed = z.infer<typeof calendarFeedResponse>;

export const calendarFeedParams = z.strictObject({ file: z.string().max(200) });
