/**
 * Wall-clock time in the organization's time zone, for posting windows. Intl does the conversion
 * (daylight saving time included), so no time zone library is needed.
 */

export interface LocalTime {
  /** 0 = Sunday … 6 = Saturday, as in `posting_window` rules. */
  day: number;
  /** Minutes since local midnight (0–1439); seconds are dropped. */
  minutes: number;
}

const WEEKDAYS: Readonly<Record<string, number>> = {
  Sun: 0,
  Mon: 1,
  Tue: 2,
  Wed: 3,
  Thu: 4,
  Fri: 5,
  Sat: 6,
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The weekday and time of day of `at` in `timeZone` (IANA). Throws `RangeError` for an unknown
 * time zone or an invalid date; both are validated at the boundary.
 */
export function localTime(at: Date, timeZone: string): LocalTime {
  let day = -1;
  let hour = 0;
  let minute = 0;
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type === 'weekday') day = WEEKDAYS[part.value] ?? -1;
    else if (part.type === 'hour') hour = Number(part.value) % 24;
    else if (part.type === 'minute') minute = Number(part.value);
  }
  if (day === -1) throw new RangeError(`no weekday for ${at.toISOString()} in ${timeZone}`);
  return { day, minutes: hour * 60 + minute };
}

/** `HH:MM` as minutes since midnight. */
export function clockMinutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

/** `minutes` since midnight as `HH:MM`. */
export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
