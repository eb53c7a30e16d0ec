import { sql } from 'kysely';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { dummyHash, verifyPassword } from './passwords.ts';
import { createSession, type NewSession } from './session.ts';

/** Checks email and password; on success opens a session. One message for every failure. */
export async function login(
  deps: Deps,
  input: { email: string; password: string },
): Promise<NewSession & { memberId: string; organizationId: string }> {
  const member = await deps.db
    .selectFrom('members')
    .select(['id', 'organization_id', 'password_hash'])
    .where(sql`lower(email)`, '=', input.email.toLowerCase())
    .executeTakeFirst();
  const ok = await verifyPassword(member?.password_hash ?? (await dummyHash()), input.password);
  if (!member || !member.password_hash || !ok) {
    throw new AppError('unauthenticated', 'Email or password is wrong.', {
      details: [{ code: 'auth.invalid_credentials' }],
    });
  }
  const session = await createSession(deps, member.organization_id, member.id);
  return { ...session, memberId: member.id, organizationId: member.organization_id };
}
