import { deleteGuidelines } from '../../app/guidelines/delete-guidelines.ts';
import { getEffectiveGuidelines } from '../../app/guidelines/get-effective-guidelines.ts';
import { getGuidelines } from '../../app/guidelines/get-guidelines.ts';
import { replaceGuidelines } from '../../app/guidelines/replace-guidelines.ts';
import { errorResponse, idParams, okResponse } from '../../contracts/common.ts';
import {
  effectiveGuidelinesSchema,
  guidelineSetSchema,
  putGuidelinesBody,
} from '../../contracts/guidelines.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export function guidelineRoutes({ api, deps }: RouteContext): void {
  const tags = ['guidelines'];
  api.get(
    '/units/:id/guidelines',
    {
      schema: {
        tags,
        summary: "The unit's own guideline set",
        params: idParams,
        response: { 200: guidelineSetSchema, 404: errorResponse },
      },
    },
    async (req) => getGuidelines(deps, actorOf(req), req.params.id),
  );
  api.put(
    '/units/:id/guidelines',
    {
      schema: {
        tags,
        summary:
          "Replace the unit's own guideline set; it may tighten, never loosen, what it inherits",
        params: idParams,
        body: putGuidelinesBody,
        response: {
          200: guidelineSetSchema,
          400: errorResponse,
          403: errorResponse,
          404: errorResponse,
          422: errorResponse,
        },
      },
    },
    async (req) => replaceGuidelines(deps, actorOf(req), req.params.id, req.body),
  );
  api.delete(
    '/units/:id/guidelines',
    {
      schema: {
        tags,
        summary: "Remove the unit's own guideline set",
        params: idParams,
        response: { 200: okResponse, 403: errorResponse, 404: errorResponse },
      },
    },
    async (req) => {
      await deleteGuidelines(deps, actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
  api.get(
    '/units/:id/guidelines/effective',
    {
      schema: {
        tags,
        summary: 'Every rule that binds the unit, each with the unit it comes from',
        params: idParams,
        response: { 200: effectiveGuidelinesSchema, 404: errorResponse },
      },
    },
    async (req) => getEffectiveGuidelines(deps, actorOf(req), req.params.id),
  );
}
