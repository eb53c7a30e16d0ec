import type { Db } from '../../db/connect.ts';
import { createDutyNotices, type CreatedDutyNotice } from './create-duty-notices.ts';

/**
 * A new strategy version asks every member to read and acknowledge it: one duty notice each (and
 * its notification). Call it in the transaction that publishes the version.
 */
export async function askToAcknowledgeStrategy(
  tx: Db,
  input: { organizationId: string; strategyVersionId: string; version: number; title: string },
): Promise<CreatedDutyNotice[]> {
  const members = await tx
    .selectFrom('members')
    .select('id')
    .where('organization_id', '=', input.organizationId)
    .orderBy('id')
    .execute();
  return createDutyNotices(tx, {
    organizationId: input.organizationId,
    source: 'strategy',
    sourceId: input.strategyVersionId,
    notices: members.map((m) => ({
      memberId: m.id,
      items: [
        {
          code: 'strategy.published' as const,
          params: { version: input.version, title: input.title },
        },
      ],
    })),
  });
}

/**
 * The member acknowledged strategy version `version`: their open notices of that version and of
 * every older one are acknowledged too (knowing the current strategy is what each of them asked).
 */
export async function closeStrategyDuties(
  tx: Db,
  input: { organizationId: string; memberId: string; version: number; now: Date },
): Promise<void> {
  await tx
    .updateTable('duty_notices')
    .set({ acknowledged_at: input.now })
    .where('organization_id', '=', input.organizationId)
    .where('member_id', '=', input.memberId)
    .where('source', '=', 'strategy')
    .where('acknowledged_at', 'is', null)
    .where('source_id', 'in', (eb) =>
      eb
        .selectFrom('strategy_versions')
        .select('id')
        .where('organization_id', '=', input.organizationId)
        .where('version', '<=', input.version),
    )
    .execute();
}
