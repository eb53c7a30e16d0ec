import type { StaffingApplyResult, StaffingPlanView } from '../../contracts/staffing.ts';
import type { StaffingPlansTable } from '../../db/schema.ts';
import type { Selectable } from 'kysely';

export type StaffingPlanRow = Selectable<StaffingPlansTable>;

/** What `proposals` holds: who was proposed (names as they were then) and what stayed open. */
export interface StoredProposals {
  proposals: StaffingPlanView['proposals'];
  unplaced: StaffingPlanView['unplaced'];
}

/** A stored plan as the API shows it. */
export function toStaffingPlanView(row: StaffingPlanRow): StaffingPlanView {
  const stored = row.proposals as unknown as StoredProposals;
  return {
    id: row.id,
    status: row.status as StaffingPlanView['status'],
    model: row.model as StaffingPlanView['model'],
    profile: row.profile as unknown as StaffingPlanView['profile'],
    plan: row.plan as unknown as StaffingPlanView['plan'],
    proposals: stored.proposals,
    unplaced: stored.unplaced,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    appliedAt: row.applied_at?.toISOString() ?? null,
    appliedBy: row.applied_by,
    result: (row.result as StaffingApplyResult | null) ?? null,
  };
}
