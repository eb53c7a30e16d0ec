import type { CostSettings, UpdateCostSettingsInput } from '../../contracts/costs.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { loadCostSettings, toCostSettings } from './cost-settings.ts';

/**
 * Replaces the organization's cost settings: its currency (amounts are not converted: rates and
 * costs are taken to be in the new one), the monthly budget, and the minutes an activity counts
 * when it carries none, per kind. Defaults apply when reports read the log, so a changed default
 * re-prices past events too: the log keeps what was measured, the setting what is assumed.
 */
export async function updateCostSettings(
  deps: Deps,
  actor: Actor,
  input: UpdateCostSettingsInput,
): Promise<CostSettings> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'manage_organization');
  return deps.db.transaction().execute(async (tx) => {
    const values = {
      currency: input.currency,
      monthly_budget_cents: input.monthlyBudgetCents,
      default_minutes: JSON.stringify(input.defaultMinutes),
      updated_by: actor.memberId,
      updated_at: deps.now(),
    };
    await tx
      .insertInto('cost_settings')
      .values({ organization_id: actor.organizationId, ...values })
      .onConflict((c) => c.column('organization_id').doUpdateSet(values))
      .execute();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'costs.settings_updated',
      subjectType: 'organization',
      subjectId: actor.organizationId,
      data: { ...input },
    });
    return toCostSettings(actor.organizationId, await loadCostSettings(tx, actor.organizationId));
  });
}
