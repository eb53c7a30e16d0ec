import crypto from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import { hashPassword } from '../app/auth/passwords.ts';
import { bumpRevision, recordActivity } from '../app/activity.ts';
import { badInput, conflict, notFound } from '../app/errors.ts';
import { emailSchema, nameSchema, passwordSchema } from '../contracts/common.ts';
import type { ModelKey } from '../core/governance/types.ts';
import { loadConfig } from '../config.ts';
import { startRuntime } from '../main.ts';

export interface CreateUserOptions {
  email: string;
  name: string;
  password?: string;
  organization?: string;
  newOrganization?: string;
  model: ModelKey;
  admin?: boolean;
  locale: 'de' | 'en';
  json?: boolean;
}

/**
 * Creates a member from the terminal: into an existing organization (`--organization ID`) or as
 * the first admin of a new one (`--new-organization NAME`). Prints a generated password once.
 */
export async function createUserCommand(opts: CreateUserOptions): Promise<void> {
  for (const [field, schema, value] of [
    ['email', emailSchema, opts.email],
    ['name', nameSchema, opts.name],
    ...(opts.password ? [['password', passwordSchema, opts.password] as const] : []),
  ] as const) {
    const r = (schema as z.ZodType).safeParse(value);
    if (!r.success)
      throw badInput(field, 'invalid', `--${field}: ${r.error.issues[0]?.message ?? 'invalid'}`);
  }
  if (!opts.organization === !opts.newOrganization) {
    throw badInput(
      'organization',
      'required',
      'Give exactly one of --organization ID or --new-organization NAME.',
    );
  }
  const password = opts.password ?? crypto.randomBytes(12).toString('base64url');
  const runtime = await startRuntime(loadConfig(), { logTo: 'stderr' });
  try {
    const hash = await hashPassword(password);
    const result = await runtime.deps.db.transaction().execute(async (tx) => {
      const taken = await tx
        .selectFrom('members')
        .select('id')
        .where(sql`lower(email)`, '=', opts.email.toLowerCase())
        .executeTakeFirst();
      if (taken)
        throw conflict('member.email_taken', `${opts.email} already has an account.`, 'email');
      let organizationId = opts.organization;
      let rootId: string | undefined;
      if (opts.newOrganization) {
        const org = await tx
          .insertInto('organizations')
          .values({ name: opts.newOrganization, model: opts.model, locale: opts.locale })
          .returning('id')
          .executeTakeFirstOrThrow();
        organizationId = org.id;
        rootId = (
          await tx
            .insertInto('units')
            .values({
              organization_id: org.id,
              parent_id: null,
              name: opts.newOrganization,
              kind: 'company',
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      } else if (
        !z.uuid().safeParse(organizationId).success ||
        !(await tx
          .selectFrom('organizations')
          .select('id')
          .where('id', '=', organizationId!)
          .executeTakeFirst())
      ) {
        throw notFound('organization');
      }
      const member = await tx
        .insertInto('members')
        .values({
          organization_id: organizationId!,
          email: opts.email,
          name: opts.name,
          password_hash: hash,
          locale: opts.locale,
          admin: Boolean(opts.admin || opts.newOrganization),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (rootId) {
        await tx
          .insertInto('memberships')
          .values({
            organization_id: organizationId!,
            member_id: member.id,
            unit_id: rootId,
            role: 'lead',
          })
          .execute();
      }
      await bumpRevision(tx, organizationId!);
      await recordActivity(tx, {
        organizationId: organizationId!,
        actorId: null,
        kind: 'member.created',
        subjectType: 'member',
        subjectId: member.id,
        data: { via: 'cli' },
      });
      return { organizationId: organizationId!, memberId: member.id };
    });
    const out = { ...result, email: opts.email, ...(opts.password ? {} : { password }) };
    process.stdout.write(
      opts.json
        ? JSON.stringify(out) + '\n'
        : `Created ${opts.email} (member ${result.memberId}) in organization ${result.organizationId}.` +
            (opts.password ? '\n' : `\nPassword (shown once): ${password}\n`),
    );
  } finally {
    await runtime.close();
  }
}
