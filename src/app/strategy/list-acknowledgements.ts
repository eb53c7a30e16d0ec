import type { AcknowledgementsOverview } from '../../contracts/strategy.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { STRATEGY_SUBJECT } from './acknowledge-strategy.ts';

/**
 * Who has and who has not acknowledged the current strategy. "Acknowledged" is what the policy
 * engine reads (`strategy_ack_version`); the acknowledgement row adds when.
 */
export async function listAcknowledgements(
  deps: Deps,
  actor: Actor,
): Promise<AcknowledgementsOverview> {
  const { organization, snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'manage_strategy');
  const version = organization.strategy_version;
  if (version === 0) return { version, acknowledged: [], pending: [] };
  const rows = await deps.db
    .selectFrom('members')
    .leftJoin('acknowledgements', (join) =>
      join
        .onRef('acknowledgements.member_id', '=', 'members.id')
        .on('acknowledgements.organization_id', '=', actor.organizationId)
        .on('acknowledgements.subject', '=', STRATEGY_SUBJECT)
        .on('acknowledgements.subject_version', '=', version),
    )
    .select([
      'members.id',
      'members.name',
      'members.email',
      'members.strategy_ack_version',
      'acknowledgements.acknowledged_at',
    ])
    .where('members.organization_id', '=', actor.organizationId)
    .orderBy('members.name')
    .orderBy('members.id')
    .execute();
  const result: AcknowledgementsOverview = { version, acknowledged: [], pending: [] };
  for (const r of rows) {
    const person = { memberId: r.id, name: r.name, email: r.email };
    if (r.strategy_ack_version >= version) {
      result.acknowledged.push({
        ...person,
        acknowledgedAt: r.acknowledged_at ? r.acknowledged_at.toISOString() : null,
      });
    } else {
      result.pending.push(person);
    }
  }
  return result;
}
