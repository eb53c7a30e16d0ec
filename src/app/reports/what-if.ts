import type { WhatIf, WhatIfQuery } from '../../contracts/reports.ts';
import { DURATION_KEYS, measureDurations, resolveDurations } from '../../core/costs/durations.ts';
import type { ReplayDurations } from '../../core/costs/durations.ts';
import type { ReplayPost } from '../../core/costs/replay.ts';
import { replayModels } from '../../core/costs/replay.ts';
import type { Snapshot } from '../../core/governance/snapshot.ts';
import type { SnapshotInput } from '../../core/governance/types.ts';
import type { Db } from '../../db/connect.ts';
import { authorizeOrganization } from '../authorize.ts';
import { loadCostSettings } from '../costs/cost-settings.ts';
import type { Actor, Deps } from '../deps.ts';
import { withMasterDeviation } from '../posts/campaign.ts';
import { checkContent } from '../posts/content-checks.ts';
import { loadVariants } from '../posts/post-rows.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { readEntries } from './read-time.ts';
import { readTimelines } from './read-timelines.ts';

const DAY_MS = 86_400_000;

/**
 * What-if (DESIGN §6): the posts created in the last `days` days that were submitted, replayed
 * through each of the five models side by side (core/costs/replay.ts), the current one marked.
 * Each post's variants are checked against today's guidelines (as a submission now would be),
 * so each model sees the findings it would act on. Durations are this organization's own where
 * its history has samples (the time spent on these posts, their approval waits), the defaults
 * otherwise, and any the query overrides. Admins only: choosing a model is the organization's.
 *
 * Cost: one guideline check per post (a query per channel unit), so the window is for recent
 * history (weeks, a few thousand posts), not years.
 */
export async function getWhatIf(deps: Deps, actor: Actor, query: WhatIfQuery): Promise<WhatIf> {
  const { snapshot, organization, input } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'manage_organization');
  const overrides: Partial<ReplayDurations> = {};
  for (const key of DURATION_KEYS) if (query[key] !== undefined) overrides[key] = query[key];
  return buildWhatIf(deps.db, {
    snapshot,
    input,
    timeZone: organization.time_zone,
    now: deps.now(),
    days: query.days,
    overrides,
  });
}

export async function buildWhatIf(
  db: Db,
  o: {
    snapshot: Snapshot;
    input: SnapshotInput;
    timeZone: string;
    now: Date;
    days: number;
    overrides: Partial<ReplayDurations>;
  },
): Promise<WhatIf> {
  const organizationId = o.snapshot.organizationId;
  const from = new Date(o.now.getTime() - o.days * DAY_MS);
  // Inclusive of now: what happened in this very millisecond belongs to the window too.
  const to = new Date(o.now.getTime() + 1);
  const [settings, rows, members] = await Promise.all([
    loadCostSettings(db, organizationId),
    db
      .selectFrom('posts')
      .select(['id', 'organization_id', 'unit_id', 'author_id', 'campaign_id', 'language'])
      .where('organization_id', '=', organizationId)
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .where('submitted_at', 'is not', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('members')
      .select(['id', 'hourly_rate_cents'])
      .where('organization_id', '=', organizationId)
      .execute(),
  ]);

  const posts: ReplayPost[] = [];
  for (const post of rows) {
    const variants = await loadVariants(db, organizationId, post.id);
    const content = await checkContent({
      db,
      snapshot: o.snapshot,
      timeZone: o.timeZone,
      language: post.language,
      variants,
    });
    const chain = await withMasterDeviation(db, post, variants, content.findings);
    posts.push({
      id: post.id,
      authorId: post.author_id,
      unitId: post.unit_id,
      variants: chain.map((v) => ({
        channelId: v.channelId,
        findings: v.findings,
        deviatesFromMaster: v.deviatesFromMaster ?? false,
      })),
    });
  }

  const postIds = rows.map((p) => p.id);
  const [entries, timelines] = await Promise.all([
    postIds.length === 0
      ? []
      : readEntries(db, { organizationId, from, to, defaults: settings.defaultMinutes, postIds }),
    postIds.length === 0 ? [] : readTimelines(db, organizationId, { postIds }),
  ]);
  const resolved = resolveDurations(measureDurations(entries, timelines), o.overrides);
  const result = replayModels({
    organization: o.input,
    posts,
    rates: { hourlyRateCents: new Map(members.map((m) => [m.id, m.hourly_rate_cents])) },
    durations: resolved.durations,
  });
  return {
    organizationId,
    days: o.days,
    from: from.toISOString(),
    to: o.now.toISOString(),
    currency: settings.currency,
    currentModel: result.currentModel,
    durations: resolved.durations,
    sources: resolved.sources,
    skipped: result.skipped,
    models: result.models.map(({ outcomes: _outcomes, ...m }) => m),
  };
}
