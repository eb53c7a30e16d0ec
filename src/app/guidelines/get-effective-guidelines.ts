import type { EffectiveGuidelines } from '../../contracts/guidelines.ts';
import { unitChain, unitExists } from '../../core/governance/snapshot-queries.ts';
import { effectiveRules } from '../../core/guidelines/inherit.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { loadLayers } from './guideline-layers.ts';

/**
 * Every rule in force for the unit, each attributed to the highest unit that set it (and the units
 * that tightened it). `ignored` lists own or inherited rules that would loosen what a unit above
 * set, e.g. after an ancestor tightened its rules: they do not count.
 */
export async function getEffectiveGuidelines(
  deps: Deps,
  actor: Actor,
  unitId: string,
): Promise<EffectiveGuidelines> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_organization');
  if (!unitExists(snapshot, unitId)) throw notFound('unit');
  const chain = unitChain(snapshot, unitId);
  const [layers, units] = await Promise.all([
    loadLayers(deps.db, actor.organizationId, chain),
    deps.db
      .selectFrom('units')
      .select(['id', 'name'])
      .where('organization_id', '=', actor.organizationId)
      .where('id', 'in', chain)
      .execute(),
  ]);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const { rules, loosened } = effectiveRules(layers);
  return {
    unitId,
    rules: rules.map((r) => ({
      unitId: r.unitId,
      unitName: names.get(r.unitId) ?? '',
      rule: r.rule,
      tightenedBy: r.tightenedBy,
    })),
    ignored: loosened.map((l) => ({
      unitId: l.unitId,
      rule: l.rule,
      inherited: l.inherited,
      loosening: l.code,
    })),
  };
}
