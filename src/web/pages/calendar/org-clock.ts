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

/**
 * A clock for `timeZone`. Offsets are looked up once per hour of the timeline: an hour whose start
 * and end share an offset has no transition inside it (zones change at most once an hour), so a
 * month with thousands of posts asks `Intl` a few hundred times, not once per post.
 */
export function orgClock(timeZone: string): OrgClock {
  const hours = new Map<number, number | null>();
  const offsetAt = (ms: number): number => {
    const hour = Math.floor(ms / HOUR);
    let offset = hours.get(hour);
    if (offset === undefined) {
      const start = tzOffset(timeZone, new Date(hour * HOUR));
      const end = tzOffset(timeZone, new Date((hour + 1) * HOUR - 1));
      offset = start === end ? start : null;
      hours.set(hour, offset);
    }
    return offset ?? tzOffset(timeZone, new Date(ms));
  };
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
