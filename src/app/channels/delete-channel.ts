import { recordActivity } from '../activity.ts';
import { authorize } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { changeOrganization } from '../transaction.ts';

/** Removes a channel and its sealed credentials. The activity log keeps what it was. */
export async function deleteChannel(deps: Deps, actor: Actor, channelId: string): Promise<void> {
  await changeOrganization(deps, actor, async ({ tx, snapshot }) => {
    const current = await tx
      .selectFrom('channels')
      .select(['id', 'unit_id', 'network', 'handle'])
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', channelId)
      .executeTakeFirst();
    if (!current) throw notFound('channel');
    authorize(snapshot, actor, 'manage_channels', { unitId: current.unit_id });
    await tx
      .deleteFrom('channels')
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', channelId)
      .execute();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'channel.deleted',
      subjectType: 'channel',
      subjectId: channelId,
      data: { unitId: current.unit_id, network: current.network, handle: current.handle },
    });
  });
}
