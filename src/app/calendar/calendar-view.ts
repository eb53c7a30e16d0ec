import type { CalendarEntry, ConflictView } from '../../contracts/calendar.ts';
import { detectConflicts, type Conflict } from '../../core/calendar/conflicts.ts';
import { collapseWhiteSpace } from '../../core/calendar/topics.ts';
import { isAncestorOrSelf, type Snapshot } from '../../core/governance/snapshot.ts';
import type { Db } from '../../db/connect.ts';
import {
  DUPLICATE_LOOKBACK_DAYS,
  loadCampaigns,
  loadPostVariants,
  loadPublished,
  loadRange,
  type CalendarRow,
} from './load-range.ts';
import { calendarViewer } from './visibility.ts';

export interface CalendarFilters {
  /** The unit and the units below it. */
  unitId?: string;
  channelId?: string;
  campaignId?: string;
  authorId?: string;
  status?: string;
}

export interface CalendarRequest {
  from: Date;
  to: Date;
  filters: CalendarFilters;
  /** The same-topic window; null: no conflict checks (the iCalendar feed). */
  windowMinutes: number | null;
}

export interface VisibleEntry extends CalendarRow {
  readOnly: boolean;
  conflicts: Conflict[];
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * A pause for the rest of the process between the long steps of a busy range. PGlite runs its
 * queries in this thread and answers through promises, so without one the whole request is a
 * single stretch of a few hundred milliseconds in which nothing else is served (the scripts of
 * the page that asked, say).
 */
export const letOthersRun = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The entries of `[from, to)` that `memberId` may see and that match the filters, each with its
 * conflicts. Conflicts are found among every post the member may see around the range (the
 * same-topic window before and after), not only the filtered ones: an entry's conflicts do not
 * change with the filters, and a post hidden from the member never shows up in them.
 */
export async function visibleCalendar(
  db: Db,
  snapshot: Snapshot,
  memberId: string,
  req: CalendarRequest,
): Promise<{ entries: VisibleEntry[]; truncated: boolean }> {
  const margin = (req.windowMinutes ?? 0) * MINUTE;
  const { rows, truncated } = await loadRange(
    db,
    snapshot.organizationId,
    new Date(req.from.getTime() - margin),
    new Date(req.to.getTime() + margin),
  );
  await letOthersRun();
  const viewer = calendarViewer(snapshot, memberId);
  const visible: (CalendarRow & { readOnly: boolean })[] = [];
  for (const row of rows) {
    const sighting = viewer.see(row);
    if (sighting) visible.push({ ...row, readOnly: sighting.readOnly });
  }
  const matches = filterMatcher(snapshot, req);
  const entries = visible.filter(matches);
  if (req.windowMinutes === null || entries.length === 0) {
    return { entries: entries.map((e) => ({ ...e, conflicts: [] })), truncated };
  }

  const campaigns = await loadCampaigns(db, snapshot.organizationId, [
    ...new Set(visible.flatMap((v) => (v.campaignId ? [v.campaignId] : []))),
  ]);
  const [masterVariants, published] = await Promise.all([
    loadPostVariants(
      db,
      snapshot.organizationId,
      campaigns.flatMap((c) => (c.masterPostId ? [c.masterPostId] : [])),
    ),
    loadPublished(
      db,
      snapshot.organizationId,
      [...new Set(entries.map((e) => e.channelId))],
      new Date(req.from.getTime() - DUPLICATE_LOOKBACK_DAYS * DAY),
      new Date(req.to.getTime() + margin),
    ),
  ]);
  await letOthersRun();
  const conflicts = detectConflicts({
    variants: visible,
    campaigns,
    masterVariants,
    published: published.filter((p) => viewer.see(p) !== null),
    topicWindowMinutes: req.windowMinutes,
  });
  return {
    entries: entries.map((e) => ({ ...e, conflicts: conflicts.get(e.variantId) ?? [] })),
    truncated,
  };
}

function filterMatcher(snapshot: Snapshot, req: CalendarRequest): (row: CalendarRow) => boolean {
  const from = req.from.getTime();
  const to = req.to.getTime();
  const f = req.filters;
  return (row) => {
    const t = row.dueAt.getTime();
    return (
      t >= from &&
      t < to &&
      (f.unitId === undefined || isAncestorOrSelf(snapshot, f.unitId, row.unitId)) &&
      (f.channelId === undefined || row.channelId === f.channelId) &&
      (f.campaignId === undefined || row.campaignId === f.campaignId) &&
      (f.authorId === undefined || row.authorId === f.authorId) &&
      (f.status === undefined || row.status === f.status)
    );
  };
}

const EXCERPT_LENGTH = 140;

/** At most 140 characters of the text on one line (whole code points, `…` when cut). */
export function excerptOf(text: string, length = EXCERPT_LENGTH): string {
  const line = collapseWhiteSpace(text).trim();
  // No more UTF-16 units than `length`: no more code points either, nothing to cut.
  if (line.length <= length) return line;
  const chars = Array.from(line);
  return chars.length <= length ? line : `${chars.slice(0, length - 1).join('')}…`;
}

export function toConflictView(c: Conflict): ConflictView {
  if (c.kind === 'outside_campaign_window') {
    return {
      ...c,
      startsAt: c.startsAt?.toISOString() ?? null,
      endsAt: c.endsAt?.toISOString() ?? null,
    };
  }
  return c;
}

export function toCalendarEntry(e: VisibleEntry): CalendarEntry {
  return {
    postId: e.postId,
    variantId: e.variantId,
    channelId: e.channelId,
    unitId: e.unitId,
    status: e.status,
    dueAt: e.dueAt.toISOString(),
    title: e.title,
    excerpt: excerptOf(e.text),
    authorId: e.authorId,
    campaignId: e.campaignId,
    labels: e.labels,
    readOnly: e.readOnly,
    conflicts: e.conflicts.map(toConflictView),
  };
}
