import { createMember } from '../../app/members/create-member.ts';
import { deleteMember } from '../../app/members/delete-member.ts';
import { getMember, listMembers } from '../../app/members/list-members.ts';
import { replaceMemberships } from '../../app/members/replace-memberships.ts';
import { setTraining } from '../../app/members/set-training.ts';
import { updateMember } from '../../app/members/update-member.ts';
import { idParams, okResponse, page, pageQuery } from '../../contracts/common.ts';
import {
  createMemberBody,
  createdMemberSchema,
  memberSchema,
  replaceMembershipsBody,
  trainingBody,
  updateMemberBody,
} from '../../contracts/members.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export function memberRoutes({ api, deps }: RouteContext): void {
  const tags = ['members'];
  api.get(
    '/members',
    {
      schema: {
        tags,
        summary: 'Members of the organization, in the order they joined',
        querystring: pageQuery,
        response: { 200: page(memberSchema) },
      },
    },
    async (req) => listMembers(deps, actorOf(req), req.query),
  );
  api.get(
    '/members/:id',
    { schema: { tags, summary: 'One member', params: idParams, response: { 200: memberSchema } } },
    async (req) => getMember(deps, actorOf(req), req.params.id),
  );
  api.post(
    '/members',
    {
      schema: {
        tags,
        summary: 'Add a member; without a password they are invited with a one-time token',
        body: createMemberBody,
        response: { 201: createdMemberSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await createMember(deps, actorOf(req), req.body)),
  );
  api.patch(
    '/members/:id',
    {
      schema: {
        tags,
        summary: 'Change name, locale, admin flag, weekly hours, hourly rate or on-site',
        params: idParams,
        body: updateMemberBody,
        response: { 200: memberSchema },
      },
    },
    async (req) => updateMember(deps, actorOf(req), req.params.id, req.body),
  );
  api.put(
    '/members/:id/memberships',
    {
      schema: {
        tags,
        summary: "Replace the member's units and roles",
        params: idParams,
        body: replaceMembershipsBody,
        response: { 200: memberSchema },
      },
    },
    async (req) => replaceMemberships(deps, actorOf(req), req.params.id, req.body.memberships),
  );
  api.post(
    '/members/:id/training',
    {
      schema: {
        tags,
        summary: 'Record or clear the business policy and customer handling training',
        params: idParams,
        body: trainingBody,
        response: { 200: memberSchema },
      },
    },
    async (req) => setTraining(deps, actorOf(req), req.params.id, req.body.trained),
  );
  api.delete(
    '/members/:id',
    {
      schema: {
        tags,
        summary: 'Remove a member (not yourself, not the last admin)',
        params: idParams,
        response: { 200: okResponse },
      },
    },
    async (req) => {
      await deleteMember(deps, actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
}
