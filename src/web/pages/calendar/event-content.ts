import type { EventContentArg } from '@fullcalendar/core';
import type { EntryProps, MoreProps } from './calendar-events.ts';

/** The texts and names the event renderer needs, in the current language. */
export interface EventWords {
  conflicts: (count: number) => string;
  /** "+12 more", and what a click on it does. */
  more: (count: number) => string;
  moreHint: (count: number) => string;
  /** "3 of them with conflicts". */
  moreConflicts: (count: number) => string;
  readOnly: string;
  channelName: (id: string) => string;
  status: (status: string) => string;
}

function span(className: string, text: string, hidden = false): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  if (hidden) el.setAttribute('aria-hidden', 'true');
  return el;
}

/**
 * An entry's content: time, title, the conflict marker (a sign for the eye, words for screen
 * readers, since the entry's link is named by its text) and, in the list view, channel and status.
 * Plain DOM nodes rather than React: FullCalendar mounts a React root per event otherwise, and a
 * week of a busy organization holds a thousand of them.
 */
export function eventContent(arg: EventContentArg, words: EventWords): { domNodes: Node[] } {
  const { entry, more } = arg.event.extendedProps as Partial<EntryProps & MoreProps>;
  if (more) return { domNodes: moreContent(more, words) };
  if (!entry) return { domNodes: [span('cal-title', arg.event.title)] };
  const list = arg.view.type.startsWith('list');
  const nodes: Node[] = [];
  // The list view's row is no link of its own: the title is, as in FullCalendar's own rendering,
  // so the entry can be reached and opened from the keyboard.
  const box = list ? document.createElement('a') : null;
  if (box && arg.event.url) box.href = arg.event.url;
  if (!list && arg.view.type.startsWith('dayGrid')) {
    nodes.push(span('cal-dot', '', true));
  }
  if (!list && arg.timeText) nodes.push(span('cal-time', arg.timeText));
  nodes.push(span('cal-title', arg.event.title));
  if (list) {
    nodes.push(
      span(
        'cal-meta',
        ` · ${words.channelName(entry.channelId)} · ${words.status(entry.status)}` +
          (entry.readOnly ? ` · ${words.readOnly}` : ''),
      ),
    );
  }
  if (entry.conflicts.length > 0) {
    const marker = span('cal-conflict', '');
    marker.append(
      span('cal-conflict-sign', '⚠', true),
      span('visually-hidden', ` ${words.conflicts(entry.conflicts.length)}`),
    );
    nodes.push(marker);
  }
  if (!box) return { domNodes: nodes };
  box.append(...nodes);
  return { domNodes: [box] };
}

/** A day's "+n more": the count, and how many of them have conflicts. */
function moreContent(more: MoreProps['more'], words: EventWords): Node[] {
  const nodes: Node[] = [span('cal-more-text', words.more(more.count))];
  if (more.conflicts > 0) {
    const marker = span('cal-conflict', '');
    marker.append(
      span('cal-conflict-sign', `⚠ ${more.conflicts}`, true),
      span('visually-hidden', ` ${words.moreConflicts(more.conflicts)}`),
    );
    nodes.push(marker);
  }
  return nodes;
}

/** A hover hint on each entry: its channel and status (the list view shows them inline). */
export function eventHint(arg: { event: EventContentArg['event'] }, words: EventWords): string {
  const { entry, more } = arg.event.extendedProps as Partial<EntryProps & MoreProps>;
  if (more) return words.moreHint(more.count);
  if (!entry) return arg.event.title;
  const parts = [words.channelName(entry.channelId), words.status(entry.status)];
  if (entry.conflicts.length > 0) parts.push(words.conflicts(entry.conflicts.length));
  return parts.join(' · ');
}
