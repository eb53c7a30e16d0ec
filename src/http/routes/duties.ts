import { acknowledgeDuty } from '../../app/duties/acknowledge-duty.ts';
import { dutyStatus } from '../../app/duties/duty-status.ts';
import { listDuties } from '../../app/duties/list-duties.ts';
import { errorResponse, idParams } from '../../contracts/common.ts';
import {
  dutiesQuery,
  dutyNoticeSchema,
  dutyPage,
  dutyStatusPage,
  dutyStatusQuery,
} from '../../contracts/duties.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export function dutyRoutes({ api, deps }: RouteContext): void {
  const tags = ['duties'];
  api.get(
    '/duties',
    {
      schema: {
        tags,
        summary: 'Your duty notices, newest first, in your language, with how many wait for you',
        querystring: dutiesQuery,
        response: { 200: dutyPage, 400: errorResponse },
      },
    },
    async (req) => listDuties(deps, actorOf(req), req.query),
  );
  api.get(
    '/duties/status',
    {
      schema: {
        tags,
        summary: 'Per model switch or strategy version: who has not acknowledged yet (admins)',
        querystring: dutyStatusQuery,
        response: { 200: dutyStatusPage, 400: errorResponse, 403: errorResponse },
      },
    },
    async (req) => dutyStatus(deps, actorOf(req), req.query),
  );
  api.post(
    '/duties/:id/acknowledge',
    {
      schema: {
        tags,
        summary: 'Acknowledge one of your duty notices (idempotent)',
        params: idParams,
        response: { 200: dutyNoticeSchema, 400: errorResponse, 404: errorResponse },
      },
    },
    async (req) => acknowledgeDuty(deps, actorOf(req), req.params.id),
  );
}
