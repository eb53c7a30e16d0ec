import { sql } from 'kysely';
import type { Member } from '../../contracts/members.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { badInput } from '../errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { MEMBER_COLUMNS, loadMember, membershipsOf, toMember } from './member-view.ts';

export interface MemberPage {
  items: Member[];
  nextCursor: string | null;
}

/**
 * Members in the order they joined. The cursor is the last item's creation time in whole
 * microseconds (exact, unlike a JS Date) and its id, so pages neither skip nor repeat rows.
 */
const createdMicros = sql<string>`(extract(epoch from members.created_at) * 1000000)::bigint`;

export async function listMembers(
  deps: Deps,
  actor: Actor,
  query: { cursor?: string | undefined; limit: number },
): Promise<MemberPage> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_organization');
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
  const rows = await deps.db
    .selectFrom('members')
    .select([...MEMBER_COLUMNS, createdMicros.as('cursor_micros')])
    .where('organization_id', '=', actor.organizationId)
    .$if(after !== null, (q) =>
      q.where(
        (eb) => eb.refTuple(createdMicros, 'members.id'),
        '>',
        (eb) => eb.tuple(sql<string>`${after!.micros}::bigint`, sql<string>`${after!.id}::uuid`),
      ),
    )
    .orderBy('members.created_at')
    .orderBy('members.id')
    .limit(query.limit + 1)
    .execute();
  const pageRows = rows.slice(0, query.limit);
  const memberships = await membershipsOf(
    deps.db,
    actor.organizationId,
    pageRows.map((r) => r.id),
  );
  const last = pageRows.at(-1);
  return {
    items: pageRows.map((r) => toMember(r, memberships.get(r.id) ?? [])),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor(last.cursor_micros, last.id) : null,
  };
}

export async function getMember(deps: Deps, actor: Actor, memberId: string): Promise<Member> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_organization');
  return loadMember(deps.db, actor.organizationId, memberId);
}

function encodeCursor(micros: string, id: string): string {
  return Buffer.from(`${micros}:${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { micros: string; id: string } {
  const match = /^(\d{1,19}):([0-9a-f-]{36})$/.exec(Buffer.from(cursor, 'base64url').toString());
  // The position is an int8 of microseconds: anything past its range is not a cursor we issued.
  if (!match || BigInt(match[1]!) > 9_223_372_036_854_775_807n) {
    throw badInput('querystring.cursor', 'cursor.invalid', 'The cursor is not valid.');
  }
  return { micros: match[1]!, id: match[2]! };
}
