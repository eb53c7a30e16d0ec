import type { z } from 'zod';
import type { publishStrategyBody } from '../../contracts/strategy.ts';
import {
  acknowledgementSchema,
  acknowledgementsOverview,
  strategyOverview,
  strategyVersionSchema,
} from '../../contracts/strategy.ts';
import { request } from './client.ts';

export function getStrategy() {
  return request(strategyOverview, 'GET', '/strategy');
}

export function acknowledgeStrategy(version: number) {
  return request(acknowledgementSchema, 'POST', '/strategy/acknowledge', { body: { version } });
}

/** Admins: a new version with its goals; every member is asked to acknowledge it. */
export function publishStrategy(input: z.input<typeof publishStrategyBody>) {
  return request(strategyVersionSchema, 'POST', '/strategy/versions', { body: input });
}

/** Admins: who has and who has not acknowledged the current version. */
export function listStrategyAcknowledgements() {
  return request(acknowledgementsOverview, 'GET', '/strategy/acknowledgements');
}
