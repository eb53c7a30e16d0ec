import { sql } from 'kysely';
import type {
  DutyBatch,
  DutyItem,
  DutySource,
  DutyStatusPage,
  DutyStatusQuery,
} from '../../contracts/duties.ts';
import { renderDutyNotice } from '../../contracts/i18n/duties.ts';
import type { ModelKey } from '../../core/governance/types.ts';
import type { Db } from '../../db/connect.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { decodeTimeCursor, encodeTimeCursor } from '../notifications/time-cursor.ts';
import { loadActorSnapshot } from '../snapshot.ts';

/**
 * For admins: per cause (a model switch, a strategy version, …), newest first, how many notices
 * went out, how many are acknowledged, and who has not acknowledged yet. Paged by the cause's
 * first notice time and its id.
 */
export async function dutyStatus(
  deps: Deps,
  actor: Actor,
  query: DutyStatusQuery,
): Promise<DutyStatusPage> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'manage_members');
  const after = query.cursor === undefined ? null : decodeTimeCursor(query.cursor);
  const first = sql<Date>`min(created_at)`;
  const batches = await deps.db
    .selectFrom('duty_notices')
    .select(['source', 'source_id'])
    .select([
      first.as('created_at'),
      sql<string>`to_char(min(created_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'cursor_at',
      ),
      sql<string>`count(*)`.as('notices'),
      sql<string>`count(acknowledged_at)`.as('acknowledged'),
    ])
    .where('organization_id', '=', actor.organizationId)
    .$if(query.source !== undefined, (q) => q.where('source', '=', query.source!))
    .groupBy(['source', 'source_id'])
    .$if(after !== null, (q) =>
      q.having(
        sql<boolean>`(min(created_at), source_id) < (${after!.at}::timestamptz, ${after!.id}::uuid)`,
      ),
    )
    .orderBy(first, 'desc')
    .orderBy('source_id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = batches.slice(0, query.limit);
  const ids = page.map((b) => b.source_id);
  const [pending, labels] = await Promise.all([
    ids.length === 0
      ? []
      : deps.db
          .selectFrom('duty_notices')
          .innerJoin('members', 'members.id', 'duty_notices.member_id')
          .select([
            'duty_notices.id',
            'duty_notices.source',
            'duty_notices.source_id',
            'members.id as member_id',
            'members.name',
            'members.email',
          ])
          .where('duty_notices.organization_id', '=', actor.organizationId)
          .where('duty_notices.source_id', 'in', ids)
          .where('duty_notices.acknowledged_at', 'is', null)
          .orderBy('members.name')
          .orderBy('members.id')
          .execute(),
    causeLabels(deps.db, actor, ids),
  ]);
  const last = page.at(-1);
  return {
    items: page.map((b): DutyBatch => ({
      source: b.source as DutySource,
      sourceId: b.source_id,
      label:
        labels.get(b.source_id) ?? renderDutyNotice(b.source as DutySource, [], actor.locale).title,
      createdAt: new Date(b.created_at).toISOString(),
      notices: Number(b.notices),
      acknowledged: Number(b.acknowledged),
      pending: pending
        .filter((p) => p.source === b.source && p.source_id === b.source_id)
        .map((p) => ({ memberId: p.member_id, name: p.name, email: p.email, noticeId: p.id })),
    })),
    nextCursor:
      batches.length > query.limit && last
        ? encodeTimeCursor({ at: last.cursor_at, id: last.source_id })
        : null,
  };
}

/** Each cause named in the reader's language, as the title of its notices says it. */
async function causeLabels(db: Db, actor: Actor, ids: string[]): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  if (ids.length === 0) return labels;
  const [switches, versions] = await Promise.all([
    db
      .selectFrom('model_switches')
      .select(['id', 'from_model', 'to_model'])
      .where('organization_id', '=', actor.organizationId)
      .where('id', 'in', ids)
      .execute(),
    db
      .selectFrom('strategy_versions')
      .select(['id', 'version', 'title'])
      .where('organization_id', '=', actor.organizationId)
      .where('id', 'in', ids)
      .execute(),
  ]);
  const label = (source: DutySource, item: DutyItem) =>
    renderDutyNotice(source, [item], actor.locale).title;
  for (const s of switches) {
    const from = s.from_model as ModelKey;
    const to = s.to_model as ModelKey;
    labels.set(
      s.id,
      label(
        'model_switch',
        from === to
          ? { code: 'settings.changed', params: { model: to } }
          : { code: 'model.switched', params: { from, to } },
      ),
    );
  }
  for (const v of versions) {
    labels.set(
      v.id,
      label('strategy', {
        code: 'strategy.published',
        params: { version: v.version, title: v.title },
      }),
    );
  }
  return labels;
}
