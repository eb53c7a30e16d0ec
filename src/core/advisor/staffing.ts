import type { ModelKey, Role } from '../governance/types.ts';
import type { AdvisorProfile } from './profile.ts';
import {
  MEMBERSHIP_ROLE,
  STAFFING_ASSUMPTIONS,
  slotsOf,
  type OrganizationSummary,
  type PlannedUnit,
  type StaffingAssumptions,
  type StaffingRole,
} from './staffing-roles.ts';

export {
  MEMBERSHIP_ROLE,
  STAFFING_ASSUMPTIONS,
  STAFFING_ROLES,
  type OrganizationSummary,
  type PlannedUnit,
  type StaffingAssumptions,
  type StaffingRole,
} from './staffing-roles.ts';

/**
 * The staffing plan of a model (DESIGN.md §6): which roles to fill in which units, how many hours
 * a week they take and what that costs a month. Pure: the numbers come from the profile, the
 * assumptions (staffing-roles.ts) and, when given, the organization's units and memberships (so
 * that roles land on real units and people already in place count). The plan is plain JSON, to
 * be stored and later applied role by role.
 */

/** Hourly rates in cents: one for everyone, and overrides per role. */
export interface StaffingRates {
  defaultCents: number;
  byRole?: Partial<Record<StaffingRole, number>>;
}

export interface PlannedRole {
  role: StaffingRole;
  membershipRole: Role;
  unit: PlannedUnit;
  /** People in this role over all `unit.count` units. */
  people: number;
  /** Of them, already in place (memberships of the unit, or the profile's social media team). */
  existing: number;
  /** People still to find (and to tell about their new duties). */
  toFill: number;
  minutesPerWeekEach: number;
  minutesPerWeek: number;
  hourlyRateCents: number;
  centsPerMonth: number;
  /** One-off: training for the people still to find. */
  trainingMinutes: number;
  trainingCents: number;
}

export interface StaffingPlan {
  model: ModelKey;
  roles: PlannedRole[];
  totals: {
    people: number;
    existing: number;
    toFill: number;
    minutesPerWeek: number;
    /** `minutesPerWeek / 60`, two decimals: for reading, not for sums. */
    hoursPerWeek: number;
    centsPerMonth: number;
    trainingMinutes: number;
    trainingCents: number;
  };
  /** The assumptions the plan was computed with, and the default hourly rate used. */
  assumptions: StaffingAssumptions;
}

export interface PlanStaffingOptions {
  model: ModelKey;
  profile: AdvisorProfile;
  rates?: StaffingRates;
  organization?: OrganizationSummary;
}

const A = STAFFING_ASSUMPTIONS;

/**
 * The roles to fill for `model`, with hours per week and cost per month. Costs: each row's
 * minutes a week × its hourly rate × 52/12 weeks, rounded to the cent per row; totals are sums
 * of rows. Deterministic: the same input gives the same plan, rows in a stable order.
 */
export function planStaffing(options: PlanStaffingOptions): StaffingPlan {
  const { model, profile } = options;
  const slots = slotsOf(model, profile, options.organization);
  const rates = options.rates ?? { defaultCents: A.defaultHourlyRateCents };
  const roles = slots
    .filter((s) => s.people > 0)
    .map((s): PlannedRole => {
      const rate = rates.byRole?.[s.role] ?? rates.defaultCents;
      const existing = Math.min(s.existing, s.people);
      const toFill = s.people - existing;
      const minutesPerWeek = s.people * s.minutesPerWeekEach;
      const trainingMinutes = toFill * A.trainingMinutes;
      return {
        role: s.role,
        membershipRole: MEMBERSHIP_ROLE[s.role],
        unit: s.unit,
        people: s.people,
        existing,
        toFill,
        minutesPerWeekEach: s.minutesPerWeekEach,
        minutesPerWeek,
        hourlyRateCents: rate,
        centsPerMonth: centsPerMonth(minutesPerWeek, rate),
        trainingMinutes,
        trainingCents: Math.round((trainingMinutes * rate) / 60),
      };
    });
  const sum = (pick: (r: PlannedRole) => number) => roles.reduce((t, r) => t + pick(r), 0);
  const minutesPerWeek = sum((r) => r.minutesPerWeek);
  return {
    model,
    roles,
    totals: {
      people: sum((r) => r.people),
      existing: sum((r) => r.existing),
      toFill: sum((r) => r.toFill),
      minutesPerWeek,
      hoursPerWeek: Math.round((minutesPerWeek / 60) * 100) / 100,
      centsPerMonth: sum((r) => r.centsPerMonth),
      trainingMinutes: sum((r) => r.trainingMinutes),
      trainingCents: sum((r) => r.trainingCents),
    },
    assumptions: { ...A, defaultHourlyRateCents: rates.defaultCents },
  };
}

/** Minutes a week at an hourly rate, as cents a month (52/12 weeks): × rate × 13 / 180, rounded. */
export function centsPerMonth(minutesPerWeek: number, hourlyRateCents: number): number {
  return Math.round((minutesPerWeek * hourlyRateCents * 13) / 180);
}
