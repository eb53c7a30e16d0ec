import type { Db } from '../../db/connect.ts';
import { conflict } from '../errors.ts';

/**
 * An organization always keeps at least one admin: someone must be able to manage it. Call it
 * inside `changeOrganization`, whose lock on the organization row serializes concurrent changes.
 */
export async function ensureAnotherAdmin(
  tx: Db,
  organizationId: string,
  memberId: string,
  path: string,
): Promise<void> {
  const other = await tx
    .selectFrom('members')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('admin', '=', true)
    .where('id', '!=', memberId)
    .executeTakeFirst();
  if (!other) {
    throw conflict('member.last_admin', 'The organization needs at least one other admin.', path);
  }
}
