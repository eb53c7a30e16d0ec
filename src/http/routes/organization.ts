import { getOrganization } from '../../app/organization/get-organization.ts';
import { updateOrganization } from '../../app/organization/update-organization.ts';
import { idParams } from '../../contracts/common.ts';
import { organizationSchema, updateOrganizationBody } from '../../contracts/organization.ts';
import { actorOf } from '../auth.ts';
import { registerSignUp } from './auth.ts';
import type { RouteContext } from './index.ts';

export function organizationRoutes(ctx: RouteContext): void {
  const { api, deps } = ctx;
  const tags = ['organization'];
  api.get(
    '/organization',
    {
      schema: {
        tags,
        summary: 'Own organization: name, locale, time zone, model and its settings',
        response: { 200: organizationSchema },
      },
    },
    async (req) => getOrganization(deps, actorOf(req)),
  );
  api.patch(
    '/organization',
    {
      schema: {
        tags,
        summary:
          'Change name, locale or time zone (admins); the model changes through /organization/model/apply',
        body: updateOrganizationBody,
        response: { 200: organizationSchema },
      },
    },
    async (req) => updateOrganization(deps, actorOf(req), req.body),
  );
  api.get(
    '/organizations/:id',
    {
      schema: {
        tags,
        summary: 'Own organization by id; any other id is not found',
        params: idParams,
        response: { 200: organizationSchema },
      },
    },
    async (req) => getOrganization(deps, actorOf(req), req.params.id),
  );
  registerSignUp(ctx, '/organizations', tags);
}
