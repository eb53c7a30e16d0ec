import type { Acknowledgement } from '../../contracts/strategy.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { closeStrategyDuties } from '../duties/strategy-duties.ts';
import { conflict } from '../errors.ts';
import { changeOrganization } from '../transaction.ts';

export const STRATEGY_SUBJECT = 'strategy';

/**
 * The member confirms they know the current strategy, which makes them informed again. Only the
 * current version can be acknowledged (an old tab must not confirm a text that was replaced).
 * Idempotent: a second acknowledgement of the same version changes nothing and answers the first.
 */
export async function acknowledgeStrategy(
  deps: Deps,
  actor: Actor,
  version: number,
): Promise<Acknowledgement> {
  return changeOrganization(deps, actor, async ({ tx, snapshot, organization }) => {
    authorizeOrganization(snapshot, actor, 'view_organization');
    if (organization.strategy_version === 0 || version !== organization.strategy_version) {
      throw conflict(
        'strategy.not_current',
        `Version ${version} is not the current strategy (${organization.strategy_version}).`,
        'body.version',
      );
    }
    const inserted = await tx
      .insertInto('acknowledgements')
      .values({
        organization_id: actor.organizationId,
        member_id: actor.memberId,
        subject: STRATEGY_SUBJECT,
        subject_version: version,
        acknowledged_at: deps.now(),
      })
      .onConflict((oc) => oc.columns(['member_id', 'subject', 'subject_version']).doNothing())
      .returning('acknowledged_at')
      .executeTakeFirst();
    await tx
      .updateTable('members')
      .set({ strategy_ack_version: version })
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', actor.memberId)
      .where('strategy_ack_version', '<', version)
      .execute();
    await closeStrategyDuties(tx, {
      organizationId: actor.organizationId,
      memberId: actor.memberId,
      version,
      now: deps.now(),
    });
    if (inserted) {
      await recordActivity(tx, {
        organizationId: actor.organizationId,
        actorId: actor.memberId,
        kind: 'strategy.acknowledged',
        subjectType: 'strategy',
        subjectId: String(version),
        data: { version },
      });
      return { version, acknowledgedAt: inserted.acknowledged_at.toISOString() };
    }
    const first = await tx
      .selectFrom('acknowledgements')
      .select('acknowledged_at')
      .where('organization_id', '=', actor.organizationId)
      .where('member_id', '=', actor.memberId)
      .where('subject', '=', STRATEGY_SUBJECT)
      .where('subject_version', '=', version)
      .executeTakeFirstOrThrow();
    return { version, acknowledgedAt: first.acknowledged_at.toISOString() };
  });
}
