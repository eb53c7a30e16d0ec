import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';

export interface ActivityEvent {
  organizationId: string;
  actorId: string | null;
  /** Dotted verb, e.g. `unit.created`, `member.trained`, `organization.model_changed`. */
  kind: string;
  subjectType: string;
  subjectId: string | null;
  data?: Record<string, unknown>;
  minutes?: number | null;
}

/** Appends one event to the organization's log. Call it inside the transaction that made the change. */
export async function recordActivity(db: Db, e: ActivityEvent): Promise<void> {
  await db
    .insertInto('activity')
    .values({
      organization_id: e.organizationId,
      actor_id: e.actorId,
      kind: e.kind,
      subject_type: e.subjectType,
      subject_id: e.subjectId,
      data: JSON.stringify(e.data ?? {}),
      minutes: e.minutes ?? null,
    })
    .execute();
}

/**
 * Marks the organization's governance state as changed (units, memberships, members' flags,
 * channels, model, strategy). Snapshots are cached per revision, in every process.
 */
export async function bumpRevision(db: Db, organizationId: string): Promise<void> {
  await db
    .updateTable('organizations')
    .set({ revision: sql<string>`revision + 1`, updated_at: new Date() })
    .where('id', '=', organizationId)
    .execute();
}
