import type { Member } from '../../contracts/members.ts';
import { recordActivity } from '../activity.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { loadMember } from '../members/member-view.ts';
import { hashPassword } from './passwords.ts';
import { createSession, type NewSession } from './session.ts';
import { hashSecret } from './tokens.ts';

/**
 * Turns an invitation into an account: sets the password, spends the token and opens a session.
 * The token is the only thing that names the member, so the lookup is by its hash alone (like a
 * login by email); the organization comes from the row found.
 */
export async function acceptInvite(
  deps: Deps,
  input: { token: string; password: string },
): Promise<{ member: Member; organizationId: string; session: NewSession }> {
  const tokenHash = hashSecret(input.token);
  const valid = await deps.db
    .selectFrom('members')
    .select('id')
    .where('invite_token_hash', '=', tokenHash)
    .where('invite_expires_at', '>', deps.now())
    .executeTakeFirst();
  // Check before hashing: an argon2 hash per guessed token would be cheap to abuse.
  if (!valid) throw invalidInvite();
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction().execute(async (tx) => {
    // Conditional on the token still being there: two accepts of one token, one wins.
    const row = await tx
      .updateTable('members')
      .set({ password_hash: passwordHash, invite_token_hash: null, invite_expires_at: null })
      .where('invite_token_hash', '=', tokenHash)
      .where('invite_expires_at', '>', deps.now())
      .returning(['id', 'organization_id'])
      .executeTakeFirst();
    if (!row) throw invalidInvite();
    await recordActivity(tx, {
      organizationId: row.organization_id,
      actorId: row.id,
      kind: 'member.invite_accepted',
      subjectType: 'member',
      subjectId: row.id,
    });
    const session = await createSession({ ...deps, db: tx }, row.organization_id, row.id);
    return {
      member: await loadMember(tx, row.organization_id, row.id),
      organizationId: row.organization_id,
      session,
    };
  });
}

function invalidInvite(): AppError {
  return new AppError('unauthenticated', 'This invitation is not valid or has expired.', {
    details: [{ code: 'auth.invite_invalid' }],
  });
}
