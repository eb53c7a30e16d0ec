import type { QueryClient } from '@tanstack/react-query';
import type { PostStatus } from '../../../core/posts/status.ts';
import type { Me } from '../../api/auth.ts';
import { getCalendar } from '../../api/calendar.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { directoryQueries } from '../../posts/directory-queries.ts';
import { filterParamsOf, filtersOf, type Filters } from '../../posts/post-filters.ts';
import { memberLocale } from '../../session/session.tsx';
import { orgClock, type OrgClock } from './org-clock.ts';
import { isDay, viewRange, type ViewType } from './view-range.ts';

/**
 * The calendar's first request, worked out from the address alone: by the page when it renders,
 * and by `prefetchCalendar` as soon as the session check answers, while the page's code
 * (FullCalendar) still loads. Both go through these functions, so they make the same query key and
 * the page finds the answer in the cache instead of asking again.
 */

/** `?view=` in the address, and FullCalendar's view for it. */
export const VIEWS = {
  month: 'dayGridMonth',
  week: 'timeGridWeek',
  list: 'listWeek',
  // A day's list: where a month day's "+n more" leads.
  day: 'listDay',
} as const satisfies Record<string, ViewType>;
export type ViewKey = keyof typeof VIEWS;

/** Where the calendar opens: the address's view and date, else this month in the zone. */
export function openingView(
  search: URLSearchParams,
  clock: OrgClock,
): { view: ViewType; date: string } {
  const asked = search.get('view') ?? '';
  const date = search.get('date');
  return {
    view: Object.hasOwn(VIEWS, asked) ? VIEWS[asked as ViewKey] : VIEWS.month,
    date: isDay(date) ? date : clock.toWall(Date.now()).slice(0, 10),
  };
}

/** The instants `[from, to)` of what FullCalendar shows for `view` around `date`. */
export function rangeOf(
  view: ViewType,
  date: string,
  clock: OrgClock,
  language: string,
): { from: string; to: string } {
  const r = viewRange(view, date, language === 'de' ? 1 : 0);
  return { from: clock.toInstant(r.start).toISOString(), to: clock.toInstant(r.end).toISOString() };
}

/** What the page asks `GET /calendar` for: a range and the address's filters. */
export function calendarQuery(range: { from: string; to: string }, filters: Filters) {
  // The status is checked by the server (400 in words) like every other filter.
  return { ...range, ...filters, status: filters.status as PostStatus };
}

export function calendarQueryOptions(query: ReturnType<typeof calendarQuery>) {
  return { queryKey: queryKeys.calendar(query), queryFn: () => getCalendar(query) };
}

/**
 * Asks for what the calendar at `search` opens with, as the page will (into the cache): the
 * entries, and before them the names of units, channels and members. Those are small and answered
 * first; asked after the entries, they would arrive after them and make FullCalendar draw a busy
 * month a second time (the entries' hints name their channels).
 */
export function prefetchCalendar(
  queryClient: QueryClient,
  me: Me,
  search: URLSearchParams,
): Promise<unknown> {
  const clock = orgClock(me.organization.timeZone);
  const { view, date } = openingView(search, clock);
  // The language the session switches to decides the first day of the week.
  const range = rangeOf(view, date, clock, memberLocale(me));
  const query = calendarQuery(range, filtersOf(filterParamsOf(search)));
  return Promise.all([
    queryClient.prefetchQuery(directoryQueries.units),
    queryClient.prefetchQuery(directoryQueries.channels),
    queryClient.prefetchQuery(directoryQueries.members),
    queryClient.prefetchQuery(calendarQueryOptions(query)),
  ]);
}
