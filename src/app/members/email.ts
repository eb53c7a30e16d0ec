import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { conflict, type AppError } from '../errors.ts';

/**
 * An email signs in to exactly one member of the whole installation (sign-in needs no
 * organization picker), so this lookup is deliberately not scoped by organization. The unique
 * index on `lower(email)` settles races; callers map its violation to `emailTaken` as well.
 */
export async function ensureEmailFree(db: Db, email: string, path: string): Promise<void> {
  const taken = await db
    .selectFrom('members')
    .select('id')
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
  if (taken) throw emailTaken(path);
}

export function emailTaken(path: string): AppError {
  return conflict('member.email_taken', 'This email address is already in use.', path);
}
