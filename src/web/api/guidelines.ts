import type { z } from 'zod';
import { okResponse } from '../../contracts/common.ts';
import type { putGuidelinesBody } from '../../contracts/guidelines.ts';
import { guidelineSetSchema } from '../../contracts/guidelines.ts';
import { request } from './client.ts';

/** The unit's own set (not what it inherits: `getEffectiveGuidelines`). */
export function getOwnGuidelines(unitId: string) {
  return request(guidelineSetSchema, 'GET', `/units/${unitId}/guidelines`);
}

/** Replaces the unit's own set; a rule that loosens an inherited one is refused (422). */
export function putGuidelines(unitId: string, input: z.input<typeof putGuidelinesBody>) {
  return request(guidelineSetSchema, 'PUT', `/units/${unitId}/guidelines`, { body: input });
}

export function deleteGuidelines(unitId: string) {
  return request(okResponse, 'DELETE', `/units/${unitId}/guidelines`);
}
