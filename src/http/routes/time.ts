import { z } from 'zod';
import { listTimers } from '../../app/costs/list-timers.ts';
import { recordTime } from '../../app/costs/record-time.ts';
import { startTimer } from '../../app/costs/start-timer.ts';
import { stopTimer } from '../../app/costs/stop-timer.ts';
import { errorResponse, idParams } from '../../contracts/common.ts';
import {
  recordTimeBody,
  startTimerBody,
  stoppedTimerSchema,
  timeEntrySchema,
  timerSchema,
} from '../../contracts/costs.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

/** Time capture: measured or entered minutes, and timers. Each member records their own. */
export function timeRoutes({ api, deps }: RouteContext): void {
  const tags = ['time'];
  const errors = { 400: errorResponse, 404: errorResponse, 409: errorResponse };
  api.post(
    '/time',
    {
      schema: {
        tags,
        summary: 'Record time you spent: minutes (measured or by hand) or a span',
        body: recordTimeBody,
        response: { 201: timeEntrySchema, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await recordTime(deps, actorOf(req), req.body)),
  );
  api.get(
    '/timers',
    {
      schema: {
        tags,
        summary: 'Your running timers',
        response: { 200: z.object({ items: z.array(timerSchema) }) },
      },
    },
    async (req) => ({ items: await listTimers(deps, actorOf(req)) }),
  );
  api.post(
    '/timers',
    {
      schema: {
        tags,
        summary: 'Start a timer (one per category at a time)',
        body: startTimerBody,
        response: { 201: timerSchema, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await startTimer(deps, actorOf(req), req.body)),
  );
  api.post(
    '/timers/:id/stop',
    {
      schema: {
        tags,
        summary: 'Stop one of your timers and record its minutes',
        params: idParams,
        response: { 200: stoppedTimerSchema, ...errors },
      },
    },
    async (req) => stopTimer(deps, actorOf(req), req.params.id),
  );
}
