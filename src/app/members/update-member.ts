import type { Member, UpdateMemberInput } from '../../contracts/members.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { changeOrganization } from '../transaction.ts';
import { ensureAnotherAdmin } from './admins.ts';
import { loadMember, toWeeklyMinutes } from './member-view.ts';

/** Changes a member's profile, admin flag and staffing figures; the last admin stays an admin. */
export async function updateMember(
  deps: Deps,
  actor: Actor,
  memberId: string,
  input: UpdateMemberInput,
): Promise<Member> {
  return changeOrganization(deps, actor, async ({ tx, snapshot }) => {
    authorizeOrganization(snapshot, actor, 'manage_members');
    const current = await tx
      .selectFrom('members')
      .select(['id', 'admin'])
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', memberId)
      .executeTakeFirst();
    if (!current) throw notFound('member');
    if (current.admin && input.admin === false) {
      await ensureAnotherAdmin(tx, actor.organizationId, memberId, 'body.admin');
    }
    await tx
      .updateTable('members')
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.locale !== undefined && { locale: input.locale }),
        ...(input.admin !== undefined && { admin: input.admin }),
        ...(input.weeklyHours !== undefined && {
          weekly_minutes: toWeeklyMinutes(input.weeklyHours),
        }),
        ...(input.hourlyRateCents !== undefined && { hourly_rate_cents: input.hourlyRateCents }),
        ...(input.onSite !== undefined && { on_site: input.onSite }),
      })
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', memberId)
      .execute();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'member.updated',
      subjectType: 'member',
      subjectId: memberId,
      data: { changes: input },
    });
    return loadMember(tx, actor.organizationId, memberId);
  });
}
