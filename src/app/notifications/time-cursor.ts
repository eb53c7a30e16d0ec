import { sql, type RawBuilder } from 'kysely';
import { badInput } from '../errors.ts';

/**
 * Keyset cursors over `(created_at, id)`. The time travels as PostgreSQL prints it, with
 * microseconds: a JavaScript Date keeps only milliseconds, and rows written within the same
 * millisecond would otherwise repeat or go missing between pages.
 */

export interface TimeKey {
  at: string;
  id: string;
}

/** The row's `created_at` in UTC with microseconds, to select next to the row as `cursor_at`. */
export function cursorTime(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

export function encodeTimeCursor(key: TimeKey): string {
  return Buffer.from(`${key.at}|${key.id}`).toString('base64url');
}

const DECODED =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function decodeTimeCursor(cursor: string): TimeKey {
  const match = /^[A-Za-z0-9_-]+$/.test(cursor)
    ? DECODED.exec(Buffer.from(cursor, 'base64url').toString())
    : null;
  if (!match) throw badInput('querystring.cursor', 'cursor.malformed', 'The cursor is not valid.');
  return { at: match[1]!, id: match[2]! };
}

/** `(created_at, id) < key` (newest first) or `> key` (oldest first), as a row comparison. */
export function afterKey(
  key: TimeKey,
  direction: 'asc' | 'desc',
  columns: { at: string; id: string },
): RawBuilder<boolean> {
  const op = sql.raw(direction === 'desc' ? '<' : '>');
  return sql<boolean>`(${sql.ref(columns.at)}, ${sql.ref(columns.id)}) ${op} (${key.at}::timestamptz, ${key.id}::uuid)`;
}
