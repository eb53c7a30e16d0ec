import type {
  ModelPreview,
  ModelPreviewInput,
  ModelPreviews,
} from '../../contracts/model-switch.ts';
import { translateStructureGap } from '../../contracts/i18n/model-switch.ts';
import { countRightsDiff, diffRights, type MemberRightsDiff } from '../../core/governance/diff.ts';
import type { Snapshot } from '../../core/governance/snapshot.ts';
import { structureGaps, type StructureGap } from '../../core/governance/structure-gaps.ts';
import { MODELS } from '../../core/governance/types.ts';
import type { Db } from '../../db/connect.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { loadActorSnapshot, type LoadedSnapshot } from '../snapshot.ts';
import { previewPostChains, type PostChainChange } from './model-post-chains.ts';
import {
  compileFor,
  currentTarget,
  requestedTarget,
  sameTarget,
  unchanged,
  type ModelTarget,
} from './model-target.ts';

/** A preview with the parts apply needs besides its JSON. */
export interface ComputedPreview {
  preview: ModelPreview;
  after: Snapshot;
  rights: MemberRightsDiff[];
  posts: PostChainChange[];
  gaps: StructureGap[];
  names: { member: Map<string, string>; unit: Map<string, string>; channel: Map<string, string> };
}

/**
 * What switching to `target` changes, computed against `loaded` (read with `db`, or inside the
 * switch's transaction): every member's rights per channel and action, the chains of the posts
 * in review, and the structure the target model lacks. Gap messages are in `locale`.
 */
export async function computePreview(
  db: Db,
  loaded: LoadedSnapshot,
  target: ModelTarget,
  locale: 'de' | 'en',
): Promise<ComputedPreview> {
  const { organization, snapshot: before, input } = loaded;
  const after = compileFor(input, target);
  const [members, channels, posts] = await Promise.all([
    db
      .selectFrom('members')
      .select(['id', 'name'])
      .where('organization_id', '=', organization.id)
      .execute(),
    db
      .selectFrom('channels')
      .select(['id', 'display_name', 'handle'])
      .where('organization_id', '=', organization.id)
      .execute(),
    previewPostChains(db, after, organization.time_zone),
  ]);
  const names = {
    member: new Map(members.map((m) => [m.id, m.name])),
    unit: new Map(input.units.map((u) => [u.id, u.name])),
    channel: new Map(channels.map((c) => [c.id, c.display_name.trim() || c.handle])),
  };
  const rights = diffRights(before, after);
  const gaps = structureGaps(after, input.units);
  const counts = countRightsDiff(rights);
  const from = currentTarget(organization);
  const preview: ModelPreview = {
    revision: organization.revision,
    from: { model: from.model, modelSettings: from.settings },
    to: { model: target.model, modelSettings: target.settings },
    summary: {
      membersAffected: counts.membersAffected,
      rightsGained: counts.gained,
      rightsLost: counts.lost,
      rightsChanged: counts.changed,
      postsInReview: posts.length,
      postsChanged: posts.filter((p) => p.changed).length,
      postsReturnedToDraft: posts.filter((p) => p.outcome === 'draft').length,
      structureRequired: gaps.filter((g) => g.required).length,
      structureRecommended: gaps.filter((g) => !g.required).length,
    },
    members: rights.map((m) => {
      const c = { gained: 0, lost: 0, changed: 0 };
      for (const x of m.changes) c[x.change]++;
      return {
        memberId: m.memberId,
        name: names.member.get(m.memberId) ?? '',
        counts: c,
        changes: m.changes.map((x) => ({
          action: x.action,
          channelId: x.channelId,
          change: x.change,
          before: { ...x.before, steps: [...x.before.steps] },
          after: { ...x.after, steps: [...x.after.steps] },
        })),
      };
    }),
    posts,
    structure: gaps.map((g) => ({
      ...g,
      params: { model: target.model, ...(g.params.unitId ? { unitId: g.params.unitId } : {}) },
      message: translateStructureGap(g, locale, (id) => names.unit.get(id)),
    })),
  };
  return { preview, after, rights, posts, gaps, names };
}

/**
 * Previews a switch to the requested model (and settings) for an admin. Writes nothing. The
 * answer's `revision` goes back with `apply`, which refuses if anything changed in between.
 */
export async function previewModelSwitch(
  deps: Deps,
  actor: Actor,
  input: ModelPreviewInput,
): Promise<ModelPreview> {
  const loaded = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(loaded.snapshot, actor, 'manage_organization');
  const target = requestedTarget(loaded.organization, input);
  if (sameTarget(currentTarget(loaded.organization), target)) throw unchanged();
  return (await computePreview(deps.db, loaded, target, actor.locale)).preview;
}

/** Every other model side by side, each with the current settings. For admins; writes nothing. */
export async function previewAllModels(deps: Deps, actor: Actor): Promise<ModelPreviews> {
  const loaded = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(loaded.snapshot, actor, 'manage_organization');
  const current = currentTarget(loaded.organization);
  const previews: ModelPreview[] = [];
  for (const model of MODELS) {
    if (model === current.model) continue;
    const target = { model, settings: current.settings };
    previews.push((await computePreview(deps.db, loaded, target, actor.locale)).preview);
  }
  return {
    revision: loaded.organization.revision,
    current: { model: current.model, modelSettings: current.settings },
    previews,
  };
}
