import { z } from 'zod';
import { STAFFING_ROLES } from '../core/advisor/staffing.ts';
import { MODELS, ROLES } from '../core/governance/types.ts';
import { advisorProfileSchema, staffingPlanSchema, staffingRatesSchema } from './advisor.ts';
import { idSchema, pageQuery } from './common.ts';

/**
 * Stored staffing plans: the plan of a model for a profile of the organization, the people
 * proposed for its open roles, and what applying it did.
 */

const staffingRole = z.enum(STAFFING_ROLES);

/** The admin's choice: this member takes the planned role in this (existing) unit. */
export const staffingAssignmentSchema = z.strictObject({
  unitId: idSchema,
  role: staffingRole,
  memberId: idSchema,
});

/** Most assignments one request may name. */
export const MAX_STAFFING_ASSIGNMENTS = 1000;

/** `POST /staffing-plans`: the profile, the model (default: the advisor's first) and choices. */
export const createStaffingPlanBody = z.strictObject({
  profile: advisorProfileSchema,
  model: z.enum(MODELS).optional(),
  rates: staffingRatesSchema.optional(),
  assignments: z.array(staffingAssignmentSchema).max(MAX_STAFFING_ASSIGNMENTS).default([]),
});
export type CreateStaffingPlanBody = z.infer<typeof createStaffingPlanBody>;

export const staffingProposalSchema = z.object({
  role: staffingRole,
  membershipRole: z.enum(ROLES),
  unitId: idSchema,
  unitName: z.string(),
  memberId: idSchema,
  memberName: z.string(),
  /** The minutes a week the plan gives one person in the role. */
  minutesPerWeek: z.int(),
  /** `chosen`: named by the admin; `suggested`: picked by Mooring. */
  source: z.enum(['chosen', 'suggested']),
});

export const unplacedRoleSchema = z.object({
  role: staffingRole,
  unitKey: z.string(),
  count: z.int(),
  /** `unit_to_create`: the unit does not exist yet; `no_candidates`: nobody left to propose. */
  reason: z.enum(['unit_to_create', 'no_candidates']),
});

export const STAFFING_SKIP_REASONS = ['member_gone', 'unit_gone', 'role_in_place'] as const;

/** What applying the plan did. */
export const staffingApplyResultSchema = z.object({
  membershipsCreated: z.int(),
  /** Memberships whose role went up (a member became a lead of their unit). */
  membershipsRaised: z.int(),
  /** Proposals that no longer held when the plan was applied. */
  skipped: z.array(
    z.object({
      memberId: idSchema,
      unitId: idSchema,
      role: staffingRole,
      reason: z.enum(STAFFING_SKIP_REASONS),
    }),
  ),
  notices: z.int(),
});
export type StaffingApplyResult = z.infer<typeof staffingApplyResultSchema>;

export const STAFFING_PLAN_STATUSES = ['proposed', 'applied', 'discarded'] as const;

export const staffingPlanViewSchema = z.object({
  id: idSchema,
  status: z.enum(STAFFING_PLAN_STATUSES),
  model: z.enum(MODELS),
  profile: advisorProfileSchema,
  plan: staffingPlanSchema,
  proposals: z.array(staffingProposalSchema),
  unplaced: z.array(unplacedRoleSchema),
  createdAt: z.iso.datetime(),
  createdBy: idSchema.nullable(),
  appliedAt: z.iso.datetime().nullable(),
  appliedBy: idSchema.nullable(),
  result: staffingApplyResultSchema.nullable(),
});
export type StaffingPlanView = z.infer<typeof staffingPlanViewSchema>;

export const staffingPlansQuery = pageQuery;
export type StaffingPlansQuery = z.infer<typeof staffingPlansQuery>;

export const staffingPlanPage = z.object({
  items: z.array(staffingPlanViewSchema),
  nextCursor: z.string().nullable(),
});
export type StaffingPlanPage = z.infer<typeof staffingPlanPage>;
