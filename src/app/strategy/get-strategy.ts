import type { StrategyOverview } from '../../contracts/strategy.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { readStrategyVersion } from './strategy-view.ts';

/** The current strategy with its goals, the list of versions, and where the member stands. */
export async function getStrategy(deps: Deps, actor: Actor): Promise<StrategyOverview> {
  const { organization, snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_organization');
  const [current, versions, member] = await Promise.all([
    readStrategyVersion(deps.db, actor.organizationId, organization.strategy_version),
    deps.db
      .selectFrom('strategy_versions')
      .select(['version', 'title', 'published_by', 'published_at'])
      .where('organization_id', '=', actor.organizationId)
      .orderBy('version', 'desc')
      .execute(),
    deps.db
      .selectFrom('members')
      .select('strategy_ack_version')
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', actor.memberId)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    current,
    versions: versions.map((v) => ({
      version: v.version,
      title: v.title,
      publishedBy: v.published_by,
      publishedAt: v.published_at.toISOString(),
    })),
    acknowledgedVersion: member.strategy_ack_version,
  };
}
