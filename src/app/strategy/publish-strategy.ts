import type { PublishStrategyInput, StrategyVersion } from '../../contracts/strategy.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { askToAcknowledgeStrategy } from '../duties/strategy-duties.ts';
import { AppError } from '../errors.ts';
import { changeOrganization } from '../transaction.ts';
import { readStrategyVersion } from './strategy-view.ts';

/**
 * Publishes the next strategy version (current + 1) with its goals and makes it current. From then
 * on every member counts as uninformed until they acknowledge it: they may still draft, but not
 * publish or approve. Each member gets a duty notice asking them to read and acknowledge it.
 * The organization lock makes the version number race-free.
 */
export async function publishStrategy(
  deps: Deps,
  actor: Actor,
  input: PublishStrategyInput,
): Promise<StrategyVersion> {
  return changeOrganization(deps, actor, async ({ tx, snapshot, organization }) => {
    authorizeOrganization(snapshot, actor, 'manage_strategy');
    input.goals.forEach((g, i) => {
      if (g.unitId && !snapshot.unitIndex.has(g.unitId)) {
        throw new AppError('not_found', 'unit not found', {
          details: [{ code: 'unit.not_found', path: `body.goals.${i}.unitId` }],
        });
      }
    });
    const version = organization.strategy_version + 1;
    const row = await tx
      .insertInto('strategy_versions')
      .values({
        organization_id: actor.organizationId,
        version,
        title: input.title,
        body: input.body,
        published_by: actor.memberId,
        published_at: deps.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.goals.length > 0) {
      await tx
        .insertInto('goals')
        .values(
          input.goals.map((g) => ({
            organization_id: actor.organizationId,
            strategy_version_id: row.id,
            unit_id: g.unitId ?? null,
            kpi: g.kpi,
            target: g.target,
            description: g.description ?? '',
          })),
        )
        .execute();
    }
    await tx
      .updateTable('organizations')
      .set({ strategy_version: version })
      .where('id', '=', actor.organizationId)
      .execute();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'strategy.published',
      subjectType: 'strategy',
      subjectId: String(version),
      data: { version, title: input.title, goals: input.goals.length },
    });
    await askToAcknowledgeStrategy(tx, {
      organizationId: actor.organizationId,
      strategyVersionId: row.id,
      version,
      title: input.title,
    });
    return (await readStrategyVersion(tx, actor.organizationId, version))!;
  });
}
