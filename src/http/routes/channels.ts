import { z } from 'zod';
import { createChannel } from '../../app/channels/create-channel.ts';
import { deleteChannel } from '../../app/channels/delete-channel.ts';
import { getChannel, listChannels } from '../../app/channels/list-channels.ts';
import { updateChannel } from '../../app/channels/update-channel.ts';
import { channelSchema, createChannelBody, updateChannelBody } from '../../contracts/channels.ts';
import { errorResponse, idParams, okResponse } from '../../contracts/common.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export function channelRoutes({ api, deps }: RouteContext): void {
  const tags = ['channels'];
  const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse };
  api.get(
    '/channels',
    {
      schema: {
        tags,
        summary: 'Every channel of the organization (never its credentials)',
        response: { 200: z.object({ items: z.array(channelSchema) }) },
      },
    },
    async (req) => ({ items: await listChannels(deps, actorOf(req)) }),
  );
  api.get(
    '/channels/:id',
    {
      schema: {
        tags,
        summary: 'One channel',
        params: idParams,
        response: { 200: channelSchema, 404: errorResponse },
      },
    },
    async (req) => getChannel(deps, actorOf(req), req.params.id),
  );
  api.post(
    '/channels',
    {
      schema: {
        tags,
        summary: 'Add a social account to a unit; credentials are stored encrypted',
        body: createChannelBody,
        response: { 201: channelSchema, ...errors, 409: errorResponse },
      },
    },
    async (req, reply) => reply.status(201).send(await createChannel(deps, actorOf(req), req.body)),
  );
  api.patch(
    '/channels/:id',
    {
      schema: {
        tags,
        summary: 'Rename, move to another unit, flag as sensitive, or replace credentials',
        params: idParams,
        body: updateChannelBody,
        response: { 200: channelSchema, ...errors, 409: errorResponse },
      },
    },
    async (req) => updateChannel(deps, actorOf(req), req.params.id, req.body),
  );
  api.delete(
    '/channels/:id',
    {
      schema: {
        tags,
        summary: 'Remove a channel and its credentials',
        params: idParams,
        response: { 200: okResponse, ...errors },
      },
    },
    async (req) => {
      await deleteChannel(deps, actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
}
