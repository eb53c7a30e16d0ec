import type { CalendarFeed } from '../../contracts/calendar.ts';
import { recordActivity } from '../activity.ts';
import { hashSecret, newSecret } from '../auth/tokens.ts';
import type { Actor, Deps } from '../deps.ts';

export const FEED_TOKEN_PREFIX = 'mcf_';

/** The path of a member's private feed. */
export function feedPath(token: string): string {
  return `/api/v1/calendar/feed/${token}.ics`;
}

/**
 * Creates the member's private iCalendar feed token, or replaces it: one token per member, so
 * the old URL stops working at once. The token is returned this one time; only its hash is kept.
 */
export async function rotateFeedToken(deps: Deps, actor: Actor): Promise<CalendarFeed> {
  const token = newSecret(FEED_TOKEN_PREFIX);
  const createdAt = deps.now();
  await deps.db.transaction().execute(async (tx) => {
    const previous = await tx
      .selectFrom('calendar_feeds')
      .select('member_id')
      .where('organization_id', '=', actor.organizationId)
      .where('member_id', '=', actor.memberId)
      .forUpdate()
      .executeTakeFirst();
    await tx
      .insertInto('calendar_feeds')
      .values({
        member_id: actor.memberId,
        organization_id: actor.organizationId,
        token_hash: hashSecret(token),
        created_at: createdAt,
      })
      .onConflict((oc) =>
        oc
          .column('member_id')
          .doUpdateSet({ token_hash: hashSecret(token), created_at: createdAt }),
      )
      .execute();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: previous ? 'calendar_feed.rotated' : 'calendar_feed.created',
      subjectType: 'member',
      subjectId: actor.memberId,
    });
  });
  return { token, url: feedPath(token), createdAt: createdAt.toISOString() };
}
