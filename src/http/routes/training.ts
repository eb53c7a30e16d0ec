import { addTrainingRecord } from '../../app/training/add-training-record.ts';
import { listTrainingRecords } from '../../app/training/list-training-records.ts';
import { errorResponse, idParams } from '../../contracts/common.ts';
import { addTrainingRecordBody, trainingOverviewSchema } from '../../contracts/training.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export function trainingRoutes({ api, deps }: RouteContext): void {
  const tags = ['members'];
  api.get(
    '/members/:id/training-records',
    {
      schema: {
        tags,
        summary: "A member's trainings and training gate (own, or any for admins)",
        params: idParams,
        response: { 200: trainingOverviewSchema, 403: errorResponse, 404: errorResponse },
      },
    },
    async (req) => listTrainingRecords(deps, actorOf(req), req.params.id),
  );
  api.post(
    '/members/:id/training-records',
    {
      schema: {
        tags,
        summary:
          'Record a completed training, confirmed by you; both required topics make the member trained (admins)',
        params: idParams,
        body: addTrainingRecordBody,
        response: {
          201: trainingOverviewSchema,
          400: errorResponse,
          403: errorResponse,
          404: errorResponse,
        },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addTrainingRecord(deps, actorOf(req), req.params.id, req.body)),
  );
}
