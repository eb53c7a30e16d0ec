import { decide } from '../../core/governance/decide.ts';
import type { Snapshot } from '../../core/governance/snapshot.ts';
import type { Actor } from '../deps.ts';
import { notFound } from '../errors.ts';

const PUBLISHED = new Set(['published']);

/**
 * Whether the actor sees the post: its author always; others as `view_calendar` on one of its
 * channels allows (`all` and `read_only` see every post, `published_and_own` and
 * `published_only` only published ones). A post one may not see does not exist for them (404),
 * like another organization's.
 */
export function canSeePost(
  snapshot: Snapshot,
  actor: Actor,
  post: { author_id: string; status: string },
  channelIds: readonly string[],
): boolean {
  if (post.author_id === actor.memberId) return true;
  return channelIds.some((channelId) => {
    const d = decide(snapshot, actor.memberId, 'view_calendar', { channelId });
    if (!d.allowed) return false;
    return d.scope === 'all' || d.scope === 'read_only' || PUBLISHED.has(post.status);
  });
}

export function assertCanSeePost(
  snapshot: Snapshot,
  actor: Actor,
  post: { author_id: string; status: string },
  channelIds: readonly string[],
): void {
  if (!canSeePost(snapshot, actor, post, channelIds)) throw notFound('post');
}

/**
 * Whether the actor manages the post: its author, or someone who may pause others' posts
 * (`pause_others`) on every one of its channels — who may also set when an approved post goes out.
 */
export function canManagePost(
  snapshot: Snapshot,
  actor: Actor,
  post: { author_id: string },
  channelIds: readonly string[],
): boolean {
  if (post.author_id === actor.memberId) return true;
  return (
    channelIds.length > 0 &&
    channelIds.every(
      (channelId) => decide(snapshot, actor.memberId, 'pause_others', { channelId }).allowed,
    )
  );
}
