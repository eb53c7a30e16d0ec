/** The calendar views this app uses, by FullCalendar's names. */
export type ViewType = 'dayGridMonth' | 'timeGridWeek' | 'listWeek' | 'listDay';

const DAY = 86_400_000;

/** Whether `value` is a real day written `YYYY-MM-DD` (what `?date=` may hold). */
export function isDay(value: string | null): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * The range `[start, end)` FullCalendar shows for `view` around `date` (`YYYY-MM-DD`), as its
 * UTC-mode dates (the zone's wall-clock midnights): a month is the six whole weeks around it
 * (`fixedWeekCount`), a week starts on `firstDay` (0 = Sunday, as in English; 1 = Monday, as in
 * German). Computed ahead of FullCalendar so the entries can be asked for while it mounts; when
 * the two disagree, FullCalendar's range wins and costs one more request.
 */
export function viewRange(
  view: ViewType,
  date: string,
  firstDay: number,
): { start: Date; end: Date } {
  const day = new Date(`${date}T00:00:00Z`);
  const weekStart = (d: Date) => new Date(d.getTime() - ((d.getUTCDay() - firstDay + 7) % 7) * DAY);
  switch (view) {
    case 'dayGridMonth': {
      const start = weekStart(new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1)));
      return { start, end: new Date(start.getTime() + 42 * DAY) };
    }
    case 'timeGridWeek':
    case 'listWeek': {
      const start = weekStart(day);
      return { start, end: new Date(start.getTime() + 7 * DAY) };
    }
    case 'listDay':
      return { start: day, end: new Date(day.getTime() + DAY) };
  }
}
