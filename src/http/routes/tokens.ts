import { z } from 'zod';
import { createToken } from '../../app/tokens/create-token.ts';
import { listTokens } from '../../app/tokens/list-tokens.ts';
import { revokeToken } from '../../app/tokens/revoke-token.ts';
import { idParams, okResponse } from '../../contracts/common.ts';
import {
  apiTokenSchema,
  createApiTokenBody,
  createdApiTokenSchema,
} from '../../contracts/tokens.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export function tokenRoutes({ api, deps }: RouteContext): void {
  const tags = ['tokens'];
  api.get(
    '/tokens',
    {
      schema: {
        tags,
        summary: 'Own personal API tokens (never the secrets)',
        response: { 200: z.object({ items: z.array(apiTokenSchema) }) },
      },
    },
    async (req) => ({ items: await listTokens(deps, actorOf(req)) }),
  );
  api.post(
    '/tokens',
    {
      schema: {
        tags,
        summary: 'Create a personal API token (signed in only); the token is shown once',
        body: createApiTokenBody,
        response: { 201: createdApiTokenSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await createToken(deps, actorOf(req), req.body)),
  );
  api.delete(
    '/tokens/:id',
    {
      schema: {
        tags,
        summary: 'Revoke one of your tokens',
        params: idParams,
        response: { 200: okResponse },
      },
    },
    async (req) => {
      await revokeToken(deps, actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
}
