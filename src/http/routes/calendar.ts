import { z } from 'zod';
import { listCalendar, listConflicts } from '../../app/calendar/list-calendar.ts';
import { renderFeed } from '../../app/calendar/render-feed.ts';
import { rotateFeedToken } from '../../app/calendar/feed-token.ts';
import {
  calendarFeedParams,
  calendarFeedResponse,
  calendarQuery,
  calendarResponse,
  conflictsResponse,
} from '../../contracts/calendar.ts';
import { errorResponse } from '../../contracts/common.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export function calendarRoutes({ api, deps }: RouteContext): void {
  const tags = ['calendar'];
  const errors = { 400: errorResponse, 404: errorResponse };
  api.get(
    '/calendar',
    {
      schema: {
        tags,
        summary: 'The shared calendar: one entry per variant due in [from, to), as you may see it',
        querystring: calendarQuery,
        response: { 200: calendarResponse, ...errors },
      },
    },
    async (req) => listCalendar(deps, actorOf(req), req.query),
  );
  api.get(
    '/calendar/conflicts',
    {
      schema: {
        tags,
        summary: 'Divergence and conflicts among the posts you may see in [from, to)',
        querystring: calendarQuery,
        response: { 200: conflictsResponse, ...errors },
      },
    },
    async (req) => listConflicts(deps, actorOf(req), req.query),
  );
  api.post(
    '/calendar/feed',
    {
      schema: {
        tags,
        summary: 'Create or replace your private iCalendar feed URL (shown once)',
        response: { 201: calendarFeedResponse },
      },
    },
    async (req, reply) => reply.status(201).send(await rotateFeedToken(deps, actorOf(req))),
  );
  api.get(
    '/calendar/feed/:file',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Your private iCalendar feed (`<token>.ics`), for calendar clients',
        security: [],
        params: calendarFeedParams,
        produces: ['text/calendar'],
        // Sent as text/calendar: Fastify serializes only JSON content types.
        response: {
          200: z.string().describe('An iCalendar (RFC 5545) document'),
          404: errorResponse,
        },
      },
    },
    async (req, reply) => {
      const body = await renderFeed(deps, req.params.file);
      return reply
        .header('cache-control', 'private, max-age=300')
        .type('text/calendar; charset=utf-8')
        .send(body);
    },
  );
}
