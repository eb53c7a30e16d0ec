import { describe, expect, it } from 'vitest';
import type { Post } from '../../contracts/posts.ts';
import type { Unit } from '../../contracts/units.ts';
import type { Me } from '../api/auth.ts';
import { inOpenPool, openStep } from './may-approve.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ROOT = id(1);
const HUB = id(2);
const BRANCH = id(3);
const TEAM = id(4);
const ME = id(10);
const AUTHOR = id(11);

const unit = (uid: string, parentId: string | null, isHub = false): Unit => ({
  id: uid,
  parentId,
  name: uid,
  kind: 'department',
  isHub,
  covers: isHub ? ROOT : null,
  contributorsNeedLead: null,
});
const UNITS = [unit(ROOT, null), unit(HUB, ROOT, true), unit(BRANCH, ROOT), unit(TEAM, BRANCH)];

function me(memberships: Me['memberships'], trained = true): Me {
  return {
    member: {
      id: ME,
      email: 'me@example.com',
      name: 'Me',
      locale: 'en',
      admin: false,
      trainedAt: trained ? '2026-01-01T00:00:00.000Z' : null,
      strategyAckVersion: 1,
      weeklyHours: 1,
      hourlyRateCents: 0,
      onSite: true,
      emailNotifications: true,
      invitePending: false,
      memberships: memberships.map(({ unitId, role }) => ({ unitId, role })),
      createdAt: '2026-01-01T00:00:00.000Z',
    },
    organization: { id: id(99), name: 'Org', locale: 'en', timeZone: 'UTC', model: 'centralized' },
    memberships,
    csrfToken: null,
  };
}

type Step = Post['approval']['steps'][number];
function post(steps: Partial<Step>[], extra: Partial<Post> = {}): Post {
  return {
    id: id(50),
    unitId: BRANCH,
    authorId: AUTHOR,
    campaignId: null,
    title: '',
    labels: [],
    language: 'de',
    status: 'in_review',
    version: 2,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    submittedAt: '2026-01-01T00:00:00.000Z',
    approvedAt: null,
    variants: [],
    approval: {
      round: 1,
      steps: steps.map((s, i) => ({
        id: id(60 + i),
        position: i,
        pool: 'hub_editors',
        unitId: HUB,
        rule: 'any',
        status: 'pending',
        channelIds: [id(70)],
        decidedAt: null,
        decisions: [],
        ...s,
      })),
    },
    ...extra,
  };
}

const hubEditor = me([{ unitId: HUB, unitName: 'Hub', role: 'editor' }]);

describe('who sees a post in their approval queue', () => {
  it('the open step is the first pending one by position', () => {
    const p = post([
      { status: 'approved', position: 0 },
      { status: 'pending', position: 2, pool: 'global_hub' },
      { status: 'pending', position: 1, pool: 'regional_hub' },
    ]);
    expect(openStep(p)?.pool).toBe('regional_hub');
  });

  it('an editor or lead of the hub the step names', () => {
    expect(inOpenPool(hubEditor, UNITS, post([{}]))).toBe(true);
    expect(
      inOpenPool(me([{ unitId: HUB, unitName: 'Hub', role: 'lead' }]), UNITS, post([{}])),
    ).toBe(true);
  });

  it('not a contributor of that hub, nor an editor of another unit', () => {
    expect(
      inOpenPool(me([{ unitId: HUB, unitName: 'Hub', role: 'contributor' }]), UNITS, post([{}])),
    ).toBe(false);
    expect(
      inOpenPool(me([{ unitId: BRANCH, unitName: 'Branch', role: 'editor' }]), UNITS, post([{}])),
    ).toBe(false);
  });

  it('never the author', () => {
    expect(inOpenPool(hubEditor, UNITS, post([{}], { authorId: ME }))).toBe(false);
  });

  it('nobody once the member decided the step, or when the post is not in review', () => {
    const decided = post([
      {
        decisions: [
          { memberId: ME, decision: 'approve', comment: '', createdAt: '2026-01-01T00:00:00.000Z' },
        ],
      },
    ]);
    expect(inOpenPool(hubEditor, UNITS, decided)).toBe(false);
    expect(inOpenPool(hubEditor, UNITS, post([{}], { status: 'approved' }))).toBe(false);
    expect(inOpenPool(hubEditor, UNITS, post([{ status: 'approved' }]))).toBe(false);
  });

  it('unit leads: a lead of the step’s unit or of a unit above it, not below it', () => {
    const step = { pool: 'unit_leads' as const, unitId: BRANCH };
    const lead = (unitId: string) => me([{ unitId, unitName: unitId, role: 'lead' }]);
    expect(inOpenPool(lead(BRANCH), UNITS, post([step]))).toBe(true);
    expect(inOpenPool(lead(ROOT), UNITS, post([step]))).toBe(true);
    expect(inOpenPool(lead(TEAM), UNITS, post([step]))).toBe(false);
    expect(
      inOpenPool(me([{ unitId: BRANCH, unitName: 'b', role: 'editor' }]), UNITS, post([step])),
    ).toBe(false);
  });

  it('trained peers: anyone trained', () => {
    const step = { pool: 'trained_peers' as const, unitId: null };
    expect(inOpenPool(me([]), UNITS, post([step]))).toBe(true);
    expect(inOpenPool(me([], false), UNITS, post([step]))).toBe(false);
  });
});
