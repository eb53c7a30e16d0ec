import type { Channel, CreateChannelInput } from '../../contracts/channels.ts';
import { recordActivity } from '../activity.ts';
import { authorize } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { changeOrganization } from '../transaction.ts';
import { toChannel } from './channel-view.ts';
import { sealCredentials } from './credentials.ts';
import { checkHandleFree } from './handle-rules.ts';

/** Adds a social account to a unit. Credentials are sealed before they are written. */
export async function createChannel(
  deps: Deps,
  actor: Actor,
  input: CreateChannelInput,
): Promise<Channel> {
  return changeOrganization(deps, actor, async ({ tx, snapshot }) => {
    if (!snapshot.unitIndex.has(input.unitId)) throw notFound('unit', 'body.unitId');
    authorize(snapshot, actor, 'manage_channels', { unitId: input.unitId });
    await checkHandleFree({
      tx,
      organizationId: actor.organizationId,
      network: input.network,
      handle: input.handle,
      channelId: null,
      path: 'body.handle',
    });
    const row = await tx
      .insertInto('channels')
      .values({
        organization_id: actor.organizationId,
        unit_id: input.unitId,
        network: input.network,
        handle: input.handle,
        display_name: input.displayName,
        credentials_enc: input.credentials
          ? sealCredentials(deps.secrets, input.credentials)
          : null,
        limits: JSON.stringify(input.limits ?? {}),
        sensitive: input.sensitive,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'channel.created',
      subjectType: 'channel',
      subjectId: row.id,
      data: {
        unitId: row.unit_id,
        network: row.network,
        handle: row.handle,
        sensitive: row.sensitive,
        hasCredentials: row.credentials_enc !== null,
      },
    });
    return toChannel(row);
  });
}
