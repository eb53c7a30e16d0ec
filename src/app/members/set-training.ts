import type { Member } from '../../contracts/members.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { changeOrganization } from '../transaction.ts';
import { loadMember } from './member-view.ts';

/**
 * Records that a member completed (or no longer counts as having) the training in business policy
 * and customer handling. Marking a trained member again keeps the original date.
 */
export async function setTraining(
  deps: Deps,
  actor: Actor,
  memberId: string,
  trained: boolean,
): Promise<Member> {
  return changeOrganization(deps, actor, async ({ tx, snapshot }) => {
    authorizeOrganization(snapshot, actor, 'manage_members');
    const row = await tx
      .updateTable('members')
      .set((eb) => ({
        trained_at: trained ? eb.fn.coalesce('trained_at', eb.val(deps.now())) : null,
      }))
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', memberId)
      .returning('id')
      .executeTakeFirst();
    if (!row) throw notFound('member');
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'member.trained',
      subjectType: 'member',
      subjectId: memberId,
      data: { trained },
    });
    return loadMember(tx, actor.organizationId, memberId);
  });
}
