import { describe, expect, it } from 'vitest';
import { ACTIVITY_CATEGORIES, isHubPool } from './activity.ts';
import { generateHistory } from './generate-history.ts';
import { prepareReplay, replayModel } from './replay.ts';

describe('generateHistory', () => {
  const h = generateHistory();

  it('is deterministic per seed', () => {
    expect(generateHistory()).toEqual(h);
    const other = generateHistory({ seed: 2 });
    expect(other.posts).not.toEqual(h.posts);
  });

  it('has the shape it promises', () => {
    const units = h.organization.units;
    expect(units.filter((u) => u.parentId === null).map((u) => u.id)).toEqual(['org']);
    expect(units.filter((u) => u.isHub)).toEqual([
      expect.objectContaining({ id: 'hub', covers: 'org' }),
    ]);
    expect(units.filter((u) => u.kind === 'region')).toHaveLength(2);
    expect(units.filter((u) => u.kind === 'department')).toHaveLength(8);
    expect(h.organization.members.length).toBeGreaterThanOrEqual(36);
    expect(h.organization.members.length).toBeLessThanOrEqual(44);
    expect(h.organization.channels).toHaveLength(9);
    expect(h.organization.channels.filter((c) => c.sensitive).map((c) => c.id)).toEqual([
      'ch-corporate',
      'ch-pr-0',
      'ch-pr-1',
    ]);
    expect(h.posts).toHaveLength(300);
    expect(h.rates.hourlyRateCents.size).toBe(h.organization.members.length);
  });

  it('mixes clean posts with warnings, campaign deviations and multi-channel posts', () => {
    const warned = h.posts.filter((p) => p.variants.some((v) => (v.findings ?? []).length > 0));
    const global = warned.filter((p) =>
      p.variants.some((v) => v.findings?.some((f) => f.ruleUnitId === 'org')),
    );
    const deviating = h.posts.filter((p) => p.deviatesFromMaster);
    const multi = h.posts.filter((p) => p.variants.length > 1);
    for (const share of [warned, global, deviating, multi]) {
      expect(share.length).toBeGreaterThan(5);
      expect(share.length).toBeLessThan(150);
    }
  });

  it.each(['coordinated', 'centralized', 'decentralized'] as const)(
    'every post was possible under the current model (%s)',
    (model) => {
      const g = generateHistory({ model, posts: 200 });
      const m = replayModel(prepareReplay(g.organization, g.posts, g.rates), model);
      expect(m.posts).toBe(200);
      expect(m.refused).toBe(0);
    },
  );

  it('timelines follow the current model’s chains', () => {
    const m = replayModel(prepareReplay(h.organization, h.posts, h.rates), 'coordinated', {
      keepPosts: true,
    });
    expect(h.timelines).toHaveLength(300);
    h.timelines.forEach((t, i) => {
      const steps = t.approvalSteps ?? [];
      expect(steps.map((s) => s.pool)).toEqual(m.outcomes![i]!.chain.map((c) => c.split(':')[0]));
      let last = t.createdAt.getTime();
      for (const s of steps) {
        expect(s.openedAt.getTime()).toBeGreaterThanOrEqual(last);
        expect(s.decidedAt!.getTime()).toBeGreaterThan(s.openedAt.getTime());
        last = s.decidedAt!.getTime();
      }
      expect(t.publishedAt!.getTime()).toBeGreaterThanOrEqual(last);
      if (steps.some((s) => isHubPool(s.pool))) expect(steps).toHaveLength(1);
    });
  });

  it('spends time in all six categories; nobody reviews their own post', () => {
    const categories = new Set(h.entries.map((e) => e.category));
    expect([...categories].sort()).toEqual([...ACTIVITY_CATEGORIES].sort());
    const authorOf = new Map(h.posts.map((p) => [p.id, p.authorId]));
    for (const e of h.entries) {
      expect(Number.isInteger(e.minutes) && e.minutes >= 0).toBe(true);
      if (e.category === 'review') expect(e.memberId).not.toBe(authorOf.get(e.postId!));
    }
    const times = h.entries.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('can leave out the activity (for benchmarks)', () => {
    const bare = generateHistory({ activity: false, posts: 50 });
    expect(bare.posts).toHaveLength(50);
    expect(bare.entries).toEqual([]);
    expect(bare.timelines).toEqual([]);
  });

  it('scales with more regions and staff', () => {
    const big = generateHistory({ regions: 5, extraStaff: 3, posts: 10, activity: false });
    expect(big.organization.units.filter((u) => u.kind === 'department')).toHaveLength(20);
    expect(big.organization.members.length).toBeGreaterThanOrEqual(4 + 20 * 7);
  });
});
