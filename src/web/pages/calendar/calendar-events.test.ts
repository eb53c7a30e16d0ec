import { describe, expect, it } from 'vitest';
import type { CalendarEntry } from '../../../contracts/calendar.ts';
import { toEvents, toMonthEvents, type EntryProps, type MoreProps } from './calendar-events.ts';
import { orgClock } from './org-clock.ts';

const berlin = orgClock('Europe/Berlin');
let n = 0;
function entry(dueAt: string, more: Partial<CalendarEntry> = {}): CalendarEntry {
  n++;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    postId: id,
    variantId: id,
    channelId: id,
    unitId: id,
    status: 'scheduled',
    dueAt,
    title: `Post ${n}`,
    excerpt: `Text ${n}`,
    authorId: id,
    campaignId: null,
    labels: [],
    readOnly: false,
    conflicts: [],
    ...more,
  };
}
const sameTopic = {
  kind: 'same_topic' as const,
  postId: '00000000-0000-4000-8000-000000000000',
  variantId: '00000000-0000-4000-8000-000000000000',
  unitId: '00000000-0000-4000-8000-000000000000',
  hashtags: ['#a'],
  links: [],
};

describe('calendar events', () => {
  it('places each entry at the organization’s wall-clock time and links it to its post', () => {
    const e = entry('2026-07-01T08:00:00.000Z', { title: '', excerpt: 'Only text' });
    const [event] = toEvents([e], berlin);
    expect(event).toMatchObject({
      id: e.variantId,
      title: 'Only text',
      start: '2026-07-01T10:00:00',
      url: `/compose/${e.postId}`,
      classNames: ['cal-status-scheduled'],
    });
    expect((event!.extendedProps as EntryProps).entry).toBe(e);
  });

  it('marks conflicts and read-only entries with class names', () => {
    const [event] = toEvents(
      [
        entry('2026-07-01T08:00:00.000Z', {
          conflicts: [sameTopic],
          readOnly: true,
          status: 'draft',
        }),
      ],
      berlin,
    );
    expect(event!.classNames).toEqual(['cal-status-draft', 'cal-has-conflict', 'cal-read-only']);
  });

  it('folds a busy month day into its first entries and one "+n more" with its conflicts', () => {
    const day = [
      entry('2026-07-01T05:00:00.000Z'),
      entry('2026-07-01T06:00:00.000Z'),
      entry('2026-07-01T07:00:00.000Z'),
      entry('2026-07-01T08:00:00.000Z', { conflicts: [sameTopic] }),
      entry('2026-07-01T09:00:00.000Z'),
      // 23:30 UTC is already the next day in Berlin.
      entry('2026-07-01T23:30:00.000Z'),
    ];
    const events = toMonthEvents(day, berlin, 3);
    expect(events.map((e) => e.start)).toEqual([
      '2026-07-01T07:00:00',
      '2026-07-01T08:00:00',
      '2026-07-01T09:00:00',
      '2026-07-02T01:30:00',
      '2026-07-01T23:59:00',
    ]);
    const more = events.at(-1)!;
    expect((more.extendedProps as MoreProps).more).toEqual({
      date: '2026-07-01',
      count: 2,
      conflicts: 1,
    });
    expect(more.classNames).toEqual(['cal-more', 'cal-has-conflict']);
    expect(more.url).toBeUndefined();
  });

  it('needs no "+n more" for a quiet day, and keeps at most a few events per day', () => {
    expect(toMonthEvents([entry('2026-07-01T08:00:00.000Z')], berlin)).toHaveLength(1);
    const busy = Array.from({ length: 500 }, (_, i) =>
      entry(new Date(Date.UTC(2026, 6, 1 + (i % 10), 8, i % 60)).toISOString()),
    );
    // Ten days, each with 3 entries and one "+47 more".
    expect(toMonthEvents(busy, berlin)).toHaveLength(40);
  });
});
