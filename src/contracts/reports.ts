import { z } from 'zod';
import { ACTIVITY_CATEGORIES } from '../core/costs/activity.ts';
import { DURATION_KEYS } from '../core/costs/durations.ts';
import { PERIODS } from '../core/costs/periods.ts';
import { COST_DIMENSIONS } from '../core/costs/report.ts';
import { MODELS } from '../core/governance/types.ts';
import { idSchema } from './common.ts';

/**
 * Cost reports, the what-if replay and the budget view (DESIGN §6). Money in integer cents of the
 * organization's currency, durations in whole minutes.
 */

/** The longest range one report may span (a leap year). */
export const MAX_REPORT_DAYS = 366;

/**
 * A day (`2026-03-01`, a local date of the organization) or an instant with its offset. As `from`
 * a day means its local midnight; as `to` a day is included (the range ends at the next local
 * midnight), an instant is not.
 */
export const dayOrInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const costReportQuery = z.strictObject({
  /** Default: 30 days before `to`. */
  from: dayOrInstant.optional(),
  /** Default: the end of today (local). */
  to: dayOrInstant.optional(),
  groupBy: z.enum(COST_DIMENSIONS).default('period'),
  /** For `groupBy=period`. */
  period: z.enum(PERIODS).default('month'),
  /** Only the subtree of this unit (and what is spent on it). */
  unitId: idSchema.optional(),
});
export type CostReportQuery = z.infer<typeof costReportQuery>;

const durationFigures = z.object({
  count: z.int(),
  medianMinutes: z.int().nullable(),
  p90Minutes: z.int().nullable(),
});

export const costFiguresSchema = z.object({
  minutes: z.int(),
  /** Minutes / 60, two decimals. */
  hours: z.number(),
  /** Staff time: minutes × each member's hourly rate. */
  costCents: z.int(),
  /** Tools, ads, agencies: their days in the range (never per member or post). */
  otherCostCents: z.int(),
  totalCostCents: z.int(),
  minutesByCategory: z.object(
    Object.fromEntries(ACTIVITY_CATEGORIES.map((c) => [c, z.int()])) as Record<
      (typeof ACTIVITY_CATEGORIES)[number],
      z.ZodInt
    >,
  ),
  /** (review + coordinate) / all minutes, 0–1; null without minutes. */
  coordinationShare: z.number().nullable(),
  publishedPosts: z.int(),
  /** Staff cost per published post; null when none was published. */
  costPerPublishedPostCents: z.int().nullable(),
  /** Staff and other cost per published post. */
  totalCostPerPublishedPostCents: z.int().nullable(),
  /** From a step's opening (the submission, or the previous step's decision) to its decision. */
  approvalWait: durationFigures.extend({ open: z.int() }),
  /** From a post's creation to its publication (its last delivery out). */
  draftToPublished: durationFigures,
});
export type CostFiguresView = z.infer<typeof costFiguresSchema>;

export const costRowSchema = costFiguresSchema.extend({
  /** The group's id, or the period (`2026-03`, `2026-W09`, `2026-03-01`); null: without one. */
  key: z.string().nullable(),
  /** The name of the unit, channel, campaign, member or post; null for periods and the null row. */
  label: z.string().nullable(),
  /** Periods: the period's first instant. */
  start: z.iso.datetime().nullable(),
});
export type CostRowView = z.infer<typeof costRowSchema>;

export const costReportSchema = z.object({
  organizationId: idSchema,
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  timeZone: z.string(),
  currency: z.string(),
  groupBy: z.enum(COST_DIMENSIONS),
  period: z.enum(PERIODS),
  /** The subtree the report covers; null: the whole organization. */
  unitId: idSchema.nullable(),
  rows: z.array(costRowSchema),
  total: costFiguresSchema,
});
export type CostReport = z.infer<typeof costReportSchema>;

// What-if ------------------------------------------------------------------------------------

const overrideMinutes = z.coerce.number().int().min(0).max(525_600).optional();

export const whatIfQuery = z.strictObject({
  /** Posts created in the last N days that were submitted. */
  days: z.coerce.number().int().min(1).max(MAX_REPORT_DAYS).default(30),
  createMinutes: overrideMinutes,
  reviewMinutesPerStep: overrideMinutes,
  handoffMinutes: overrideMinutes,
  stepWaitMinutes: overrideMinutes,
  hubStepWaitMinutes: overrideMinutes,
});
export type WhatIfQuery = z.infer<typeof whatIfQuery>;

const durationsSchema = z.object(
  Object.fromEntries(DURATION_KEYS.map((k) => [k, z.int()])) as Record<
    (typeof DURATION_KEYS)[number],
    z.ZodInt
  >,
);
const sourcesSchema = z.object(
  Object.fromEntries(
    DURATION_KEYS.map((k) => [k, z.enum(['override', 'measured', 'default'])]),
  ) as Record<
    (typeof DURATION_KEYS)[number],
    z.ZodEnum<{ override: 'override'; measured: 'measured'; default: 'default' }>
  >,
);

export const modelReplaySchema = z.object({
  model: z.enum(MODELS),
  /** The organization's model now. */
  current: z.boolean(),
  /** The unit tree has the hubs the model expects. */
  hubsInPlace: z.boolean(),
  posts: z.int(),
  submitted: z.int(),
  refused: z.int(),
  refusalReasons: z.record(z.string(), z.int()),
  withoutApproval: z.int(),
  approvalSteps: z.int(),
  stepsPerPost: z.number().nullable(),
  hubSteps: z.int(),
  postsToHub: z.int(),
  handoffs: z.int(),
  unstaffedSteps: z.int(),
  minutes: z.object({
    create: z.int(),
    review: z.int(),
    coordinate: z.int(),
    total: z.int(),
  }),
  hours: z.number(),
  costCents: z.int(),
  costPerPostCents: z.int().nullable(),
  timeToPublish: z.object({
    medianMinutes: z.int().nullable(),
    p90Minutes: z.int().nullable(),
    meanMinutes: z.int().nullable(),
  }),
  members: z.object({
    members: z.int(),
    publishDirectly: z.int(),
    submitWithApproval: z.int(),
    cannotSubmit: z.int(),
  }),
});

export const whatIfSchema = z.object({
  organizationId: idSchema,
  days: z.int(),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  currency: z.string(),
  currentModel: z.enum(MODELS),
  /** What each post, step and hand-off was taken to need. */
  durations: durationsSchema,
  /** Where each duration came from: the query, this organization's history, or the defaults. */
  sources: sourcesSchema,
  skipped: z.object({ count: z.int(), reasons: z.record(z.string(), z.int()) }),
  /** All five, in the order of the models. */
  models: z.array(modelReplaySchema),
});
export type WhatIf = z.infer<typeof whatIfSchema>;

// Budget -------------------------------------------------------------------------------------

export const budgetQuery = z.strictObject({
  /** The current month and the N − 1 before it. */
  months: z.coerce.number().int().min(1).max(36).default(6),
});
export type BudgetQuery = z.infer<typeof budgetQuery>;

export const budgetMonthSchema = z.object({
  /** `2026-03`, in the organization's time zone. */
  month: z.string(),
  start: z.iso.datetime(),
  staffCostCents: z.int(),
  otherCostCents: z.int(),
  totalCostCents: z.int(),
  budgetCents: z.int().nullable(),
  /** Budget − total (negative: over budget). */
  remainingCents: z.int().nullable(),
  /** Total / budget; null without a budget (or a budget of 0). */
  budgetShare: z.number().nullable(),
  /** Total − the previous month's total; null for the first month shown. */
  changeCents: z.int().nullable(),
  /** changeCents / the previous month's total; null when that was 0. */
  changeShare: z.number().nullable(),
  /** The month is over. */
  complete: z.boolean(),
});

export const budgetSchema = z.object({
  organizationId: idSchema,
  currency: z.string(),
  timeZone: z.string(),
  monthlyBudgetCents: z.int().nullable(),
  months: z.array(budgetMonthSchema),
  /** The current month, projected linearly. */
  current: z.object({
    month: z.string(),
    /** How much of the month has passed, 0–1. */
    elapsedShare: z.number(),
    /** Staff cost so far scaled to the whole month, plus the month's other costs. */
    projectedCents: z.int(),
    projectedBudgetShare: z.number().nullable(),
    /** Projected − the previous month's total; null without a previous month. */
    projectedChangeCents: z.int().nullable(),
    projectedOverBudget: z.boolean().nullable(),
  }),
  /** Least-squares slope of the complete months' totals; null with fewer than two. */
  trend: z.object({ slopeCentsPerMonth: z.int().nullable(), completeMonths: z.int() }),
});
export type Budget = z.infer<typeof budgetSchema>;
