import { z } from 'zod';
import { createCampaign } from '../../app/campaigns/create-campaign.ts';
import { deleteCampaign } from '../../app/campaigns/delete-campaign.ts';
import { getCampaign } from '../../app/campaigns/get-campaign.ts';
import { listCampaigns } from '../../app/campaigns/list-campaigns.ts';
import { updateCampaign } from '../../app/campaigns/update-campaign.ts';
import {
  campaignSchema,
  createCampaignBody,
  updateCampaignBody,
} from '../../contracts/campaigns.ts';
import { errorResponse, idParams, okResponse } from '../../contracts/common.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export function campaignRoutes({ api, deps }: RouteContext): void {
  const tags = ['campaigns'];
  const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse };
  api.get(
    '/campaigns',
    {
      schema: {
        tags,
        summary: 'Every campaign of the organization',
        response: { 200: z.object({ items: z.array(campaignSchema) }) },
      },
    },
    async (req) => ({ items: await listCampaigns(deps, actorOf(req)) }),
  );
  api.get(
    '/campaigns/:id',
    {
      schema: {
        tags,
        summary: 'One campaign',
        params: idParams,
        response: { 200: campaignSchema, 404: errorResponse },
      },
    },
    async (req) => getCampaign(deps, actorOf(req), req.params.id),
  );
  api.post(
    '/campaigns',
    {
      schema: {
        tags,
        summary: 'Create a campaign: a time window and, optionally, a master post units localize',
        body: createCampaignBody,
        response: { 201: campaignSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createCampaign(deps, actorOf(req), req.body)),
  );
  api.patch(
    '/campaigns/:id',
    {
      schema: {
        tags,
        summary: 'Rename a campaign, move its window or set its master post',
        params: idParams,
        body: updateCampaignBody,
        response: { 200: campaignSchema, ...errors },
      },
    },
    async (req) => updateCampaign(deps, actorOf(req), req.params.id, req.body),
  );
  api.delete(
    '/campaigns/:id',
    {
      schema: {
        tags,
        summary: 'Remove a campaign; its posts stay, without a campaign',
        params: idParams,
        response: { 200: okResponse, ...errors },
      },
    },
    async (req) => {
      await deleteCampaign(deps, actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
}
