import type { Unit } from '../../contracts/units.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { toUnit } from './unit-view.ts';

export async function listUnits(deps: Deps, actor: Actor): Promise<Unit[]> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_organization');
  const rows = await deps.db
    .selectFrom('units')
    .selectAll()
    .where('organization_id', '=', actor.organizationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toUnit);
}

export async function getUnit(deps: Deps, actor: Actor, unitId: string): Promise<Unit> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_organization');
  const row = await deps.db
    .selectFrom('units')
    .selectAll()
    .where('organization_id', '=', actor.organizationId)
    .where('id', '=', unitId)
    .executeTakeFirst();
  if (!row) throw notFound('unit');
  return toUnit(row);
}
