import {
  dutyItemSchema,
  type DutyItem,
  type DutyNotice,
  type DutySource,
} from '../../contracts/duties.ts';
import { renderDutyNotice } from '../../contracts/i18n/duties.ts';

export interface DutyNoticeRow {
  id: string;
  source: string;
  source_id: string;
  items: unknown[];
  created_at: Date;
  acknowledged_at: Date | null;
}

/** The stored items this build knows; an item written by a newer build is left out. */
export function readItems(items: unknown[]): DutyItem[] {
  return items.flatMap((raw) => {
    const parsed = dutyItemSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

/** A notice as its reader sees it: structured items and their text in the reader's language. */
export function toDutyNotice(row: DutyNoticeRow, locale: 'de' | 'en'): DutyNotice {
  const source = row.source as DutySource;
  const items = readItems(row.items);
  return {
    id: row.id,
    source,
    sourceId: row.source_id,
    ...renderDutyNotice(source, items, locale),
    items,
    createdAt: row.created_at.toISOString(),
    acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
  };
}

export const DUTY_COLUMNS = [
  'id',
  'source',
  'source_id',
  'items',
  'created_at',
  'acknowledged_at',
] as const;
