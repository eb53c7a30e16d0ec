import { z } from 'zod';
import { createUnit } from '../../app/units/create-unit.ts';
import { deleteUnit } from '../../app/units/delete-unit.ts';
import { getUnit, listUnits } from '../../app/units/list-units.ts';
import { moveUnit } from '../../app/units/move-unit.ts';
import { updateUnit } from '../../app/units/update-unit.ts';
import { idParams, okResponse } from '../../contracts/common.ts';
import { createUnitBody, moveUnitBody, unitSchema, updateUnitBody } from '../../contracts/units.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export function unitRoutes({ api, deps }: RouteContext): void {
  const tags = ['units'];
  api.get(
    '/units',
    {
      schema: {
        tags,
        summary: 'The unit tree, as a flat list',
        response: { 200: z.object({ items: z.array(unitSchema) }) },
      },
    },
    async (req) => ({ items: await listUnits(deps, actorOf(req)) }),
  );
  api.post(
    '/units',
    {
      schema: {
        tags,
        summary: 'Create a unit (or a hub)',
        body: createUnitBody,
        response: { 201: unitSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await createUnit(deps, actorOf(req), req.body)),
  );
  api.get(
    '/units/:id',
    { schema: { tags, params: idParams, response: { 200: unitSchema } } },
    async (req) => getUnit(deps, actorOf(req), req.params.id),
  );
  api.patch(
    '/units/:id',
    {
      schema: {
        tags,
        summary: 'Rename, change kind, hub flag or covers',
        params: idParams,
        body: updateUnitBody,
        response: { 200: unitSchema },
      },
    },
    async (req) => updateUnit(deps, actorOf(req), req.params.id, req.body),
  );
  api.post(
    '/units/:id/move',
    {
      schema: {
        tags,
        summary: 'Move a unit under another parent',
        params: idParams,
        body: moveUnitBody,
        response: { 200: unitSchema },
      },
    },
    async (req) => moveUnit(deps, actorOf(req), req.params.id, req.body.parentId),
  );
  api.delete(
    '/units/:id',
    {
      schema: {
        tags,
        summary: 'Delete an empty unit',
        params: idParams,
        response: { 200: okResponse },
      },
    },
    async (req) => {
      await deleteUnit(deps, actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
}
