import type { StrategyVersion } from '../../contracts/strategy.ts';
import type { Db } from '../../db/connect.ts';

type Kpi = StrategyVersion['goals'][number]['kpi'];

/** One strategy version with its goals, or null when the organization has no such version. */
export async function readStrategyVersion(
  db: Db,
  organizationId: string,
  version: number,
): Promise<StrategyVersion | null> {
  const row = await db
    .selectFrom('strategy_versions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) return null;
  const goals = await db
    .selectFrom('goals')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('strategy_version_id', '=', row.id)
    .orderBy('kpi')
    .orderBy('id')
    .execute();
  return {
    version: row.version,
    title: row.title,
    body: row.body,
    publishedBy: row.published_by,
    publishedAt: row.published_at.toISOString(),
    goals: goals.map((g) => ({
      id: g.id,
      kpi: g.kpi as Kpi,
      target: g.target,
      unitId: g.unit_id,
      description: g.description,
    })),
  };
}
