import type { CostSettings } from '../../contracts/costs.ts';
import type { Actor, Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { seesReports } from '../reports/report-access.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { loadCostSettings, toCostSettings } from './cost-settings.ts';

/** The organization's cost settings, for those who see cost reports (admins and unit leads). */
export async function getCostSettings(deps: Deps, actor: Actor): Promise<CostSettings> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  if (!seesReports(snapshot, actor.memberId)) {
    throw new AppError('forbidden', 'Cost settings are for admins and unit leads.', {
      details: [{ code: 'reports.lead_or_admin_required' }],
    });
  }
  return toCostSettings(
    actor.organizationId,
    await loadCostSettings(deps.db, actor.organizationId),
  );
}
