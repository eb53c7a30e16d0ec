import type { GuidelineChainLink } from '../../core/guidelines/inherit.ts';
import type { GuidelineRule } from '../../core/guidelines/rules.ts';
import type { Db } from '../../db/connect.ts';

/**
 * The guideline sets of the given units, in the order given (root first when `unitIds` is a chain
 * from the root down), each with its rules in position order. Units without a set give an empty
 * layer.
 */
export async function loadLayers(
  db: Db,
  organizationId: string,
  unitIds: readonly string[],
): Promise<GuidelineChainLink[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('guideline_sets')
    .innerJoin('guideline_rules', 'guideline_rules.set_id', 'guideline_sets.id')
    .select(['guideline_sets.unit_id', 'guideline_rules.rule'])
    .where('guideline_sets.organization_id', '=', organizationId)
    .where('guideline_rules.organization_id', '=', organizationId)
    .where('guideline_sets.unit_id', 'in', unitIds)
    .orderBy('guideline_rules.position')
    .execute();
  const layers = new Map(unitIds.map((id) => [id, [] as GuidelineRule[]]));
  for (const r of rows) layers.get(r.unit_id)!.push(r.rule as GuidelineRule);
  return unitIds.map((unitId) => ({ unitId, rules: layers.get(unitId)! }));
}
