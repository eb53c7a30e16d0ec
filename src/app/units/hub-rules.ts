import type { Snapshot } from '../../core/governance/snapshot.ts';
import type { Db } from '../../db/connect.ts';
import { badInput, conflict, notFound } from '../errors.ts';

/**
 * A hub steers the subtree of the unit it covers. `covers` is required for a hub and meaningless
 * otherwise; at most one hub covers the root (the global hub), in every model.
 */
export async function checkHub(opts: {
  tx: Db;
  snapshot: Snapshot;
  organizationId: string;
  unitId: string | null;
  isHub: boolean;
  covers: string | null;
  path: string;
}): Promise<void> {
  const { snapshot, isHub, covers } = opts;
  if (!isHub) {
    if (covers !== null)
      throw badInput(`${opts.path}.covers`, 'hub.covers_without_hub', 'Only a hub covers a unit.');
    return;
  }
  if (covers === null)
    throw badInput(
      `${opts.path}.covers`,
      'hub.covers_required',
      'A hub must name the unit it covers.',
    );
  if (!snapshot.unitIndex.has(covers)) throw notFound('unit', `${opts.path}.covers`);
  if (covers === snapshot.unitIds[snapshot.root]) {
    const other = await opts.tx
      .selectFrom('units')
      .select('id')
      .where('organization_id', '=', opts.organizationId)
      .where('is_hub', '=', true)
      .where('covers_unit_id', '=', covers)
      .$if(opts.unitId !== null, (q) => q.where('id', '!=', opts.unitId!))
      .executeTakeFirst();
    if (other) {
      throw conflict(
        'hub.second_global',
        'There is already a hub that covers the whole organization.',
        `${opts.path}.covers`,
      );
    }
  }
}
