import { adviseOrganization } from '../../app/advisor/advise-organization.ts';
import { adviceSchema, advisorRequestSchema } from '../../contracts/advisor.ts';
import { errorResponse } from '../../contracts/common.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export function advisorRoutes({ api, deps }: RouteContext): void {
  api.post(
    '/advisor',
    {
      schema: {
        tags: ['advisor'],
        summary: 'Rank the five governance models for a profile of the organization',
        description:
          'Every model with a score from 0 to 100 and the reasons, each tied to a criterion ' +
          '(size, independence of departments, a dedicated team, staff not on site, binding ' +
          'directives, international activity, regulation, authenticity versus control), best ' +
          'first; what the profile leaves uncertain; and the staffing plan of the first model, ' +
          "placed on the organization's units. Reasons in `locale` (default: the member's). " +
          'Writes nothing.',
        body: advisorRequestSchema,
        response: { 200: adviceSchema, 400: errorResponse, 401: errorResponse },
      },
    },
    async (req) => adviseOrganization(deps, actorOf(req), req.body),
  );
}
