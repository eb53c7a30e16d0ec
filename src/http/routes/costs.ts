import { z } from 'zod';
import { createOtherCost } from '../../app/costs/create-other-cost.ts';
import { deleteOtherCost } from '../../app/costs/delete-other-cost.ts';
import { getCostSettings } from '../../app/costs/get-cost-settings.ts';
import { listOtherCosts } from '../../app/costs/list-other-costs.ts';
import { updateCostSettings } from '../../app/costs/update-cost-settings.ts';
import { updateOtherCost } from '../../app/costs/update-other-cost.ts';
import { errorResponse, idParams, okResponse } from '../../contracts/common.ts';
import {
  costSettingsSchema,
  createOtherCostBody,
  otherCostSchema,
  otherCostsQuery,
  updateCostSettingsBody,
  updateOtherCostBody,
} from '../../contracts/costs.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

/** Cost settings (currency, monthly budget, default minutes per activity kind) and other costs. */
export function costRoutes({ api, deps }: RouteContext): void {
  const tags = ['costs'];
  const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse };
  api.get(
    '/costs/settings',
    {
      schema: {
        tags,
        summary: 'The cost settings (admins and unit leads)',
        response: { 200: costSettingsSchema, 403: errorResponse },
      },
    },
    async (req) => getCostSettings(deps, actorOf(req)),
  );
  api.put(
    '/costs/settings',
    {
      schema: {
        tags,
        summary:
          'Replace the currency, the monthly budget and the minutes per activity kind (admins)',
        body: updateCostSettingsBody,
        response: { 200: costSettingsSchema, ...errors },
      },
    },
    async (req) => updateCostSettings(deps, actorOf(req), req.body),
  );
  api.get(
    '/costs/other',
    {
      schema: {
        tags,
        summary: 'Other costs (tools, ads, agencies) with a day in [from, to] (admins)',
        querystring: otherCostsQuery,
        response: { 200: z.object({ items: z.array(otherCostSchema) }), ...errors },
      },
    },
    async (req) => ({ items: await listOtherCosts(deps, actorOf(req), req.query) }),
  );
  api.post(
    '/costs/other',
    {
      schema: {
        tags,
        summary: 'Add a cost over local days, spread evenly over them (admins)',
        body: createOtherCostBody,
        response: { 201: otherCostSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createOtherCost(deps, actorOf(req), req.body)),
  );
  api.patch(
    '/costs/other/:id',
    {
      schema: {
        tags,
        summary: 'Change an other cost (admins)',
        params: idParams,
        body: updateOtherCostBody,
        response: { 200: otherCostSchema, ...errors },
      },
    },
    async (req) => updateOtherCost(deps, actorOf(req), req.params.id, req.body),
  );
  api.delete(
    '/costs/other/:id',
    {
      schema: {
        tags,
        summary: 'Remove an other cost (admins)',
        params: idParams,
        response: { 200: okResponse, ...errors },
      },
    },
    async (req) => {
      await deleteOtherCost(deps, actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
}
