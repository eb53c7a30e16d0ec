import type { MembershipInput } from '../../contracts/members.ts';
import type { Snapshot } from '../../core/governance/snapshot.ts';
import type { Db } from '../../db/connect.ts';
import { notFound } from '../errors.ts';

/**
 * Replaces a member's memberships with `memberships`. Every unit must belong to the organization
 * (the snapshot holds only its units, so another organization's unit id is a 404); duplicates
 * are rejected by the contract. Runs inside the caller's transaction.
 */
export async function writeMemberships(opts: {
  tx: Db;
  snapshot: Snapshot;
  organizationId: string;
  memberId: string;
  memberships: readonly MembershipInput[];
}): Promise<void> {
  const { tx, organizationId, memberId, memberships } = opts;
  const unknown = memberships.findIndex((m) => !opts.snapshot.unitIndex.has(m.unitId));
  if (unknown !== -1) throw notFound('unit', `body.memberships.${unknown}.unitId`);
  await tx
    .deleteFrom('memberships')
    .where('organization_id', '=', organizationId)
    .where('member_id', '=', memberId)
    .execute();
  if (memberships.length === 0) return;
  await tx
    .insertInto('memberships')
    .values(
      memberships.map((m) => ({
        organization_id: organizationId,
        member_id: memberId,
        unit_id: m.unitId,
        role: m.role,
      })),
    )
    .execute();
}
