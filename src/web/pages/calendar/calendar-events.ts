import type { EventInput } from '@fullcalendar/core';
import type { CalendarEntry } from '../../../contracts/calendar.ts';
import type { OrgClock } from './org-clock.ts';

/** What the calendar's event renderer needs of an entry, beside FullCalendar's own fields. */
export interface EntryProps {
  entry: CalendarEntry;
}

/** A day's entries beyond what the month shows, as one "+n more" event. */
export interface MoreProps {
  more: {
    /** The day, `YYYY-MM-DD` in the organization's zone. */
    date: string;
    count: number;
    /** How many of them have conflicts. */
    conflicts: number;
  };
}

/** Entries a day of the month view shows before its "+n more". */
export const MONTH_DAY_LIMIT = 3;

const DAY = 86_400_000;

/** The post an entry belongs to, in the app. */
export function postPath(postId: string): string {
  return `/compose/${postId}`;
}

/**
 * One FullCalendar event per calendar entry (a post's variant on one channel), at the
 * organization's wall-clock time. Built once per API answer and handed to FullCalendar as the same
 * array until the next answer, so re-renders of the page do not make it parse thousands of events
 * again. Status and conflicts become class names (colours and the marker); the entry itself rides
 * along for the renderer.
 */
export function toEvents(entries: readonly CalendarEntry[], clock: OrgClock): EventInput[] {
  return entries.map((entry) => toEvent(entry, clock.toWall(entry.dueAt)));
}

function toEvent(entry: CalendarEntry, start: string): EventInput {
  const classNames = [`cal-status-${entry.status}`];
  if (entry.conflicts.length > 0) classNames.push('cal-has-conflict');
  if (entry.readOnly) classNames.push('cal-read-only');
  return {
    id: entry.variantId,
    groupId: entry.postId,
    title: entry.title || entry.excerpt || '…',
    start,
    url: postPath(entry.postId),
    classNames,
    extendedProps: { entry } satisfies EntryProps,
  };
}

/**
 * The month view's events: each day's first `limit` entries, and for the rest one "+n more" event
 * at the end of the day that opens the day's list. FullCalendar's own `dayMaxEvents` still renders
 * every hidden event (invisibly) and measures each of them, which for a busy month costs seconds;
 * a month shows at most 42 × (limit + 1) events this way, however many posts it holds.
 * `entries` come in due order (as the API answers).
 */
export function toMonthEvents(
  entries: readonly CalendarEntry[],
  clock: OrgClock,
  limit = MONTH_DAY_LIMIT,
): EventInput[] {
  const out: EventInput[] = [];
  // Keyed by the day's number on the wall-clock timeline: no date string for each of thousands.
  const days = new Map<number, { shown: number; more: MoreProps['more'] }>();
  for (const entry of entries) {
    const wall = clock.wallMs(entry.dueAt);
    const key = Math.floor(wall / DAY);
    let day = days.get(key);
    if (!day) {
      const date = new Date(key * DAY).toISOString().slice(0, 10);
      days.set(key, (day = { shown: 0, more: { date, count: 0, conflicts: 0 } }));
    }
    if (day.shown < limit) {
      day.shown++;
      out.push(toEvent(entry, new Date(wall).toISOString().slice(0, 19)));
    } else {
      day.more.count++;
      if (entry.conflicts.length > 0) day.more.conflicts++;
    }
  }
  for (const { more } of days.values()) {
    if (more.count === 0) continue;
    out.push({
      id: `more-${more.date}`,
      title: `+${more.count}`,
      // Last in the day, and ending in it: a timed event without an end lasts an hour and
      // would run into the next day.
      start: `${more.date}T23:59:00`,
      end: `${more.date}T23:59:59`,
      classNames: ['cal-more', ...(more.conflicts > 0 ? ['cal-has-conflict'] : [])],
      extendedProps: { more } satisfies MoreProps,
    });
  }
  return out;
}

/** The entries with conflicts, earliest first (the API answers in due order). */
export function entriesWithConflicts(entries: readonly CalendarEntry[]): CalendarEntry[] {
  return entries.filter((e) => e.conflicts.length > 0);
}

/**
 * The `performance.mark` the calendar sets once per visit, in the first animation frame in which
 * the event elements of its first non-empty answer are in the page (`bench:web` reads it).
 */
export const EVENTS_RENDERED_MARK = 'mooring:calendar-events-rendered';
