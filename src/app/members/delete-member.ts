import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { conflict, notFound } from '../errors.ts';
import { changeOrganization } from '../transaction.ts';
import { ensureAnotherAdmin } from './admins.ts';
import { isForeignKeyViolation } from './constraint-errors.ts';

/**
 * Removes a member with their memberships, sessions and API tokens. Not oneself, not the last
 * admin. The activity log keeps their id (it has no foreign key), so history stays intact.
 */
export async function deleteMember(deps: Deps, actor: Actor, memberId: string): Promise<void> {
  try {
    await changeOrganization(deps, actor, async ({ tx, snapshot }) => {
      authorizeOrganization(snapshot, actor, 'manage_members');
      if (memberId === actor.memberId) {
        throw conflict('member.delete_self', 'You cannot remove yourself.', 'params.id');
      }
      const current = await tx
        .selectFrom('members')
        .select(['id', 'email', 'admin'])
        .where('organization_id', '=', actor.organizationId)
        .where('id', '=', memberId)
        .executeTakeFirst();
      if (!current) throw notFound('member');
      if (current.admin) await ensureAnotherAdmin(tx, actor.organizationId, memberId, 'params.id');
      await tx
        .deleteFrom('members')
        .where('organization_id', '=', actor.organizationId)
        .where('id', '=', memberId)
        .execute();
      await recordActivity(tx, {
        organizationId: actor.organizationId,
        actorId: actor.memberId,
        kind: 'member.deleted',
        subjectType: 'member',
        subjectId: memberId,
        data: { email: current.email },
      });
    });
  } catch (err) {
    // Rows elsewhere (e.g. posts they wrote) still point at the member.
    if (isForeignKeyViolation(err)) {
      throw conflict('member.in_use', 'Other records still refer to this member.', 'params.id');
    }
    throw err;
  }
}
