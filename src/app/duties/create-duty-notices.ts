import type { DutyItem, DutySource } from '../../contracts/duties.ts';
import { renderDutyNotice } from '../../contracts/i18n/duties.ts';
import type { Db } from '../../db/connect.ts';
import { notify } from '../notifications/notify.ts';

export interface DutyNoticeInput {
  memberId: string;
  /** The cause first (`model.switched`, `strategy.published`, …), then what changes. */
  items: readonly DutyItem[];
}

export interface CreateDutyNoticesInput {
  organizationId: string;
  source: DutySource;
  /** The cause's row (model switch, strategy version, staffing plan). */
  sourceId: string;
  notices: readonly DutyNoticeInput[];
}

export interface CreatedDutyNotice {
  id: string;
  memberId: string;
}

/** Rows per insert statement: 5 parameters each, well below PostgreSQL's 65,535. */
const CHUNK = 1000;
/** The mail template shows the summary as one paragraph. */
const SUMMARY_MAX = 480;

/**
 * Writes one duty notice per member and cause, and tells each member in the app (a
 * `duty_assigned` notification with the title and a summary in the member's own language, which
 * the mail outbox sends after commit). Call it inside the transaction of the change that caused
 * the duties: notices and notifications exist exactly when the change does.
 *
 * Members that are not the organization's are skipped; a notice with no items is not written; a
 * member who already has a notice for this cause keeps it and is not told again (idempotent).
 * Returns the notices written.
 */
export async function createDutyNotices(
  tx: Db,
  input: CreateDutyNoticesInput,
): Promise<CreatedDutyNotice[]> {
  const wanted = input.notices.filter((n) => n.items.length > 0);
  if (wanted.length === 0) return [];
  const locales = new Map<string, 'de' | 'en'>();
  for (let i = 0; i < wanted.length; i += CHUNK) {
    const rows = await tx
      .selectFrom('members')
      .select(['id', 'locale'])
      .where('organization_id', '=', input.organizationId)
      .where(
        'id',
        'in',
        wanted.slice(i, i + CHUNK).map((n) => n.memberId),
      )
      .execute();
    for (const r of rows) locales.set(r.id, r.locale === 'de' ? 'de' : 'en');
  }
  const valid = wanted.filter((n) => locales.has(n.memberId));
  const created: CreatedDutyNotice[] = [];
  for (let i = 0; i < valid.length; i += CHUNK) {
    const rows = await tx
      .insertInto('duty_notices')
      .values(
        valid.slice(i, i + CHUNK).map((n) => ({
          organization_id: input.organizationId,
          member_id: n.memberId,
          source: input.source,
          source_id: input.sourceId,
          items: JSON.stringify(n.items),
        })),
      )
      .onConflict((oc) => oc.columns(['member_id', 'source', 'source_id']).doNothing())
      .returning(['id', 'member_id'])
      .execute();
    for (const r of rows) created.push({ id: r.id, memberId: r.member_id });
  }
  const itemsOf = new Map(valid.map((n) => [n.memberId, n.items]));
  for (const notice of created) {
    const { title, lines } = renderDutyNotice(
      input.source,
      itemsOf.get(notice.memberId)!,
      locales.get(notice.memberId)!,
    );
    const summary = lines.join(' ');
    await notify(tx, {
      organizationId: input.organizationId,
      memberIds: [notice.memberId],
      kind: 'duty_assigned',
      data: {
        dutyId: notice.id,
        source: input.source,
        sourceId: input.sourceId,
        title,
        summary: summary.length > SUMMARY_MAX ? `${summary.slice(0, SUMMARY_MAX - 1)}…` : summary,
      },
    });
  }
  return created;
}
