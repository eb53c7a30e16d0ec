import { decide } from '../../core/governance/decide.ts';
import type { Snapshot } from '../../core/governance/snapshot.ts';
import type { Decision } from '../../core/governance/types.ts';

export type CalendarScope = NonNullable<Decision['scope']>;

/**
 * "Published" for the calendar scopes `published_and_own` and `published_only`: a post that is
 * committed to go out or is out. `scheduled` and `publishing` count, since they are public within
 * minutes and the other units need to plan around them; `approved` (not yet scheduled), `failed`,
 * `paused` and `archived` do not.
 */
export const PUBLISHED_STATUSES: ReadonlySet<string> = new Set([
  'scheduled',
  'publishing',
  'published',
]);

export interface Sighting {
  /** The member sees it to look, not to take part: not their post, and the model limits them. */
  readOnly: boolean;
}

/** What one member sees of the organization's posts in the shared calendar. */
export interface CalendarViewer {
  readonly memberId: string;
  /** Whether (and how) the member sees a post's variant on a channel; null: not at all. */
  see(item: { channelId: string; authorId: string; status: string }): Sighting | null;
  /** Whether the member sees the post at all: on any of its channels (its unit, without any). */
  seesPost(
    post: { unitId: string; authorId: string; status: string },
    channelIds: readonly string[],
  ): boolean;
}

const SEEN: Sighting = Object.freeze({ readOnly: false });
const LOOKING: Sighting = Object.freeze({ readOnly: true });

/**
 * The calendar as `decide(view_calendar)` scopes it for `memberId`: `all` everything; `read_only`
 * everything, marked read-only; `published_and_own` published posts plus the member's own;
 * `published_only` published posts. A member always sees their own posts. The scope is decided
 * once per channel and remembered, so filtering a whole range costs one decision per channel.
 */
export function calendarViewer(snapshot: Snapshot, memberId: string): CalendarViewer {
  const scopes = new Map<string, CalendarScope | null>();
  const scopeOf = (target: { channelId: string } | { unitId: string }): CalendarScope | null => {
    const key = 'channelId' in target ? `c:${target.channelId}` : `u:${target.unitId}`;
    let scope = scopes.get(key);
    if (scope === undefined) {
      const d = decide(snapshot, memberId, 'view_calendar', target);
      scope = d.allowed ? (d.scope ?? 'all') : null;
      scopes.set(key, scope);
    }
    return scope;
  };
  const sighting = (
    scope: CalendarScope | null,
    item: { authorId: string; status: string },
  ): Sighting | null => {
    if (item.authorId === memberId) return SEEN;
    switch (scope) {
      case 'all':
        return SEEN;
      case 'read_only':
        return LOOKING;
      case 'published_and_own':
      case 'published_only':
        return PUBLISHED_STATUSES.has(item.status) ? LOOKING : null;
      case null:
        return null;
    }
  };
  return {
    memberId,
    see: (item) => sighting(scopeOf({ channelId: item.channelId }), item),
    seesPost: (post, channelIds) =>
      channelIds.length === 0
        ? sighting(scopeOf({ unitId: post.unitId }), post) !== null
        : channelIds.some((channelId) => sighting(scopeOf({ channelId }), post) !== null),
  };
}
