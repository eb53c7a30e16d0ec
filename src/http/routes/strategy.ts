import { acknowledgeStrategy } from '../../app/strategy/acknowledge-strategy.ts';
import { getStrategy } from '../../app/strategy/get-strategy.ts';
import { listAcknowledgements } from '../../app/strategy/list-acknowledgements.ts';
import { publishStrategy } from '../../app/strategy/publish-strategy.ts';
import { errorResponse } from '../../contracts/common.ts';
import {
  acknowledgeBody,
  acknowledgementSchema,
  acknowledgementsOverview,
  publishStrategyBody,
  strategyOverview,
  strategyVersionSchema,
} from '../../contracts/strategy.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export function strategyRoutes({ api, deps }: RouteContext): void {
  const tags = ['strategy'];
  api.get(
    '/strategy',
    {
      schema: {
        tags,
        summary: 'The current strategy with its goals, and every version',
        response: { 200: strategyOverview },
      },
    },
    async (req) => getStrategy(deps, actorOf(req)),
  );
  api.post(
    '/strategy/versions',
    {
      schema: {
        tags,
        summary: 'Publish a new strategy version; every member has to acknowledge it',
        body: publishStrategyBody,
        response: {
          201: strategyVersionSchema,
          400: errorResponse,
          403: errorResponse,
          404: errorResponse,
        },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await publishStrategy(deps, actorOf(req), req.body)),
  );
  api.post(
    '/strategy/acknowledge',
    {
      schema: {
        tags,
        summary: 'Acknowledge the current strategy version (idempotent)',
        body: acknowledgeBody,
        response: { 200: acknowledgementSchema, 400: errorResponse, 409: errorResponse },
      },
    },
    async (req) => acknowledgeStrategy(deps, actorOf(req), req.body.version),
  );
  api.get(
    '/strategy/acknowledgements',
    {
      schema: {
        tags,
        summary: 'Who has and who has not acknowledged the current strategy',
        response: { 200: acknowledgementsOverview, 403: errorResponse },
      },
    },
    async (req) => listAcknowledgements(deps, actorOf(req)),
  );
}
