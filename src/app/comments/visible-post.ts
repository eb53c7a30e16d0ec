import type { Snapshot } from '../../core/governance/snapshot.ts';
import type { Db } from '../../db/connect.ts';
import { calendarViewer } from '../calendar/visibility.ts';
import type { Actor } from '../deps.ts';
import { notFound } from '../errors.ts';

export interface VisiblePost {
  id: string;
  unitId: string;
  authorId: string;
  status: string;
  channelIds: string[];
}

/**
 * The post, if the actor may see it in the calendar (on any of its channels); otherwise, and for
 * ids of other organizations, "post not found": a post one may not see does not exist for them.
 */
export async function loadVisiblePost(
  db: Db,
  snapshot: Snapshot,
  actor: Actor,
  postId: string,
): Promise<VisiblePost> {
  const post = await loadPost(db, actor.organizationId, postId);
  if (!post || !calendarViewer(snapshot, actor.memberId).seesPost(post, post.channelIds)) {
    throw notFound('post');
  }
  return post;
}

export async function loadPost(
  db: Db,
  organizationId: string,
  postId: string,
): Promise<VisiblePost | null> {
  const rows = await db
    .selectFrom('posts')
    .leftJoin('post_variants', (j) =>
      j
        .onRef('post_variants.post_id', '=', 'posts.id')
        .on('post_variants.organization_id', '=', organizationId),
    )
    .select([
      'posts.id',
      'posts.unit_id',
      'posts.author_id',
      'posts.status',
      'post_variants.channel_id',
    ])
    .where('posts.organization_id', '=', organizationId)
    .where('posts.id', '=', postId)
    .execute();
  const first = rows[0];
  if (!first) return null;
  return {
    id: first.id,
    unitId: first.unit_id,
    authorId: first.author_id,
    status: first.status,
    channelIds: rows.flatMap((r) => (r.channel_id ? [r.channel_id] : [])),
  };
}
