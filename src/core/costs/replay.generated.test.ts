import { describe, expect, it } from 'vitest';
import type { ModelKey } from '../governance/types.ts';
import { generateHistory } from './generate-history.ts';
import type { ModelReplay } from './replay.ts';
import { replayModels } from './replay.ts';

/*
 * The trade-offs of the seed on generated organizations (root, one hub covering it, regions,
 * departments; ~40 members; 300 posts, some with warnings, some on sensitive channels, some
 * deviating from a campaign master). Several seeds, so that no single draw carries the result.
 */

const SEEDS = [1, 2, 3, 4, 5];

describe.each(SEEDS)('generated history, seed %i', (seed) => {
  const h = generateHistory({ seed });
  const r = replayModels({
    organization: h.organization,
    posts: h.posts,
    rates: h.rates,
    keepPosts: true,
  });
  const m = (model: ModelKey): ModelReplay => r.models.find((x) => x.model === model)!;
  const direct = (model: ModelKey) => m(model).members.publishDirectly;
  const time = (model: ModelKey) => m(model).timeToPublish;
  const others = (model: ModelKey) => r.models.filter((x) => x.model !== model);

  it('centralized has the fewest members who can publish directly', () => {
    for (const x of others('centralized'))
      expect(direct('centralized')).toBeLessThanOrEqual(direct(x.model));
    for (const model of ['holistic', 'decentralized', 'coordinated'] as const) {
      expect(direct('centralized')).toBeLessThan(direct(model));
    }
    // Only the hub's editors and lead (all informed): 3.
    expect(direct('centralized')).toBe(3);
  });

  it('holistic and decentralized have the most members who can publish directly', () => {
    const most = Math.min(direct('holistic'), direct('decentralized'));
    for (const model of ['coordinated', 'centralized', 'multi_coordinated'] as const) {
      expect(most).toBeGreaterThan(direct(model));
    }
  });

  it('centralized has the longest time to publish', () => {
    for (const x of others('centralized')) {
      expect(time('centralized').medianMinutes!).toBeGreaterThanOrEqual(
        x.timeToPublish.medianMinutes!,
      );
      expect(time('centralized').p90Minutes!).toBeGreaterThanOrEqual(x.timeToPublish.p90Minutes!);
    }
    for (const model of ['holistic', 'decentralized', 'coordinated'] as const) {
      expect(time('centralized').meanMinutes!).toBeGreaterThan(time(model).meanMinutes!);
    }
    // With one hub, multi_coordinated has no regional hubs: its global hub stands in for each,
    // so every post not by a hub editor waits for the hub once, as under centralized. Its mean
    // comes out a few minutes above centralized's because it lets regional warnings through
    // (to the hub) where centralized refuses them. The figures say so: its hubs are not in place.
    expect(m('multi_coordinated').hubsInPlace).toBe(false);
    expect(time('multi_coordinated').medianMinutes).toBe(time('centralized').medianMinutes);
  });

  it('coordinated sends a unit editor’s post to the hub exactly when it is flagged', () => {
    const sensitive = new Set(h.organization.channels.filter((c) => c.sensitive).map((c) => c.id));
    const outcomes = new Map(m('coordinated').outcomes!.map((o) => [o.postId, o]));
    let flagged = 0;
    let clean = 0;
    for (const post of h.posts) {
      const { unitId, role } = h.roleOf.get(post.authorId)!;
      if (unitId === 'hub' || (role !== 'editor' && role !== 'lead')) continue;
      const isFlagged = post.variants.some(
        (v) => (v.findings ?? []).length > 0 || sensitive.has(v.channelId),
      );
      const toHub = outcomes.get(post.id)!.chain.some((step) => step.startsWith('hub:'));
      expect(toHub).toBe(isFlagged);
      if (isFlagged) flagged++;
      else clean++;
    }
    // Both kinds occur, so the check above covers both directions.
    expect(flagged).toBeGreaterThan(10);
    expect(clean).toBeGreaterThan(10);
    // And fewer posts reach the hub than under centralized, where every post by staff does.
    expect(m('coordinated').postsToHub).toBeLessThan(m('centralized').postsToHub);
  });

  it('refuses under centralized what carries a warning, and nothing under the current model', () => {
    expect(m('coordinated').current).toBe(true);
    expect(m('coordinated').refused).toBe(0);
    expect(Object.keys(m('centralized').refusalReasons)).toEqual(['guidelines.warn_blocks']);
    expect(m('holistic').refused).toBe(0);
  });
});
