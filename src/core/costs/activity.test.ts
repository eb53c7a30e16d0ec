import { describe, expect, it } from 'vitest';
import { activityEntrySchema, isHubPool, postTimelineSchema, rateOf } from './activity.ts';

const entry = {
  at: '2026-03-02T08:00:00Z',
  memberId: 'alice',
  kind: 'post.created',
  category: 'create',
  minutes: 30,
  postId: 'P1',
};

const timeline = {
  postId: 'P1',
  authorId: 'alice',
  unitId: 'U1',
  channelIds: ['C1'],
  createdAt: '2026-03-02T08:00:00Z',
  publishedAt: '2026-03-02T14:00:00Z',
  approvalSteps: [
    { pool: 'hub', openedAt: '2026-03-02T09:30:00Z', decidedAt: '2026-03-02T12:00:00Z' },
  ],
};

const pathsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('activityEntrySchema', () => {
  it('parses an entry, times as dates', () => {
    const parsed = activityEntrySchema.parse(entry);
    expect(parsed.at).toEqual(new Date('2026-03-02T08:00:00Z'));
    expect(parsed.minutes).toBe(30);
  });

  it.each([
    [{ minutes: -5 }, 'minutes'],
    [{ minutes: 1.5 }, 'minutes'],
    [{ category: 'meeting' }, 'category'],
    [{ at: 'not a date' }, 'at'],
    [{ memberId: '' }, 'memberId'],
    [{ channelId: '' }, 'channelId'],
  ])('refuses %j at its path', (change, path) => {
    expect(pathsOf(activityEntrySchema.safeParse({ ...entry, ...change }))).toEqual([path]);
  });
});

describe('postTimelineSchema', () => {
  it('parses a timeline', () => {
    const parsed = postTimelineSchema.parse(timeline);
    expect(parsed.approvalSteps![0]!.decidedAt).toEqual(new Date('2026-03-02T12:00:00Z'));
  });

  it('refuses a step decided before it opened', () => {
    const bad = {
      ...timeline,
      approvalSteps: [{ ...timeline.approvalSteps[0]!, decidedAt: '2026-03-02T09:00:00Z' }],
    };
    expect(pathsOf(postTimelineSchema.safeParse(bad))).toEqual(['approvalSteps.0.decidedAt']);
  });

  it('refuses publication before creation, and an unknown pool', () => {
    expect(
      pathsOf(postTimelineSchema.safeParse({ ...timeline, publishedAt: '2026-03-01T00:00:00Z' })),
    ).toEqual(['publishedAt']);
    const pool = { ...timeline, approvalSteps: [{ ...timeline.approvalSteps[0]!, pool: 'boss' }] };
    expect(pathsOf(postTimelineSchema.safeParse(pool))).toEqual(['approvalSteps.0.pool']);
  });
});

describe('rates and pools', () => {
  it('a member without a rate costs the default, else 0', () => {
    const rates = { hourlyRateCents: new Map([['alice', 6000]]) };
    expect(rateOf(rates, 'alice')).toBe(6000);
    expect(rateOf(rates, 'dave')).toBe(0);
    expect(rateOf({ ...rates, defaultHourlyRateCents: 2500 }, 'dave')).toBe(2500);
  });

  it('hub pools are the four that name a hub', () => {
    expect(isHubPool('hub')).toBe(true);
    expect(isHubPool('hub_editors')).toBe(true);
    expect(isHubPool('regional_hub')).toBe(true);
    expect(isHubPool('global_hub')).toBe(true);
    expect(isHubPool('unit_leads')).toBe(false);
    expect(isHubPool('trained_peers')).toBe(false);
  });
});
