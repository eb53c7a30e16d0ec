import type { Db } from '../db/connect.ts';
import type { Actor, Deps } from './deps.ts';
import { bumpRevision } from './activity.ts';
import { forgetSnapshot, loadSnapshot, type LoadedSnapshot } from './snapshot.ts';

export interface OrgTx extends LoadedSnapshot {
  tx: Db;
  actor: Actor;
}

/**
 * Runs a change to an organization's governance state in one transaction: the organization row
 * is locked first (so concurrent structural changes, e.g. two unit moves, are serialized and
 * cannot form a cycle between them), the snapshot is read inside the transaction, and the
 * revision is bumped before commit so every process recompiles. Any error rolls everything back.
 */
export async function changeOrganization<T>(
  deps: Deps,
  actor: Actor,
  fn: (ctx: OrgTx) => Promise<T>,
): Promise<T> {
  const result = await deps.db.transaction().execute(async (tx) => {
    await tx
      .selectFrom('organizations')
      .select('id')
      .where('id', '=', actor.organizationId)
      .forUpdate()
      .execute();
    const loaded = await loadSnapshot(tx, actor.organizationId);
    const result = await fn({ tx, actor, ...loaded });
    await bumpRevision(tx, actor.organizationId);
    return result;
  });
  forgetSnapshot(actor.organizationId);
  return result;
}
