import { z } from 'zod';
import { CRITERIA } from '../core/advisor/criteria.ts';
import { PROFILE_LIMITS, type AdvisorProfile } from '../core/advisor/profile.ts';
import { UNCERTAINTY_CODES } from '../core/advisor/rank.ts';
import { STAFFING_ASSUMPTIONS, STAFFING_ROLES } from '../core/advisor/staffing.ts';
import { MODELS, ROLES, UNIT_KINDS } from '../core/governance/types.ts';
import { localeSchema } from './common.ts';

const scale = z.int().min(1).max(5);

/** The advisor's profile fields (DESIGN.md §7). One schema for the CLI and the HTTP API. */
const profileShape = {
  employees: z.int().min(1).max(PROFILE_LIMITS.employees),
  /** 0–1: 0.8 means 80 % work on site. */
  onSiteShare: z.number().min(0).max(1),
  activeDepartments: z.int().min(1).max(PROFILE_LIMITS.activeDepartments),
  countries: z.int().min(1).max(PROFILE_LIMITS.countries),
  /** 0 = no social media team. */
  socialTeamSize: z.int().min(0).max(PROFILE_LIMITS.socialTeamSize),
  /** 1 = people decide for themselves … 5 = directives bind. */
  directiveCulture: scale,
  /** 1 = hardly regulated … 5 = strongly. */
  regulation: scale,
  /** 1 = authenticity … 5 = control. */
  authenticityVsControl: scale,
};

/**
 * Counts that are parts of the headcount cannot exceed it. Compared only once every field is
 * valid on its own (`ONCE_VALID`): an invalid headcount has its own issue already.
 */
function withinHeadcount(
  profile: Pick<AdvisorProfile, 'employees' | 'activeDepartments' | 'socialTeamSize'>,
  ctx: z.RefinementCtx,
): void {
  for (const field of ['activeDepartments', 'socialTeamSize'] as const) {
    if (profile[field] > profile.employees) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `${field} (${profile[field]}) cannot exceed employees (${profile.employees})`,
      });
    }
  }
}

const ONCE_VALID = {
  when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0,
};

export const advisorProfileSchema = z
  .strictObject(profileShape)
  .superRefine(withinHeadcount, ONCE_VALID) satisfies z.ZodType<AdvisorProfile, unknown>;

/** Highest hourly rate accepted, in cents: keeps monthly sums far inside safe integers. */
export const MAX_HOURLY_RATE_CENTS = 100_000;
const rateCents = z.int().min(0).max(MAX_HOURLY_RATE_CENTS);

export const staffingRatesSchema = z.strictObject({
  defaultCents: rateCents.default(STAFFING_ASSUMPTIONS.defaultHourlyRateCents),
  /** Overrides per planned role. */
  byRole: z
    .strictObject(
      Object.fromEntries(STAFFING_ROLES.map((r) => [r, rateCents.optional()])) as Record<
        (typeof STAFFING_ROLES)[number],
        z.ZodOptional<typeof rateCents>
      >,
    )
    .optional(),
});

/** `POST /advisor`: the profile, the language of the reasons and, optionally, hourly rates. */
export const advisorRequestSchema = z
  .strictObject({
    ...profileShape,
    /** Language of the reasons; default: the member's. */
    locale: localeSchema.optional(),
    rates: staffingRatesSchema.optional(),
  })
  .superRefine(withinHeadcount, ONCE_VALID);
export type AdvisorRequest = z.infer<typeof advisorRequestSchema>;

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const advisorReasonSchema = z.object({
  /** The criterion of the source article (or regulation, authenticity versus control). */
  criterion: z.enum(CRITERIA),
  effect: z.enum(['for', 'against']),
  /** Points on the 0–100 score scale, negative when against. */
  points: z.number(),
  code: z.string(),
  params: paramsSchema,
  message: z.string(),
});

export const rankedModelSchema = z.object({
  model: z.enum(MODELS),
  /** 0–100; 50: the answers speak neither for nor against the model. */
  score: z.number(),
  reasons: z.array(advisorReasonSchema),
});

export const uncertaintySchema = z.object({
  code: z.enum(UNCERTAINTY_CODES),
  params: paramsSchema,
  message: z.string(),
});

export const plannedUnitSchema = z.object({
  key: z.string(),
  id: z.uuid().nullable(),
  kind: z.enum(UNIT_KINDS),
  isHub: z.boolean(),
  name: z.string().nullable(),
  covers: z.uuid().nullable(),
  count: z.int(),
});

export const plannedRoleSchema = z.object({
  role: z.enum(STAFFING_ROLES),
  membershipRole: z.enum(ROLES),
  unit: plannedUnitSchema,
  people: z.int(),
  existing: z.int(),
  toFill: z.int(),
  minutesPerWeekEach: z.int(),
  minutesPerWeek: z.int(),
  hourlyRateCents: z.int(),
  centsPerMonth: z.int(),
  trainingMinutes: z.int(),
  trainingCents: z.int(),
});

export const staffingPlanSchema = z.object({
  model: z.enum(MODELS),
  roles: z.array(plannedRoleSchema),
  totals: z.object({
    people: z.int(),
    existing: z.int(),
    toFill: z.int(),
    minutesPerWeek: z.int(),
    hoursPerWeek: z.number(),
    centsPerMonth: z.int(),
    trainingMinutes: z.int(),
    trainingCents: z.int(),
  }),
  assumptions: z.object(
    Object.fromEntries(Object.keys(STAFFING_ASSUMPTIONS).map((k) => [k, z.number()])) as Record<
      keyof typeof STAFFING_ASSUMPTIONS,
      z.ZodNumber
    >,
  ),
});

/** The advisor's answer: every model ranked (best first), what stays open, and the plan of the first. */
export const adviceSchema = z.object({
  locale: localeSchema,
  ranking: z.array(rankedModelSchema),
  uncertain: z.array(uncertaintySchema),
  staffing: staffingPlanSchema,
});
export type AdviceView = z.infer<typeof adviceSchema>;
