import type { DutyNotice } from '../../contracts/duties.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { acknowledgeStrategy } from '../strategy/acknowledge-strategy.ts';
import { DUTY_COLUMNS, toDutyNotice } from './duty-view.ts';

/**
 * The member confirms they read one of their duty notices. Idempotent: an acknowledged notice
 * keeps its first time. Another member's notice, or another organization's, is not found.
 *
 * A notice of the current strategy version is acknowledged by acknowledging the strategy itself
 * (the member becomes informed, as with `POST /strategy/acknowledge`); a notice of an older
 * version only as read, since that text was replaced.
 */
export async function acknowledgeDuty(
  deps: Deps,
  actor: Actor,
  dutyId: string,
): Promise<DutyNotice> {
  const { snapshot, organization } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_organization');
  const mine = deps.db
    .selectFrom('duty_notices')
    .select(DUTY_COLUMNS)
    .where('organization_id', '=', actor.organizationId)
    .where('member_id', '=', actor.memberId)
    .where('id', '=', dutyId);
  const notice = await mine.executeTakeFirst();
  if (!notice) throw notFound('duty');
  if (notice.acknowledged_at === null && notice.source === 'strategy') {
    const version = await deps.db
      .selectFrom('strategy_versions')
      .select('version')
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', notice.source_id)
      .executeTakeFirst();
    if (version && version.version === organization.strategy_version) {
      await acknowledgeStrategy(deps, actor, version.version);
      return toDutyNotice(await mine.executeTakeFirstOrThrow(), actor.locale);
    }
  }
  const row = await deps.db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable('duty_notices')
      .set({ acknowledged_at: deps.now() })
      .where('organization_id', '=', actor.organizationId)
      .where('member_id', '=', actor.memberId)
      .where('id', '=', dutyId)
      .where('acknowledged_at', 'is', null)
      .returning(DUTY_COLUMNS)
      .executeTakeFirst();
    if (!updated) return null;
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'duty.acknowledged',
      subjectType: 'duty',
      subjectId: dutyId,
      data: { source: updated.source, sourceId: updated.source_id },
    });
    return updated;
  });
  return toDutyNotice(row ?? (await mine.executeTakeFirstOrThrow()), actor.locale);
}
