import { applyModelSwitch } from '../../app/organization/model-apply.ts';
import { previewAllModels, previewModelSwitch } from '../../app/organization/model-preview.ts';
import { errorResponse } from '../../contracts/common.ts';
import {
  modelApplyBody,
  modelApplyResultSchema,
  modelPreviewBody,
  modelPreviewSchema,
  modelPreviewsSchema,
} from '../../contracts/model-switch.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export function modelSwitchRoutes({ api, deps }: RouteContext): void {
  const tags = ['organization'];
  api.post(
    '/organization/model/preview',
    {
      schema: {
        tags,
        summary:
          'Preview a model switch: who gains and loses which rights, posts, structure (admins)',
        description:
          'Writes nothing. Per member the rights gained, lost or changed per channel and action; ' +
          'the posts in review whose approval chain changes; the structure the target model lacks. ' +
          'Pass `revision` back to `/organization/model/apply`.',
        body: modelPreviewBody,
        response: {
          200: modelPreviewSchema,
          400: errorResponse,
          403: errorResponse,
          422: errorResponse,
        },
      },
    },
    async (req) => previewModelSwitch(deps, actorOf(req), req.body),
  );
  api.get(
    '/organization/model/previews',
    {
      schema: {
        tags,
        summary: 'Preview a switch to every other model, side by side (admins)',
        response: { 200: modelPreviewsSchema, 403: errorResponse },
      },
    },
    async (req) => previewAllModels(deps, actorOf(req)),
  );
  api.post(
    '/organization/model/apply',
    {
      schema: {
        tags,
        summary:
          'Apply a previewed model switch; tells everyone concerned their new duties (admins)',
        description:
          'One transaction: the model, the log entry, new approval rounds for the posts in review, ' +
          'and a duty notice per member concerned. 409 `organization.changed` when the revision is ' +
          'not the preview’s; 422 `model_switch.structure_missing` when the target model lacks a ' +
          'hub it needs, unless `acceptMissingStructure` is true.',
        body: modelApplyBody,
        response: {
          200: modelApplyResultSchema,
          400: errorResponse,
          403: errorResponse,
          409: errorResponse,
          422: errorResponse,
        },
      },
    },
    async (req) => applyModelSwitch(deps, actorOf(req), req.body),
  );
}
