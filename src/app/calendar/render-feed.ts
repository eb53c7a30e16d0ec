import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical from 'ical-generator';
import { hashSecret } from '../auth/tokens.ts';
import type { Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { loadSnapshot } from '../snapshot.ts';
import { excerptOf, visibleCalendar, type VisibleEntry } from './calendar-view.ts';
import { FEED_TOKEN_PREFIX } from './feed-token.ts';

const DAY = 86_400_000;
/** The feed spans 30 days back and 180 days ahead of the request. */
export const FEED_DAYS_BACK = 30;
export const FEED_DAYS_AHEAD = 180;
/** A post is an instant; calendars show it as a short event. */
const EVENT_MINUTES = 15;
const FILE = new RegExp(`^(${FEED_TOKEN_PREFIX}[A-Za-z0-9_-]{43})\\.ics$`);

/**
 * The member's private iCalendar feed for `<token>.ics`: what they see in the shared calendar
 * (same visibility), from 30 days ago to 180 days ahead, one event per variant with the variant id
 * as UID. Times are in the organization's time zone with its VTIMEZONE, so clients show them
 * right across daylight saving changes; a zone without a VTIMEZONE definition (and UTC itself) is
 * written as UTC times. An unknown or replaced token is "not found", like a wrong path.
 */
export async function renderFeed(deps: Deps, file: string): Promise<string> {
  const token = FILE.exec(file)?.[1];
  const feed = token
    ? await deps.db
        .selectFrom('calendar_feeds')
        .select(['member_id', 'organization_id'])
        .where('token_hash', '=', hashSecret(token))
        .executeTakeFirst()
    : undefined;
  if (!feed) throw notFound('calendar_feed');
  const { organization, snapshot } = await loadSnapshot(deps.db, feed.organization_id);
  const now = deps.now().getTime();
  const { entries } = await visibleCalendar(deps.db, snapshot, feed.member_id, {
    from: new Date(now - FEED_DAYS_BACK * DAY),
    to: new Date(now + FEED_DAYS_AHEAD * DAY),
    filters: {},
    windowMinutes: null,
  });
  return toICalendar({
    name: `Mooring · ${organization.name}`,
    timeZone: organization.time_zone,
    stamp: new Date(now),
    entries,
  });
}

/** The VTIMEZONE of an IANA zone, if the zone library knows it under that very name. */
function vtimezoneOf(timeZone: string): string | null {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return null;
  const component = getVtimezoneComponent(timeZone);
  return component?.split(/\r?\n/).includes(`TZID:${timeZone}`) ? component : null;
}

export function toICalendar(input: {
  name: string;
  timeZone: string;
  stamp: Date;
  entries: readonly VisibleEntry[];
}): string {
  const zone = vtimezoneOf(input.timeZone) ? input.timeZone : null;
  const cal = ical({
    name: input.name,
    prodId: { company: 'Mooring', product: 'Calendar', language: 'EN' },
    ttl: 60 * 60,
  });
  if (zone) {
    // The calendar's own time zone stays unset: ical-generator would then write DTSTAMP in local
    // time. Events carry the zone; the generator adds its VTIMEZONE once.
    cal.timezone({ name: null, generator: vtimezoneOf });
    cal.x('X-WR-TIMEZONE', zone);
  }
  for (const e of input.entries) {
    const end = new Date(e.dueAt.getTime() + EVENT_MINUTES * 60_000);
    cal.createEvent({
      id: `${e.variantId}@mooring`,
      stamp: input.stamp,
      start: zone ? new TZDate(e.dueAt, zone) : e.dueAt,
      end: zone ? new TZDate(end, zone) : end,
      timezone: zone,
      summary: `[${e.network}] ${e.title.trim() || excerptOf(e.text, 80)}`,
      description: [
        `Status: ${e.status}`,
        `Channel: ${e.channelName} (${e.network})`,
        '',
        e.text,
      ].join('\n'),
      categories: [{ name: e.status }],
    });
  }
  return cal.toString();
}
