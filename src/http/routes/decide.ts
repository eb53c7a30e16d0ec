import { explainDecision } from '../../app/decisions/explain-decision.ts';
import { errorResponse } from '../../contracts/common.ts';
import { decideQuery, decisionSchema } from '../../contracts/decisions.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export function decideRoutes({ api, deps }: RouteContext): void {
  api.get(
    '/decide',
    {
      schema: {
        tags: ['policy'],
        summary:
          'May I? Asks the policy engine for the signed-in member, with reasons in their language',
        description:
          'Answers 200 with `allowed: false` when the model says no: it is a question, not an action. ' +
          'For `publish`, `steps` is the approval chain a post would need.',
        querystring: decideQuery,
        response: { 200: decisionSchema, 400: errorResponse, 404: errorResponse },
      },
    },
    async (req) => explainDecision(deps, actorOf(req), req.query),
  );
}
