import type { CreateMemberInput, CreatedMember } from '../../contracts/members.ts';
import { recordActivity } from '../activity.ts';
import { hashPassword } from '../auth/passwords.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { changeOrganization } from '../transaction.ts';
import { isUniqueViolation } from './constraint-errors.ts';
import { emailTaken, ensureEmailFree } from './email.ts';
import { newInvite } from './invite.ts';
import { loadMember, toWeeklyMinutes } from './member-view.ts';
import { writeMemberships } from './memberships.ts';

/**
 * Adds a member. With a password the account is ready to sign in; without one the member is
 * invited: the one-time token comes back once and only its hash is kept, valid for 7 days.
 */
export async function createMember(
  deps: Deps,
  actor: Actor,
  input: CreateMemberInput,
): Promise<CreatedMember> {
  // argon2 takes a while: hash before the transaction holds the organization lock.
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  const invite = passwordHash === null ? newInvite(deps.now()) : null;
  try {
    return await changeOrganization(deps, actor, async ({ tx, snapshot, organization }) => {
      authorizeOrganization(snapshot, actor, 'manage_members');
      await ensureEmailFree(tx, input.email, 'body.email');
      const row = await tx
        .insertInto('members')
        .values({
          organization_id: actor.organizationId,
          email: input.email,
          name: input.name,
          password_hash: passwordHash,
          invite_token_hash: invite?.hash ?? null,
          invite_expires_at: invite?.expiresAt ?? null,
          locale: input.locale ?? organization.locale,
          admin: input.admin,
          trained_at: input.trained ? deps.now() : null,
          weekly_minutes: toWeeklyMinutes(input.weeklyHours),
          hourly_rate_cents: input.hourlyRateCents,
          on_site: input.onSite,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeMemberships({
        tx,
        snapshot,
        organizationId: actor.organizationId,
        memberId: row.id,
        memberships: input.memberships,
      });
      await recordActivity(tx, {
        organizationId: actor.organizationId,
        actorId: actor.memberId,
        kind: 'member.created',
        subjectType: 'member',
        subjectId: row.id,
        data: {
          email: input.email,
          admin: input.admin,
          invited: invite !== null,
          memberships: input.memberships,
        },
      });
      const member = await loadMember(tx, actor.organizationId, row.id);
      return {
        ...member,
        inviteToken: invite?.token ?? null,
        inviteExpiresAt: invite?.expiresAt.toISOString() ?? null,
      };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw emailTaken('body.email');
    throw err;
  }
}
