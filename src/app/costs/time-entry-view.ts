import type { Selectable } from 'kysely';
import type { TimeEntry, Timer } from '../../contracts/costs.ts';
import type { TimeEntriesTable, TimersTable } from '../../db/schema.ts';

export function toTimeEntry(row: Selectable<TimeEntriesTable>): TimeEntry {
  return {
    id: row.id,
    memberId: row.member_id,
    category: row.category as TimeEntry['category'],
    minutes: row.minutes,
    at: row.at.toISOString(),
    source: row.source as TimeEntry['source'],
    postId: row.post_id,
    unitId: row.unit_id,
    channelId: row.channel_id,
    campaignId: row.campaign_id,
    note: row.note,
    createdAt: row.created_at.toISOString(),
  };
}

export function toTimer(row: Selectable<TimersTable>): Timer {
  return {
    id: row.id,
    memberId: row.member_id,
    category: row.category as Timer['category'],
    startedAt: row.started_at.toISOString(),
    stoppedAt: row.stopped_at?.toISOString() ?? null,
    timeEntryId: row.time_entry_id,
    postId: row.post_id,
    unitId: row.unit_id,
    channelId: row.channel_id,
    campaignId: row.campaign_id,
    note: row.note,
  };
}
