import { applyStaffingPlan } from '../../app/staffing/apply-plan.ts';
import { createStaffingPlan } from '../../app/staffing/create-plan.ts';
import { discardStaffingPlan } from '../../app/staffing/discard-plan.ts';
import { getStaffingPlan, listStaffingPlans } from '../../app/staffing/list-plans.ts';
import { errorResponse, idParams } from '../../contracts/common.ts';
import {
  createStaffingPlanBody,
  staffingPlanPage,
  staffingPlansQuery,
  staffingPlanViewSchema,
} from '../../contracts/staffing.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export function staffingRoutes({ api, deps }: RouteContext): void {
  const tags = ['advisor'];
  api.post(
    '/staffing-plans',
    {
      schema: {
        tags,
        summary: 'Store a staffing plan with the people it proposes for its open roles (admins)',
        description:
          'Plans the roles of `model` (default: the advisor’s first for the profile) on the ' +
          'organization’s units, then proposes people: `assignments` first, then suggestions ' +
          'from the units’ own people. Roles on units still to create stay `unplaced`. ' +
          'Writes no membership: apply the plan for that.',
        body: createStaffingPlanBody,
        response: {
          201: staffingPlanViewSchema,
          400: errorResponse,
          403: errorResponse,
          404: errorResponse,
          422: errorResponse,
        },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return createStaffingPlan(deps, actorOf(req), req.body);
    },
  );
  api.get(
    '/staffing-plans',
    {
      schema: {
        tags,
        summary: 'The organization’s staffing plans, newest first (admins)',
        querystring: staffingPlansQuery,
        response: { 200: staffingPlanPage, 400: errorResponse, 403: errorResponse },
      },
    },
    async (req) => listStaffingPlans(deps, actorOf(req), req.query),
  );
  api.get(
    '/staffing-plans/:id',
    {
      schema: {
        tags,
        summary: 'One staffing plan (admins)',
        params: idParams,
        response: {
          200: staffingPlanViewSchema,
          400: errorResponse,
          403: errorResponse,
          404: errorResponse,
        },
      },
    },
    async (req) => getStaffingPlan(deps, actorOf(req), req.params.id),
  );
  api.post(
    '/staffing-plans/:id/apply',
    {
      schema: {
        tags,
        summary: 'Apply a staffing plan: create its memberships, tell everyone concerned (admins)',
        description:
          'One transaction: the proposed memberships (a weaker role in the unit is raised, none ' +
          'is lowered), a duty notice per person concerned (their role, hours, training, rights; ' +
          'and everyone whose rights change with it), the plan marked applied with what it did. ' +
          'Proposals that no longer hold are skipped and listed. 409 ' +
          '`staffing_plan.not_proposed` when the plan was applied or discarded before.',
        params: idParams,
        response: {
          200: staffingPlanViewSchema,
          400: errorResponse,
          403: errorResponse,
          404: errorResponse,
          409: errorResponse,
        },
      },
    },
    async (req) => applyStaffingPlan(deps, actorOf(req), req.params.id),
  );
  api.post(
    '/staffing-plans/:id/discard',
    {
      schema: {
        tags,
        summary: 'Set a proposed staffing plan aside (admins)',
        params: idParams,
        response: {
          200: staffingPlanViewSchema,
          400: errorResponse,
          403: errorResponse,
          404: errorResponse,
          409: errorResponse,
        },
      },
    },
    async (req) => discardStaffingPlan(deps, actorOf(req), req.params.id),
  );
}
