import type { z } from 'zod';
import type { createStaffingPlanBody, StaffingPlansQuery } from '../../contracts/staffing.ts';
import { staffingPlanPage, staffingPlanViewSchema } from '../../contracts/staffing.ts';
import { request } from './client.ts';

/** Stores the plan of a model for a profile, with the people it proposes (admins). */
export function createStaffingPlan(input: z.input<typeof createStaffingPlanBody>) {
  return request(staffingPlanViewSchema, 'POST', '/staffing-plans', { body: input });
}

/** The organization's staffing plans, newest first (admins). */
export function listStaffingPlans(query: Partial<StaffingPlansQuery> = {}) {
  return request(staffingPlanPage, 'GET', '/staffing-plans', { query });
}

/** Creates the proposed memberships and sends the notices; 409 unless the plan is proposed. */
export function applyStaffingPlan(id: string) {
  return request(staffingPlanViewSchema, 'POST', `/staffing-plans/${id}/apply`);
}

/** Sets a proposed plan aside; 409 unless the plan is proposed. */
export function discardStaffingPlan(id: string) {
  return request(staffingPlanViewSchema, 'POST', `/staffing-plans/${id}/discard`);
}
