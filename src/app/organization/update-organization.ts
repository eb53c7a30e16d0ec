import type { Organization, UpdateOrganizationInput } from '../../contracts/organization.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { recomputeChains } from '../posts/recompute-chains.ts';
import { changeOrganization } from '../transaction.ts';
import { toOrganization } from './organization-view.ts';

/**
 * Changes the organization's name, locale, time zone, model or model settings. A model switch
 * is recorded as `organization.model_changed`; the revision bump makes every process recompile
 * the snapshot under the new model. A switch (or new model settings) recomputes the approval
 * chains of the posts in review in the same transaction.
 */
export async function updateOrganization(
  deps: Deps,
  actor: Actor,
  input: UpdateOrganizationInput,
): Promise<Organization> {
  return changeOrganization(deps, actor, async ({ tx, snapshot, organization }) => {
    authorizeOrganization(snapshot, actor, 'manage_organization');
    const row = await tx
      .updateTable('organizations')
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.locale !== undefined && { locale: input.locale }),
        ...(input.timeZone !== undefined && { time_zone: input.timeZone }),
        ...(input.model !== undefined && { model: input.model }),
        ...(input.modelSettings !== undefined && {
          model_settings: JSON.stringify(input.modelSettings),
        }),
        updated_at: deps.now(),
      })
      .where('id', '=', actor.organizationId)
      .returningAll()
      .executeTakeFirstOrThrow();
    const base = {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      subjectType: 'organization',
      subjectId: actor.organizationId,
    };
    const { model, ...rest } = input;
    if (model !== undefined && model !== organization.model) {
      await recordActivity(tx, {
        ...base,
        kind: 'organization.model_changed',
        data: { from: organization.model, to: model },
      });
    }
    if (Object.keys(rest).length > 0) {
      await recordActivity(tx, { ...base, kind: 'organization.updated', data: { changes: rest } });
    }
    const modelChanged = model !== undefined && model !== organization.model;
    if (modelChanged || input.modelSettings !== undefined) {
      await recomputeChains(tx, deps, actor, { from: organization.model, to: row.model });
    }
    return toOrganization(row);
  });
}
