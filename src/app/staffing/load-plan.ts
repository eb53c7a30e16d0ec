import type { Db } from '../../db/connect.ts';
import { notFound } from '../errors.ts';
import type { StaffingPlanRow } from './plan-view.ts';

/** The organization's plan, locked for a change; another organization's id is a 404. */
export async function loadStaffingPlanForUpdate(
  tx: Db,
  organizationId: string,
  planId: string,
): Promise<StaffingPlanRow> {
  const row = await tx
    .selectFrom('staffing_plans')
    .selectAll()
    .where('id', '=', planId)
    .where('organization_id', '=', organizationId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('staffing_plan');
  return row;
}
