import type { Member, MembershipInput } from '../../contracts/members.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { changeOrganization } from '../transaction.ts';
import { loadMember } from './member-view.ts';
import { writeMemberships } from './memberships.ts';

/** Replaces the set of units (and roles) a member belongs to. */
export async function replaceMemberships(
  deps: Deps,
  actor: Actor,
  memberId: string,
  memberships: readonly MembershipInput[],
): Promise<Member> {
  return changeOrganization(deps, actor, async ({ tx, snapshot }) => {
    authorizeOrganization(snapshot, actor, 'manage_members');
    if (!snapshot.memberIndex.has(memberId)) throw notFound('member');
    await writeMemberships({
      tx,
      snapshot,
      organizationId: actor.organizationId,
      memberId,
      memberships,
    });
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'member.memberships_replaced',
      subjectType: 'member',
      subjectId: memberId,
      data: { memberships },
    });
    return loadMember(tx, actor.organizationId, memberId);
  });
}
