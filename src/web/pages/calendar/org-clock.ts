import { tzOffset } from '@date-fns/tz';

/**
 * FullCalendar knows only the browser's zone and UTC without a time-zone plugin (and moment or
 * luxon with it). The calendar therefore runs in UTC and is fed the organization's wall-clock
 * times written as if they were UTC: 09:30 in Berlin becomes `…T09:30:00`, shown as 09:30 whatever
 * zone the browser is in. `OrgClock` converts both ways.
 */
export interface OrgClock {
  timeZone: string;
  /** The instant's wall-clock time in the zone, as `YYYY-MM-DDTHH:mm:ss` (no offset). */
  toWall(instant: string | number | Date): string;
  /** The same as milliseconds of a UTC timeline (cheap: no string made). */
  wallMs(instant: string | number | Date): number;
  /** A FullCalendar date (its UTC fields are the zone's wall clock) as the real instant. */
  toInstant(wall: Date): Date;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * A clock for `timeZone`. Offsets are looked up once per day of the timeline: a day whose first and
 * last millisecond share an offset has no transition inside it (zones change their offset at most
 * once a day). On a day with a transition, the same holds per hour (at most once an hour), and
 * only the hour of the transition is asked instant by instant. So a month with thousands of posts
 * asks `Intl` a few dozen times, not once per post.
 */
export function orgClock(timeZone: string): OrgClock {
  // Index of the day (hour) → its offset in minutes; null: a transition inside it.
  const days = new Map<number, number | null>();
  const hours = new Map<number, number | null>();
  const steadyOffset = (cache: Map<number, number | null>, size: number, ms: number) => {
    const i = Math.floor(ms / size);
    let offset = cache.get(i);
    if (offset === undefined) {
      const start = tzOffset(timeZone, new Date(i * size));
      const end = tzOffset(timeZone, new Date((i + 1) * size - 1));
      offset = start === end ? start : null;
      cache.set(i, offset);
    }
    return offset;
  };
  const offsetAt = (ms: number): number =>
    steadyOffset(days, DAY, ms) ??
    steadyOffset(hours, HOUR, ms) ??
    tzOffset(timeZone, new Date(ms));
  const wallMs = (instant: string | number | Date): number => {
    const ms = instant instanceof Date ? instant.getTime() : new Date(instant).getTime();
    return ms + offsetAt(ms) * MINUTE;
  };
  return {
    timeZone,
    wallMs,
    toWall: (instant) => new Date(wallMs(instant)).toISOString().slice(0, 19),
    toInstant(wall) {
      // The offset at the guessed instant, then at the corrected one: exact outside transitions;
      // a wall time skipped by a transition lands just after it.
      const w = wall.getTime();
      const guess = w - offsetAt(w) * MINUTE;
      return new Date(w - offsetAt(guess) * MINUTE);
    },
  };
}
