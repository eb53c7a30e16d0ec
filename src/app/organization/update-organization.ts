import type { Organization, UpdateOrganizationInput } from '../../contracts/organization.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { changeOrganization } from '../transaction.ts';
import { currentTarget, requestedTarget, sameTarget } from './model-target.ts';
import { toOrganization } from './organization-view.ts';

/**
 * Changes the organization's name, locale or time zone. The model and its settings change only
 * through the model switch (`POST /organization/model/preview`, then `/model/apply`), which shows
 * the diff first, checks the revision and tells everyone concerned their new duties. `model` and
 * `modelSettings` are accepted here only when they repeat the current values (a client that sends
 * the whole organization back); a different value is refused with a pointer to the switch.
 */
export async function updateOrganization(
  deps: Deps,
  actor: Actor,
  input: UpdateOrganizationInput,
): Promise<Organization> {
  return changeOrganization(deps, actor, async ({ tx, snapshot, organization }) => {
    authorizeOrganization(snapshot, actor, 'manage_organization');
    const { model, modelSettings, ...rest } = input;
    if (model !== undefined || modelSettings !== undefined) {
      const current = currentTarget(organization);
      const wanted = requestedTarget(organization, {
        model: model ?? current.model,
        modelSettings,
      });
      if (!sameTarget(current, wanted)) {
        const path =
          model !== undefined && model !== current.model ? 'body.model' : 'body.modelSettings';
        throw new AppError('unprocessable', 'The model is switched through the model switch.', {
          details: [
            {
              path,
              code: 'organization.use_model_switch',
              message:
                'Preview the switch with POST /api/v1/organization/model/preview, then apply it with POST /api/v1/organization/model/apply.',
            },
          ],
        });
      }
    }
    const row = await tx
      .updateTable('organizations')
      .set({
        ...(rest.name !== undefined && { name: rest.name }),
        ...(rest.locale !== undefined && { locale: rest.locale }),
        ...(rest.timeZone !== undefined && { time_zone: rest.timeZone }),
        updated_at: deps.now(),
      })
      .where('id', '=', actor.organizationId)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (Object.keys(rest).length > 0) {
      await recordActivity(tx, {
        organizationId: actor.organizationId,
        actorId: actor.memberId,
        kind: 'organization.updated',
        subjectType: 'organization',
        subjectId: actor.organizationId,
        data: { changes: rest },
      });
    }
    return toOrganization(row);
  });
}
