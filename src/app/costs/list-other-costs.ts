import type { OtherCost, OtherCostsQuery } from '../../contracts/costs.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { OTHER_COST_COLUMNS, toOtherCost } from './other-cost-view.ts';

/** The organization's other costs with a day in `[from, to]` (local dates), by first day. */
export async function listOtherCosts(
  deps: Deps,
  actor: Actor,
  query: OtherCostsQuery,
): Promise<OtherCost[]> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'manage_organization');
  const rows = await deps.db
    .selectFrom('other_costs')
    .select(OTHER_COST_COLUMNS)
    .where('organization_id', '=', actor.organizationId)
    .$if(query.from !== undefined, (q) => q.where('ends_on', '>=', query.from!))
    .$if(query.to !== undefined, (q) => q.where('starts_on', '<=', query.to!))
    .orderBy('starts_on')
    .orderBy('id')
    .execute();
  return rows.map(toOtherCost);
}
