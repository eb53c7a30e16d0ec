import type { ModelApplyInput, ModelApplyResult } from '../../contracts/model-switch.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { createDutyNotices } from '../duties/create-duty-notices.ts';
import { AppError } from '../errors.ts';
import { recomputeChains } from '../posts/recompute-chains.ts';
import { changeOrganization } from '../transaction.ts';
import { switchDuties } from './model-duties.ts';
import { computePreview } from './model-preview.ts';
import { currentTarget, requestedTarget, sameTarget, unchanged } from './model-target.ts';
import { toOrganization } from './organization-view.ts';

/**
 * Switches the organization to another model (or other model settings), in one transaction with
 * the organization row locked: refuses unless the actor may `manage_organization` (403), the
 * target differs (422 `model_switch.unchanged`), nothing changed since the admin's preview (409
 * `organization.changed`: the revision moves with every change to units, people, channels,
 * model or strategy), and the target model has the structure it needs or the admin accepts that
 * it does not (422 `model_switch.structure_missing`, one detail per gap).
 *
 * Then it stores the model, records the switch (`model_switches`, and `organization.model_changed`
 * or `organization.model_settings_changed` in the log), recomputes the chains of the posts in
 * review, and writes a duty notice (with its notification) for each member whose rights or posts
 * change. Any failure rolls all of it back.
 */
export async function applyModelSwitch(
  deps: Deps,
  actor: Actor,
  input: ModelApplyInput,
): Promise<ModelApplyResult> {
  return changeOrganization(deps, actor, async (loaded) => {
    const { tx, snapshot, organization } = loaded;
    authorizeOrganization(snapshot, actor, 'manage_organization');
    const from = currentTarget(organization);
    const to = requestedTarget(organization, input);
    if (sameTarget(from, to)) throw unchanged();
    if (BigInt(input.expectedRevision) !== BigInt(organization.revision)) {
      throw new AppError('conflict', 'The organization changed since the preview.', {
        details: [
          {
            path: 'body.expectedRevision',
            code: 'organization.changed',
            message: 'The organization changed since the preview: preview the switch again.',
            params: { expected: input.expectedRevision, current: organization.revision },
          },
        ],
      });
    }
    const computed = await computePreview(tx, loaded, to, actor.locale);
    const missing = computed.preview.structure.filter((g) => g.required);
    if (missing.length > 0 && !input.acceptMissingStructure) {
      throw new AppError('unprocessable', 'The target model lacks structure it needs.', {
        details: [
          {
            path: 'body.acceptMissingStructure',
            code: 'model_switch.structure_missing',
            message:
              'Create the missing hubs first, or apply with acceptMissingStructure: true to switch anyway.',
          },
          ...missing.map((g) => ({
            path: 'body.model',
            code: g.code,
            message: g.message,
            params: { ...g.params, fixes: g.fixes },
          })),
        ],
      });
    }

    const row = await tx
      .updateTable('organizations')
      .set({
        model: to.model,
        model_settings: JSON.stringify(to.settings),
        updated_at: deps.now(),
      })
      .where('id', '=', actor.organizationId)
      .returningAll()
      .executeTakeFirstOrThrow();
    const { summary } = computed.preview;
    const switchRow = await tx
      .insertInto('model_switches')
      .values({
        organization_id: actor.organizationId,
        from_model: from.model,
        to_model: to.model,
        from_settings: JSON.stringify(from.settings),
        to_settings: JSON.stringify(to.settings),
        applied_by: actor.memberId,
        applied_at: deps.now(),
        revision: organization.revision,
        summary: JSON.stringify(summary),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const postsRecomputed = await recomputeChains(tx, deps, actor, {
      from: from.model,
      to: to.model,
    });
    const notices = await createDutyNotices(tx, {
      organizationId: actor.organizationId,
      source: 'model_switch',
      sourceId: switchRow.id,
      notices: switchDuties({
        from,
        to,
        rights: computed.rights,
        posts: computed.posts,
        channelName: (id) => computed.names.channel.get(id) ?? id,
        unitName: (id) => computed.names.unit.get(id) ?? id,
      }),
    });
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind:
        from.model === to.model
          ? 'organization.model_settings_changed'
          : 'organization.model_changed',
      subjectType: 'organization',
      subjectId: actor.organizationId,
      data: {
        from: from.model,
        to: to.model,
        switchId: switchRow.id,
        ...(input.modelSettings === undefined ? {} : { settings: to.settings }),
        membersAffected: summary.membersAffected,
        postsRecomputed,
        notices: notices.length,
        structureMissing: missing.map((g) => g.code),
      },
    });
    return {
      switchId: switchRow.id,
      organization: toOrganization(row),
      preview: computed.preview,
      notices: notices.length,
      postsRecomputed,
    };
  });
}
