import { sql } from 'kysely';
import type { SignUpInput } from '../../contracts/auth.ts';
import type { Member } from '../../contracts/members.ts';
import type { Organization } from '../../contracts/organization.ts';
import { modelSettingsSchema } from '../../core/governance/models.ts';
import { recordActivity } from '../activity.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { isUniqueViolation } from '../members/constraint-errors.ts';
import { emailTaken } from '../members/email.ts';
import { loadMember } from '../members/member-view.ts';
import { toOrganization } from '../organization/organization-view.ts';
import { hashPassword } from './passwords.ts';
import { createSession, type NewSession } from './session.ts';

export interface SignedUp {
  member: Member;
  organization: Organization;
  session: NewSession;
}

/**
 * Creates the installation's organization with its root unit (a `company` named after it), the
 * first admin and a session for them, all in one transaction. Open only while the installation
 * has no organization: afterwards people join by invitation.
 */
export async function signUp(deps: Deps, input: SignUpInput): Promise<SignedUp> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await deps.db.transaction().execute(async (tx) => {
      // Two sign-ups racing on an empty installation: the lock lets only the first find it empty.
      await sql`select pg_advisory_xact_lock(hashtext('mooring:sign-up'))`.execute(tx);
      const existing = await tx
        .selectFrom('organizations')
        .select('id')
        .limit(1)
        .executeTakeFirst();
      if (existing) {
        throw new AppError('forbidden', 'Sign-up is closed; ask an admin for an invitation.', {
          details: [{ code: 'signup.closed' }],
        });
      }
      const organization = await tx
        .insertInto('organizations')
        .values({
          name: input.organizationName,
          locale: input.locale,
          time_zone: input.timeZone,
          model: input.model,
          model_settings: JSON.stringify(modelSettingsSchema.parse({})),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('units')
        .values({
          organization_id: organization.id,
          parent_id: null,
          name: input.organizationName,
          kind: 'company',
        })
        .execute();
      const member = await tx
        .insertInto('members')
        .values({
          organization_id: organization.id,
          email: input.email,
          name: input.name,
          password_hash: passwordHash,
          locale: input.locale,
          admin: true,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordActivity(tx, {
        organizationId: organization.id,
        actorId: member.id,
        kind: 'organization.created',
        subjectType: 'organization',
        subjectId: organization.id,
        data: { name: organization.name, model: organization.model },
      });
      const session = await createSession({ ...deps, db: tx }, organization.id, member.id);
      return {
        member: await loadMember(tx, organization.id, member.id),
        organization: toOrganization(organization),
        session,
      };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw emailTaken('body.email');
    throw err;
  }
}
