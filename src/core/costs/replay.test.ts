import { describe, expect, it } from 'vitest';
import { compileSnapshot } from '../governance/snapshot.ts';
import type { ModelKey, SnapshotInput, UnitInput } from '../governance/types.ts';
import { MODELS } from '../governance/types.ts';
import { countPublishers } from './publishers.ts';
import type { ModelReplay, ReplayPost } from './replay.ts';
import { prepareReplay, replayModel, replayModels } from './replay.ts';

/*
 * A small organization, every figure worked out by hand below.
 *
 *   R (company) ─┬─ HUB (hub, covers R)   h1 editor 8000 ¢/h, h2 lead 10000
 *                ├─ A (department)        a1 lead 7000, a2 editor 5000 (untrained),
 *                │                        a3 contributor 4000, x1 member 3000 (not informed)
 *                └─ B (department, contributors need no lead)
 *                                         b1 editor 6000, b2 contributor 3000 (untrained)
 *   Channels: CA on A, CS on A (sensitive), CB on B, CR on R.
 *
 * Posts (unit = the author's):
 *   P1 a2 [CA]                      P4 a1 [CS]
 *   P2 a3 [CA warn(A), CS]          P5 h1 [CR, CA] (unit HUB)
 *   P3 b2 [CB]                      P6 b1 [CB warn(R)], deviates from the campaign master
 *   P7 by a stranger, P8 on a deleted channel, P9 without variants: skipped.
 *
 * Durations: the defaults (create 30, review 10 per step, hand-off 15, step wait 120, hub 240).
 */

const unit = (id: string, parentId: string | null, extra: Partial<UnitInput> = {}): UnitInput => ({
  id,
  parentId,
  kind: 'department',
  name: id,
  isHub: false,
  covers: null,
  ...extra,
});

const ORG: SnapshotInput = {
  organizationId: 'o',
  model: 'coordinated',
  strategyVersion: 1,
  units: [
    unit('R', null, { kind: 'company' }),
    unit('HUB', 'R', { kind: 'team', isHub: true, covers: 'R' }),
    unit('A', 'R'),
    unit('B', 'R', { contributorsNeedLead: false }),
  ],
  members: [
    { id: 'h1', admin: false, trained: true, strategyAckVersion: 1 },
    { id: 'h2', admin: true, trained: true, strategyAckVersion: 1 },
    { id: 'a1', admin: false, trained: true, strategyAckVersion: 1 },
    { id: 'a2', admin: false, trained: false, strategyAckVersion: 1 },
    { id: 'a3', admin: false, trained: true, strategyAckVersion: 1 },
    { id: 'x1', admin: false, trained: true, strategyAckVersion: 0 },
    { id: 'b1', admin: false, trained: true, strategyAckVersion: 1 },
    { id: 'b2', admin: false, trained: false, strategyAckVersion: 1 },
  ],
  memberships: [
    { memberId: 'h1', unitId: 'HUB', role: 'editor' },
    { memberId: 'h2', unitId: 'HUB', role: 'lead' },
    { memberId: 'a1', unitId: 'A', role: 'lead' },
    { memberId: 'a2', unitId: 'A', role: 'editor' },
    { memberId: 'a3', unitId: 'A', role: 'contributor' },
    { memberId: 'x1', unitId: 'A', role: 'member' },
    { memberId: 'b1', unitId: 'B', role: 'editor' },
    { memberId: 'b2', unitId: 'B', role: 'contributor' },
  ],
  channels: [
    { id: 'CA', unitId: 'A', sensitive: false },
    { id: 'CS', unitId: 'A', sensitive: true },
    { id: 'CB', unitId: 'B', sensitive: false },
    { id: 'CR', unitId: 'R', sensitive: false },
  ],
};

const RATES = {
  hourlyRateCents: new Map([
    ['h1', 8000],
    ['h2', 10000],
    ['a1', 7000],
    ['a2', 5000],
    ['a3', 4000],
    ['x1', 3000],
    ['b1', 6000],
    ['b2', 3000],
  ]),
};

const warn = (ruleUnitId: string) => [{ ruleUnitId, severity: 'warn' as const }];

const POSTS: ReplayPost[] = [
  { id: 'P1', authorId: 'a2', unitId: 'A', variants: [{ channelId: 'CA' }] },
  {
    id: 'P2',
    authorId: 'a3',
    unitId: 'A',
    variants: [{ channelId: 'CA', findings: warn('A') }, { channelId: 'CS' }],
  },
  { id: 'P3', authorId: 'b2', unitId: 'B', variants: [{ channelId: 'CB' }] },
  { id: 'P4', authorId: 'a1', unitId: 'A', variants: [{ channelId: 'CS' }] },
  { id: 'P5', authorId: 'h1', unitId: 'HUB', variants: [{ channelId: 'CR' }, { channelId: 'CA' }] },
  {
    id: 'P6',
    authorId: 'b1',
    unitId: 'B',
    variants: [{ channelId: 'CB', findings: warn('R') }],
    deviatesFromMaster: true,
  },
  { id: 'P7', authorId: 'stranger', unitId: 'A', variants: [{ channelId: 'CA' }] },
  { id: 'P8', authorId: 'a1', unitId: 'A', variants: [{ channelId: 'gone' }] },
  { id: 'P9', authorId: 'a1', unitId: 'A', variants: [] },
];

const result = replayModels({ organization: ORG, posts: POSTS, rates: RATES, keepPosts: true });
const byModel = (model: ModelKey): ModelReplay => result.models.find((m) => m.model === model)!;
const chains = (model: ModelKey) =>
  Object.fromEntries(
    byModel(model).outcomes!.map((o) => [o.postId, o.refused ? 'refused' : o.chain.join(' → ')]),
  );

/** The figures the model comparison shows, compact. */
const figures = (m: ModelReplay) => ({
  submitted: m.submitted,
  refused: m.refused,
  withoutApproval: m.withoutApproval,
  approvalSteps: m.approvalSteps,
  hubSteps: m.hubSteps,
  postsToHub: m.postsToHub,
  handoffs: m.handoffs,
  minutes: m.minutes,
  hours: m.hours,
  costCents: m.costCents,
  costPerPostCents: m.costPerPostCents,
  timeToPublish: m.timeToPublish,
});

describe('replayModels on a small organization', () => {
  it('lists all five models in order, the current one marked', () => {
    expect(result.models.map((m) => m.model)).toEqual([...MODELS]);
    expect(result.models.filter((m) => m.current).map((m) => m.model)).toEqual(['coordinated']);
    expect(result.currentModel).toBe('coordinated');
  });

  it('skips posts it cannot replay, the same for every model', () => {
    expect(result.skipped).toEqual({
      count: 3,
      reasons: { 'author.not_found': 1, 'channel.not_found': 1, 'post.no_variants': 1 },
    });
    for (const m of result.models) expect(m.posts).toBe(6);
  });

  it('holistic: untrained authors need one trained peer', () => {
    expect(chains('holistic')).toEqual({
      P1: 'trained_peers:',
      P2: '',
      P3: 'trained_peers:',
      P4: '',
      P5: '',
      P6: '',
    });
    expect(figures(byModel('holistic'))).toEqual({
      submitted: 6,
      refused: 0,
      withoutApproval: 4,
      approvalSteps: 2,
      hubSteps: 0,
      postsToHub: 0,
      handoffs: 0, // trained peers name no unit
      // create 6 × 30; review 2 × 10.
      minutes: { create: 180, review: 20, coordinate: 0, total: 200 },
      hours: 3.33,
      // Create: 30 × (5000 + 4000 + 3000 + 7000 + 8000 + 6000 = 33,000) = 990,000.
      // Review: the pool is every trained, informed member: h1, h2, a1, a3, b1 →
      // (8000 + 10000 + 7000 + 4000 + 6000) / 5 = 7000; 2 × 10 × 7000 = 140,000.
      // 1,130,000 / 60 = 18,833.33 → 18,833; per post 1,130,000 / 360 = 3,138.89 → 3,139.
      costCents: 18_833,
      costPerPostCents: 3_139,
      // [0, 0, 0, 0, 120, 120]: median rank 3 → 0; p90 rank ⌈5.4⌉ = 6 → 120; mean 240 / 6.
      timeToPublish: { medianMinutes: 0, p90Minutes: 120, meanMinutes: 40 },
    });
  });

  it('decentralized: contributors need their lead unless the unit says not; no rights on the root’s channel', () => {
    expect(chains('decentralized')).toEqual({
      P1: '',
      P2: 'unit_leads:A', // both variants ask A's leads: one step
      P3: '', // B lets contributors publish
      P4: '',
      P5: 'refused', // h1 holds no role on R
      P6: '', // a warning is shown, not blocking
    });
    const m = byModel('decentralized');
    expect(figures(m)).toEqual({
      submitted: 5,
      refused: 1,
      withoutApproval: 4,
      approvalSteps: 1,
      hubSteps: 0,
      postsToHub: 0,
      handoffs: 0, // A's leads, and the post is A's
      minutes: { create: 150, review: 10, coordinate: 0, total: 160 },
      hours: 2.67,
      // Create: 30 × (5000 + 4000 + 3000 + 7000 + 6000 = 25,000) = 750,000.
      // Review: A's leads = a1 → 7000; 10 × 7000 = 70,000. 820,000 / 60 = 13,666.67 → 13,667;
      // per post 820,000 / 300 = 2,733.33 → 2,733.
      costCents: 13_667,
      costPerPostCents: 2_733,
      // [0, 0, 0, 0, 120]: median rank 3 → 0; p90 rank ⌈4.5⌉ = 5 → 120; mean 120 / 5 = 24.
      timeToPublish: { medianMinutes: 0, p90Minutes: 120, meanMinutes: 24 },
    });
    expect(m.refusalReasons).toEqual({
      'model.decentralized.unit_contributors_only': 1,
      'relation.not_member_of_unit': 1,
    });
  });

  it('coordinated: contributors, sensitive channels and warnings go to the hub', () => {
    expect(chains('coordinated')).toEqual({
      P1: '',
      P2: 'hub:HUB', // contributor; two variants, one step
      P3: 'hub:HUB', // contributor
      P4: 'hub:HUB', // sensitive channel
      P5: '', // hub editor
      P6: 'hub:HUB', // warning
    });
    expect(figures(byModel('coordinated'))).toEqual({
      submitted: 6,
      refused: 0,
      withoutApproval: 2,
      approvalSteps: 4,
      hubSteps: 4,
      postsToHub: 4,
      handoffs: 4, // the hub is outside A and B
      minutes: { create: 180, review: 40, coordinate: 60, total: 280 },
      hours: 4.67,
      // Create 990,000 (as holistic). Review: hub editors+ h1, h2 → 9000; 4 × 10 × 9000 =
      // 360,000. Hand-offs at the authors' rates: 15 × (4000 + 3000 + 7000 + 6000) = 300,000.
      // 1,650,000 / 60 = 27,500; per post 1,650,000 / 360 = 4,583.33 → 4,583.
      costCents: 27_500,
      costPerPostCents: 4_583,
      // [0, 0, 240, 240, 240, 240]: median rank 3 → 240; mean 960 / 6 = 160.
      timeToPublish: { medianMinutes: 240, p90Minutes: 240, meanMinutes: 160 },
    });
  });

  it('centralized: every post not by a hub editor goes to the hub; warnings block', () => {
    expect(chains('centralized')).toEqual({
      P1: 'hub_editors:HUB',
      P2: 'refused',
      P3: 'hub_editors:HUB',
      P4: 'hub_editors:HUB',
      P5: '',
      P6: 'refused',
    });
    const m = byModel('centralized');
    expect(figures(m)).toEqual({
      submitted: 4,
      refused: 2,
      withoutApproval: 1,
      approvalSteps: 3,
      hubSteps: 3,
      postsToHub: 3,
      handoffs: 3,
      minutes: { create: 120, review: 30, coordinate: 45, total: 195 },
      hours: 3.25,
      // Create: 30 × (5000 + 3000 + 7000 + 8000 = 23,000) = 690,000. Review: 3 × 10 × 9000 =
      // 270,000. Hand-offs: 15 × (5000 + 3000 + 7000) = 225,000. 1,185,000 / 60 = 19,750;
      // per post 1,185,000 / 240 = 4,937.5 → 4,938 (half up).
      costCents: 19_750,
      costPerPostCents: 4_938,
      // [0, 240, 240, 240]: median rank 2 → 240; mean 720 / 4 = 180.
      timeToPublish: { medianMinutes: 240, p90Minutes: 240, meanMinutes: 180 },
    });
    expect(m.refusalReasons).toEqual({ 'guidelines.warn_blocks': 2 });
  });

  it('multi_coordinated without regional hubs: the global hub stands in; global warnings block', () => {
    expect(chains('multi_coordinated')).toEqual({
      P1: 'global_hub:HUB',
      P2: 'global_hub:HUB', // A's warning is regional: the (standing-in) hub, one step
      P3: 'global_hub:HUB',
      P4: 'global_hub:HUB',
      P5: '',
      P6: 'refused', // the root's warning is global
    });
    const m = byModel('multi_coordinated');
    expect(figures(m)).toEqual({
      submitted: 5,
      refused: 1,
      withoutApproval: 1,
      approvalSteps: 4,
      hubSteps: 4,
      postsToHub: 4,
      handoffs: 4,
      minutes: { create: 150, review: 40, coordinate: 60, total: 250 },
      hours: 4.17,
      // Create: 30 × (5000 + 4000 + 3000 + 7000 + 8000 = 27,000) = 810,000. Review: 4 × 10 ×
      // 9000 = 360,000. Hand-offs: 15 × (5000 + 4000 + 3000 + 7000) = 285,000.
      // 1,455,000 / 60 = 24,250; per post 1,455,000 / 300 = 4,850.
      costCents: 24_250,
      costPerPostCents: 4_850,
      // [0, 240, 240, 240, 240]: median rank 3 → 240; mean 960 / 5 = 192.
      timeToPublish: { medianMinutes: 240, p90Minutes: 240, meanMinutes: 192 },
    });
    expect(m.hubsInPlace).toBe(false);
    expect(result.models.filter((x) => !x.hubsInPlace).map((x) => x.model)).toEqual([
      'multi_coordinated',
    ]);
  });

  it('counts who could publish on a clean post: directly, only with approval, not at all', () => {
    const counts = Object.fromEntries(
      result.models.map((m) => [
        m.model,
        [m.members.publishDirectly, m.members.submitWithApproval, m.members.cannotSubmit],
      ]),
    );
    expect(counts).toEqual({
      // Trained and informed: h1 h2 a1 a3 b1; untrained: a2 b2; x1 is not informed.
      holistic: [5, 2, 1],
      // Editors+ of a unit with a channel: a1 a2 b1, and b2 (B needs no lead); a3 needs A's
      // lead; the hub owns no channel, so h1 h2 hold no role on any; x1 has no role.
      decentralized: [4, 1, 3],
      // Hub editors h1 h2 anywhere, unit editors+ a1 a2 b1 on a plain channel; contributors
      // a3 b2 through the hub.
      coordinated: [5, 2, 1],
      // Only hub editors; everyone informed may send a request.
      centralized: [2, 5, 1],
      // Only hub editors; contributors+ of a unit through the hub.
      multi_coordinated: [2, 5, 1],
    });
    for (const m of result.models) expect(m.members.members).toBe(8);
  });

  it('finds no unstaffed pool here, and counts one where a pool is empty', () => {
    for (const m of result.models) expect(m.unstaffedSteps).toBe(0);
    // Without a1, A has no lead: P2's step under decentralized has nobody to approve it.
    const noLead = {
      ...ORG,
      memberships: ORG.memberships.filter((ms) => ms.memberId !== 'a1'),
    };
    const m = replayModel(prepareReplay(noLead, POSTS, RATES), 'decentralized');
    expect(m.unstaffedSteps).toBe(1);
    // a1 posts nothing now (P4 refused), and the empty pool is costed at the mean rate:
    // (8000 + 10000 + 7000 + 5000 + 4000 + 3000 + 6000 + 3000) / 8 = 5750.
    // Create 30 × (5000 + 4000 + 3000 + 6000) = 540,000; review 10 × 5750 = 57,500.
    expect(m.costCents).toBe(9_958); // 597,500 / 60 = 9,958.33 → 9,958
  });
});

describe('the decision cache', () => {
  it('keeps findings classes apart for the same author and channel', () => {
    const posts: ReplayPost[] = [
      { id: 'clean', authorId: 'b1', unitId: 'B', variants: [{ channelId: 'CB' }] },
      {
        id: 'regional',
        authorId: 'b1',
        unitId: 'B',
        variants: [{ channelId: 'CB', findings: warn('B') }],
      },
      {
        id: 'global',
        authorId: 'b1',
        unitId: 'B',
        variants: [{ channelId: 'CB', findings: warn('R') }],
      },
      {
        id: 'blocked',
        authorId: 'b1',
        unitId: 'B',
        variants: [{ channelId: 'CB', findings: [{ ruleUnitId: 'B', severity: 'block' }] }],
      },
      { id: 'clean-again', authorId: 'b1', unitId: 'B', variants: [{ channelId: 'CB' }] },
    ];
    const r = replayModels({ organization: ORG, posts, rates: RATES, keepPosts: true });
    const outcome = (model: ModelKey) =>
      r.models
        .find((m) => m.model === model)!
        .outcomes!.map((o) => (o.refused ? 'refused' : o.chain.join(' → ')));
    expect(outcome('coordinated')).toEqual(['', 'hub:HUB', 'hub:HUB', 'refused', '']);
    expect(outcome('multi_coordinated')).toEqual([
      'global_hub:HUB',
      'global_hub:HUB',
      'refused',
      'refused',
      'global_hub:HUB',
    ]);
    expect(outcome('holistic')).toEqual(['', '', '', 'refused', '']);
  });

  it('keeps the deviation flag apart (multi with a regional hub: + global hub)', () => {
    const withRegion: SnapshotInput = {
      ...ORG,
      units: [...ORG.units, unit('HB', 'R', { kind: 'team', isHub: true, covers: 'B' })],
      members: [...ORG.members, { id: 'r1', admin: false, trained: true, strategyAckVersion: 1 }],
      memberships: [...ORG.memberships, { memberId: 'r1', unitId: 'HB', role: 'editor' }],
    };
    const posts: ReplayPost[] = [
      { id: 'plain', authorId: 'b2', unitId: 'B', variants: [{ channelId: 'CB' }] },
      {
        id: 'deviates',
        authorId: 'b2',
        unitId: 'B',
        variants: [{ channelId: 'CB' }],
        deviatesFromMaster: true,
      },
      {
        id: 'variant-only',
        authorId: 'b2',
        unitId: 'B',
        variants: [{ channelId: 'CB', deviatesFromMaster: true }],
      },
    ];
    const r = replayModels({
      organization: { ...withRegion, model: 'multi_coordinated' },
      posts,
      rates: RATES,
      keepPosts: true,
    });
    const multi = r.models.find((m) => m.model === 'multi_coordinated')!;
    expect(multi.outcomes!.map((o) => o.chain.join(' → '))).toEqual([
      'regional_hub:HB',
      'regional_hub:HB → global_hub:HUB',
      'regional_hub:HB → global_hub:HUB',
    ]);
    expect(multi.current).toBe(true);
    expect(multi.hubsInPlace).toBe(true);
    // 1 + 2 + 2 hub steps at 240 each: [240, 480, 480] → median 480, mean 400.
    expect(multi.timeToPublish).toEqual({ medianMinutes: 480, p90Minutes: 480, meanMinutes: 400 });
  });
});

describe('replay details', () => {
  it('uses the durations it is given', () => {
    const r = replayModels({
      organization: ORG,
      posts: POSTS,
      rates: RATES,
      durations: {
        createMinutes: 60,
        reviewMinutesPerStep: 0,
        handoffMinutes: 0,
        stepWaitMinutes: 30,
        hubStepWaitMinutes: 600,
      },
    });
    const coordinated = r.models.find((m) => m.model === 'coordinated')!;
    // Create only: 60 × 33,000 = 1,980,000 / 60 = 33,000 cents.
    expect(coordinated.costCents).toBe(33_000);
    expect(coordinated.minutes).toEqual({ create: 360, review: 0, coordinate: 0, total: 360 });
    // [0, 0, 600, 600, 600, 600] → mean 2400 / 6 = 400.
    expect(coordinated.timeToPublish.meanMinutes).toBe(400);
    const holistic = r.models.find((m) => m.model === 'holistic')!;
    expect(holistic.timeToPublish.p90Minutes).toBe(30);
    expect(r.durations.hubStepWaitMinutes).toBe(600);
  });

  it('no posts: zero counts and null averages', () => {
    const r = replayModels({ organization: ORG, posts: [], rates: RATES });
    for (const m of r.models) {
      expect(m.submitted).toBe(0);
      expect(m.stepsPerPost).toBeNull();
      expect(m.costPerPostCents).toBeNull();
      expect(m.timeToPublish).toEqual({ medianMinutes: null, p90Minutes: null, meanMinutes: null });
      expect(m.outcomes).toBeUndefined();
    }
  });

  it('countPublishers partitions the members', () => {
    for (const model of MODELS) {
      const c = countPublishers(compileSnapshot({ ...ORG, model }));
      expect(c.publishDirectly + c.submitWithApproval + c.cannotSubmit).toBe(c.members);
    }
  });
});
