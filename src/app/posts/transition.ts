import type { Updateable } from 'kysely';
import { canMove, isPostStatus, type PostStatus } from '../../core/posts/status.ts';
import type { Db } from '../../db/connect.ts';
import type { PostsTable } from '../../db/schema.ts';
import { recordActivity } from '../activity.ts';
import type { Actor } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { PostRow } from './post-rows.ts';

/** The 409 for a move the status table (core/posts/status.ts) does not allow. */
export function invalidMove(from: string, to: PostStatus): AppError {
  return new AppError('conflict', `A ${from} post cannot become ${to}.`, {
    details: [{ code: 'post.invalid_transition', params: { from, to } }],
  });
}

export interface Move {
  actor: Actor | null;
  to: PostStatus;
  /** The activity event, e.g. `post.submitted`, `post.approved`. */
  kind: string;
  data?: Record<string, unknown>;
  minutes?: number | undefined;
  /** Other columns written with the status. */
  set?: Updateable<PostsTable>;
  now: Date;
  /** Staying in the same status is fine (a new round of an approved post that needs no steps). */
  stay?: boolean;
}

/**
 * Moves a locked post to another status, if the table allows it: writes the status (and `set`),
 * bumps the version, and records the activity event with `from` and `to`. Returns the new row.
 */
export async function movePost(tx: Db, post: PostRow, move: Move): Promise<PostRow> {
  const from = post.status;
  const staying = move.stay === true && from === move.to;
  if (!staying && (!isPostStatus(from) || !canMove(from, move.to))) {
    throw invalidMove(from, move.to);
  }
  const row = await tx
    .updateTable('posts')
    .set({
      ...move.set,
      status: move.to,
      version: post.version + 1,
      updated_at: move.now,
    })
    .where('organization_id', '=', post.organization_id)
    .where('id', '=', post.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordActivity(tx, {
    organizationId: post.organization_id,
    actorId: move.actor?.memberId ?? null,
    kind: move.kind,
    subjectType: 'post',
    subjectId: post.id,
    data: { from, to: move.to, ...move.data },
    minutes: move.minutes ?? null,
  });
  return row;
}
