import { listActivity } from '../../app/activity/list-activity.ts';
import { activityPage, activityQuery } from '../../contracts/activity.ts';
import { errorResponse } from '../../contracts/common.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export function activityRoutes({ api, deps }: RouteContext): void {
  api.get(
    '/activity',
    {
      schema: {
        tags: ['activity'],
        summary: 'The activity log, newest first, cursor-paged',
        querystring: activityQuery,
        response: { 200: activityPage, 400: errorResponse, 403: errorResponse },
      },
    },
    async (req) => listActivity(deps, actorOf(req), req.query),
  );
}
