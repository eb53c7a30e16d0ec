import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { TimeEntriesTable } from '../../db/schema.ts';
import { recordActivity } from '../activity.ts';
import type { SpentOn } from './spent-on.ts';

export interface NewTimeEntry extends SpentOn {
  organizationId: string;
  memberId: string;
  category: string;
  minutes: number;
  at: Date;
  source: 'measured' | 'manual' | 'timer';
  note: string;
}

/**
 * Writes a time entry and logs it as `time.recorded` (with its minutes, for the audit trail).
 * Reports read the entry from `time_entries`; `time.recorded` is not in the table of costed kinds,
 * so it never counts twice. Call inside the transaction of the change.
 */
export async function insertTimeEntry(
  tx: Db,
  e: NewTimeEntry,
): Promise<Selectable<TimeEntriesTable>> {
  const row = await tx
    .insertInto('time_entries')
    .values({
      organization_id: e.organizationId,
      member_id: e.memberId,
      category: e.category,
      minutes: e.minutes,
      at: e.at,
      source: e.source,
      post_id: e.postId ?? null,
      unit_id: e.unitId ?? null,
      channel_id: e.channelId ?? null,
      campaign_id: e.campaignId ?? null,
      note: e.note,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordActivity(tx, {
    organizationId: e.organizationId,
    actorId: e.memberId,
    kind: 'time.recorded',
    subjectType: 'time_entry',
    subjectId: row.id,
    data: {
      category: e.category,
      source: e.source,
      at: e.at.toISOString(),
      postId: row.post_id,
      unitId: row.unit_id,
      channelId: row.channel_id,
      campaignId: row.campaign_id,
    },
    minutes: e.minutes,
  });
  return row;
}
