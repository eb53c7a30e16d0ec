import type { z } from 'zod';
import type { modelApplyBody, modelPreviewBody } from '../../contracts/model-switch.ts';
import {
  modelApplyResultSchema,
  modelPreviewSchema,
  modelPreviewsSchema,
} from '../../contracts/model-switch.ts';
import { request } from './client.ts';

/** What a switch to one model would change (admins); writes nothing. */
export function previewModelSwitch(input: z.input<typeof modelPreviewBody>) {
  return request(modelPreviewSchema, 'POST', '/organization/model/preview', { body: input });
}

/** A switch to each other model, side by side (admins). */
export function previewAllModels() {
  return request(modelPreviewsSchema, 'GET', '/organization/model/previews');
}

/** Applies a previewed switch; refused with 409 when the organization changed since. */
export function applyModelSwitch(input: z.input<typeof modelApplyBody>) {
  return request(modelApplyResultSchema, 'POST', '/organization/model/apply', { body: input });
}
