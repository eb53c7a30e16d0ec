import type { Channel, UpdateChannelInput } from '../../contracts/channels.ts';
import { recordActivity } from '../activity.ts';
import { authorize } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { changeOrganization } from '../transaction.ts';
import { toChannel } from './channel-view.ts';
import { sealCredentials } from './credentials.ts';
import { checkHandleFree } from './handle-rules.ts';

/**
 * Changes a channel. Moving it to another unit needs `manage_channels` on both units: giving an
 * account away and taking one in are both acts of channel management.
 */
export async function updateChannel(
  deps: Deps,
  actor: Actor,
  channelId: string,
  input: UpdateChannelInput,
): Promise<Channel> {
  return changeOrganization(deps, actor, async ({ tx, snapshot }) => {
    const current = await tx
      .selectFrom('channels')
      .selectAll()
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', channelId)
      .executeTakeFirst();
    if (!current) throw notFound('channel');
    authorize(snapshot, actor, 'manage_channels', { unitId: current.unit_id });
    if (input.unitId !== undefined && input.unitId !== current.unit_id) {
      if (!snapshot.unitIndex.has(input.unitId)) throw notFound('unit', 'body.unitId');
      authorize(snapshot, actor, 'manage_channels', { unitId: input.unitId });
    }
    const handle = input.handle ?? current.handle;
    if (handle !== current.handle) {
      await checkHandleFree({
        tx,
        organizationId: actor.organizationId,
        network: current.network,
        handle,
        channelId,
        path: 'body.handle',
      });
    }
    const credentials =
      input.credentials === undefined
        ? current.credentials_enc
        : input.credentials === null
          ? null
          : sealCredentials(deps.secrets, input.credentials);
    const row = await tx
      .updateTable('channels')
      .set({
        unit_id: input.unitId ?? current.unit_id,
        handle,
        display_name: input.displayName ?? current.display_name,
        sensitive: input.sensitive ?? current.sensitive,
        credentials_enc: credentials,
        limits: JSON.stringify(input.limits ?? current.limits),
        updated_at: deps.now(),
      })
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', channelId)
      .returningAll()
      .executeTakeFirstOrThrow();
    // Never log credentials, not even sealed: only whether they changed.
    const { credentials: _secret, ...changes } = input;
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'channel.updated',
      subjectType: 'channel',
      subjectId: channelId,
      data: {
        changes,
        ...(input.credentials !== undefined
          ? { credentials: input.credentials === null ? 'removed' : 'replaced' }
          : {}),
        ...(row.unit_id !== current.unit_id ? { fromUnitId: current.unit_id } : {}),
      },
    });
    return toChannel(row);
  });
}
