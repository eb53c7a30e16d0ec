import { listDeliveries } from '../../app/deliveries/list-deliveries.ts';
import { errorResponse } from '../../contracts/common.ts';
import { deliveriesQuery, deliveryPage } from '../../contracts/deliveries.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export function deliveryRoutes({ api, deps }: RouteContext): void {
  api.get(
    '/deliveries',
    {
      schema: {
        tags: ['deliveries'],
        summary:
          'Deliveries (one per post and channel) you can see, latest due first, with counts per status',
        querystring: deliveriesQuery,
        response: { 200: deliveryPage, 400: errorResponse, 404: errorResponse },
      },
    },
    async (req) => listDeliveries(deps, actorOf(req), req.query),
  );
}
