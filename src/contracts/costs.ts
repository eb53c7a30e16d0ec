import { z } from 'zod';
import { ACTIVITY_CATEGORIES } from '../core/costs/activity.ts';
import { COSTED_KINDS } from '../core/costs/activity-kinds.ts';
import { idSchema } from './common.ts';

/**
 * Time capture and cost settings (DESIGN §6). Money in integer cents of the organization's
 * currency, durations in whole minutes, times as ISO instants.
 */

export const categorySchema = z.enum(ACTIVITY_CATEGORIES);

/** The longest a single time entry may be: one day. */
export const MAX_ENTRY_MINUTES = 24 * 60;
/** The largest amount of money the API takes: 100 billion cents. */
export const MAX_CENTS = 100_000_000_000;

const instant = z.iso.datetime({ offset: true });
const minutes = z.int().min(0).max(MAX_ENTRY_MINUTES);
const note = z.string().trim().max(500);
export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as EUR');

// Settings -----------------------------------------------------------------------------------

export const defaultMinutesSchema = z.object({ kind: z.enum(COSTED_KINDS), minutes: z.int() });

export const costSettingsSchema = z.object({
  organizationId: idSchema,
  currency: z.string(),
  /** Null: no budget set. */
  monthlyBudgetCents: z.int().nullable(),
  /** Minutes an activity of the kind counts when it carries none (applied when reports read). */
  defaultMinutes: z.array(defaultMinutesSchema),
  updatedBy: idSchema.nullable(),
  /** Null: never set; the values shown are the defaults. */
  updatedAt: z.iso.datetime().nullable(),
});
export type CostSettings = z.infer<typeof costSettingsSchema>;

/** Replaces the settings as a whole. A kind may appear once in `defaultMinutes`. */
export const updateCostSettingsBody = z.strictObject({
  currency: currencySchema,
  monthlyBudgetCents: z.int().min(0).max(MAX_CENTS).nullable(),
  defaultMinutes: z
    .array(z.strictObject({ kind: z.enum(COSTED_KINDS), minutes }))
    .max(COSTED_KINDS.length)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((d, i) => {
        if (typeof d?.kind !== 'string') return;
        if (seen.has(d.kind)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'kind'],
            message: 'A kind may appear only once.',
          });
        }
        seen.add(d.kind);
      });
    }),
});
export type UpdateCostSettingsInput = z.infer<typeof updateCostSettingsBody>;

// Time entries and timers --------------------------------------------------------------------

/** What the time was spent on; each optional, each an id of the organization. */
const onWhat = {
  postId: idSchema.optional(),
  unitId: idSchema.optional(),
  channelId: idSchema.optional(),
  campaignId: idSchema.optional(),
};

const isInstant = (v: unknown): v is string =>
  typeof v === 'string' && instant.safeParse(v).success;

/**
 * Time a member spent: `minutes` (when the work began: `startedAt`, default now), or a span
 * `startedAt`–`endedAt` of at most a day. `source`: measured by a client (composer, review
 * time) or entered by hand. Checks only well-formed values, so a broken field is named once.
 */
export const recordTimeBody = z
  .strictObject({
    category: categorySchema,
    minutes: minutes.optional(),
    startedAt: instant.optional(),
    endedAt: instant.optional(),
    source: z.enum(['measured', 'manual']).default('manual'),
    ...onWhat,
    note: note.default(''),
  })
  .superRefine((b, ctx) => {
    const hasMinutes = typeof b.minutes === 'number';
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (hasMinutes && b.endedAt !== undefined) {
      issue('endedAt', 'Give minutes or a span (startedAt and endedAt), not both.');
      return;
    }
    if (hasMinutes || b.minutes !== undefined) return;
    if (b.startedAt === undefined) return issue('startedAt', 'Give minutes or a span.');
    if (b.endedAt === undefined) return issue('endedAt', 'A span needs its end.');
    if (!isInstant(b.startedAt) || !isInstant(b.endedAt)) return;
    const span = Date.parse(b.endedAt) - Date.parse(b.startedAt);
    if (span < 0) issue('endedAt', 'The span must not end before it starts.');
    else if (span > MAX_ENTRY_MINUTES * 60_000)
      issue('endedAt', 'A span may last one day at most.');
  });
export type RecordTimeInput = z.infer<typeof recordTimeBody>;

export const TIME_SOURCES = ['measured', 'manual', 'timer'] as const;

export const timeEntrySchema = z.object({
  id: idSchema,
  memberId: idSchema,
  category: categorySchema,
  minutes: z.int(),
  /** When the work began. */
  at: z.iso.datetime(),
  source: z.enum(TIME_SOURCES),
  postId: idSchema.nullable(),
  unitId: idSchema.nullable(),
  channelId: idSchema.nullable(),
  campaignId: idSchema.nullable(),
  note: z.string(),
  createdAt: z.iso.datetime(),
});
export type TimeEntry = z.infer<typeof timeEntrySchema>;

export const startTimerBody = z.strictObject({
  category: categorySchema,
  ...onWhat,
  note: note.default(''),
});
export type StartTimerInput = z.infer<typeof startTimerBody>;

export const timerSchema = z.object({
  id: idSchema,
  memberId: idSchema,
  category: categorySchema,
  startedAt: z.iso.datetime(),
  /** Null while it runs. */
  stoppedAt: z.iso.datetime().nullable(),
  /** The time entry stopping it wrote. */
  timeEntryId: idSchema.nullable(),
  postId: idSchema.nullable(),
  unitId: idSchema.nullable(),
  channelId: idSchema.nullable(),
  campaignId: idSchema.nullable(),
  note: z.string(),
});
export type Timer = z.infer<typeof timerSchema>;

export const stoppedTimerSchema = z.object({
  timer: timerSchema,
  entry: timeEntrySchema,
  /** The timer ran longer than a day; the entry holds one day. */
  capped: z.boolean(),
});
export type StoppedTimer = z.infer<typeof stoppedTimerSchema>;

// Other costs --------------------------------------------------------------------------------

export const OTHER_COST_KINDS = ['tool', 'ads', 'agency', 'other'] as const;

const localDate = z.iso.date();
const amountCents = z.int().min(0).max(MAX_CENTS);
const description = z.string().trim().min(1).max(500);

/** The days must be in order (`body.endsOn`); checked only when both are dates. */
const daysInOrder = (b: { startsOn?: unknown; endsOn?: unknown }) =>
  typeof b.startsOn !== 'string' ||
  typeof b.endsOn !== 'string' ||
  !localDate.safeParse(b.startsOn).success ||
  !localDate.safeParse(b.endsOn).success ||
  b.startsOn <= b.endsOn;
const daysMessage = { message: 'The cost must not end before it starts.', path: ['endsOn'] };

export const otherCostSchema = z.object({
  id: idSchema,
  kind: z.enum(OTHER_COST_KINDS),
  description: z.string(),
  amountCents: z.int(),
  /** Local dates of the organization, both included; the amount is spread evenly over them. */
  startsOn: z.string(),
  endsOn: z.string(),
  unitId: idSchema.nullable(),
  channelId: idSchema.nullable(),
  campaignId: idSchema.nullable(),
  createdBy: idSchema.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type OtherCost = z.infer<typeof otherCostSchema>;

export const createOtherCostBody = z
  .strictObject({
    kind: z.enum(OTHER_COST_KINDS),
    description,
    amountCents,
    startsOn: localDate,
    endsOn: localDate,
    unitId: idSchema.nullable().optional(),
    channelId: idSchema.nullable().optional(),
    campaignId: idSchema.nullable().optional(),
  })
  .refine(daysInOrder, daysMessage);
export type CreateOtherCostInput = z.infer<typeof createOtherCostBody>;

/** Fields left out stay; `null` clears what the cost was for. */
export const updateOtherCostBody = z
  .strictObject({
    kind: z.enum(OTHER_COST_KINDS).optional(),
    description: description.optional(),
    amountCents: amountCents.optional(),
    startsOn: localDate.optional(),
    endsOn: localDate.optional(),
    unitId: idSchema.nullable().optional(),
    channelId: idSchema.nullable().optional(),
    campaignId: idSchema.nullable().optional(),
  })
  .refine(daysInOrder, daysMessage);
export type UpdateOtherCostInput = z.infer<typeof updateOtherCostBody>;

export const otherCostsQuery = z.strictObject({
  /** Costs with a day on or after this date. */
  from: localDate.optional(),
  /** Costs with a day on or before this date. */
  to: localDate.optional(),
});
export type OtherCostsQuery = z.infer<typeof otherCostsQuery>;
