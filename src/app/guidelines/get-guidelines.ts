import type { GuidelineSet } from '../../contracts/guidelines.ts';
import type { GuidelineRule } from '../../core/guidelines/rules.ts';
import { unitExists } from '../../core/governance/snapshot-queries.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';

/** The unit's own guideline set (not what it inherits; see `getEffectiveGuidelines`). */
export async function getGuidelines(
  deps: Deps,
  actor: Actor,
  unitId: string,
): Promise<GuidelineSet> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_organization');
  if (!unitExists(snapshot, unitId)) throw notFound('unit');
  const set = await deps.db
    .selectFrom('guideline_sets')
    .select(['id', 'name', 'updated_at'])
    .where('organization_id', '=', actor.organizationId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  if (!set) return { unitId, name: null, rules: [], updatedAt: null };
  const rules = await deps.db
    .selectFrom('guideline_rules')
    .select('rule')
    .where('organization_id', '=', actor.organizationId)
    .where('set_id', '=', set.id)
    .orderBy('position')
    .execute();
  return {
    unitId,
    name: set.name,
    rules: rules.map((r) => r.rule as GuidelineRule),
    updatedAt: set.updated_at.toISOString(),
  };
}
