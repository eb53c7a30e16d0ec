import type { UpdateMeInput } from '../../contracts/auth.ts';
import type { Member } from '../../contracts/members.ts';
import { recordActivity } from '../activity.ts';
import type { Actor, Deps } from '../deps.ts';
import { badInput, notFound } from '../errors.ts';
import { loadMember } from '../members/member-view.ts';
import { changeOrganization } from '../transaction.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { hashSecret } from './tokens.ts';

/**
 * Changes the actor's own name, locale, email notifications or password. A new password needs the current one and
 * ends every other session of the member (`keepSessionToken`: the session making the change).
 */
export async function updateMe(
  deps: Deps,
  actor: Actor,
  input: UpdateMeInput,
  opts: { keepSessionToken?: string | undefined } = {},
): Promise<Member> {
  let passwordHash: string | undefined;
  if (input.newPassword !== undefined) {
    if (input.currentPassword === undefined) {
      throw badInput(
        'body.currentPassword',
        'auth.current_password_required',
        'Enter your current password.',
      );
    }
    const row = await deps.db
      .selectFrom('members')
      .select('password_hash')
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', actor.memberId)
      .executeTakeFirst();
    if (!row) throw notFound('member');
    if (!row.password_hash || !(await verifyPassword(row.password_hash, input.currentPassword))) {
      throw badInput(
        'body.currentPassword',
        'auth.wrong_password',
        'The current password is wrong.',
      );
    }
    passwordHash = await hashPassword(input.newPassword);
  } else if (input.currentPassword !== undefined) {
    throw badInput('body.newPassword', 'auth.new_password_required', 'Enter a new password.');
  }
  return changeOrganization(deps, actor, async ({ tx }) => {
    await tx
      .updateTable('members')
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.locale !== undefined && { locale: input.locale }),
        ...(input.emailNotifications !== undefined && {
          email_notifications: input.emailNotifications,
        }),
        ...(passwordHash !== undefined && { password_hash: passwordHash }),
      })
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', actor.memberId)
      .execute();
    if (passwordHash !== undefined) {
      await tx
        .deleteFrom('sessions')
        .where('organization_id', '=', actor.organizationId)
        .where('member_id', '=', actor.memberId)
        .$if(opts.keepSessionToken !== undefined, (q) =>
          q.where('token_hash', '!=', hashSecret(opts.keepSessionToken!)),
        )
        .execute();
    }
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'member.profile_updated',
      subjectType: 'member',
      subjectId: actor.memberId,
      data: {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.locale !== undefined && { locale: input.locale }),
        ...(input.emailNotifications !== undefined && {
          emailNotifications: input.emailNotifications,
        }),
        passwordChanged: passwordHash !== undefined,
      },
    });
    return loadMember(tx, actor.organizationId, actor.memberId);
  });
}
