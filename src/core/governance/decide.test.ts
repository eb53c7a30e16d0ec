import { describe, expect, it } from 'vitest';
import { decide } from './decide.ts';
import { codes, org, UNITS } from './decide.fixture.ts';
import { compileSnapshot } from './snapshot.ts';
import type { Snapshot } from './snapshot.ts';

describe('approvers', () => {
  it('the admin flag alone never makes an approver', () => {
    for (const model of [
      'decentralized',
      'coordinated',
      'centralized',
      'multi_coordinated',
    ] as const) {
      const s = org(model, [['a', 'O', 'editor', { admin: true }]]);
      expect(decide(s, 'a', 'approve', { channelId: 'C' }).allowed).toBe(false);
    }
    const holistic = org('holistic', [
      ['a', 'O', 'member', { admin: true, untrained: true }],
      ['t', 'O', 'member'],
    ]);
    expect(codes(decide(holistic, 'a', 'approve', { channelId: 'C' }))).toEqual(['gate.untrained']);
    expect(decide(holistic, 't', 'approve', { channelId: 'C' }).reasons).toEqual([
      { code: 'grant.pool', params: { pool: 'trained_peers' } },
    ]);
  });

  it('gates report the strategy versions and every failing gate', () => {
    const s = compileSnapshot({
      organizationId: 'o',
      model: 'centralized',
      strategyVersion: 3,
      units: UNITS,
      members: [{ id: 'h', admin: false, trained: false, strategyAckVersion: 2 }],
      memberships: [{ memberId: 'h', unitId: 'G', role: 'editor' }],
      channels: [{ id: 'C', unitId: 'U', sensitive: false }],
    });
    expect(decide(s, 'h', 'approve', { channelId: 'C' }).reasons).toEqual([
      { code: 'gate.uninformed', params: { strategyVersion: 3, acknowledgedVersion: 2 } },
      { code: 'gate.untrained' },
    ]);
    expect(decide(s, 'h', 'draft', { channelId: 'C' }).allowed).toBe(true);
  });
});

describe('reasons and targets', () => {
  it('unknown ids', () => {
    const s = org('holistic', [['m', 'U', 'member']]);
    expect(decide(s, 'nobody', 'draft', { channelId: 'C' }).reasons).toEqual([
      { code: 'actor.not_found', params: { actorId: 'nobody' } },
    ]);
    expect(decide(s, 'm', 'draft', { channelId: 'X' })).toMatchObject({
      allowed: false,
      reasons: [{ code: 'target.not_found', params: { kind: 'channel', channelId: 'X' } }],
    });
    expect(decide(s, 'm', 'view_calendar', { unitId: 'X' })).toMatchObject({
      allowed: false,
      reasons: [{ code: 'target.not_found', params: { kind: 'unit', unitId: 'X' } }],
    });
  });

  it('a no names the model rule and where the actor stands', () => {
    const s = org('centralized', [
      ['c', 'G', 'contributor'],
      ['u', 'U', 'lead'],
    ]);
    expect(codes(decide(s, 'c', 'manage_channels', { channelId: 'C' }))).toEqual([
      'model.centralized.hub_only',
      'relation.hub_role_too_low',
    ]);
    expect(codes(decide(s, 'u', 'pause_others', { channelId: 'C' }))).toEqual([
      'model.centralized.hub_only',
      'relation.not_in_hub',
    ]);
    expect(codes(decide(s, 'u', 'reply_inbox', { channelId: 'C' }))).toEqual([
      'inbox.suggest_only',
      'relation.not_in_hub',
    ]);
  });

  it('coordinated: hub members may take over the inbox', () => {
    const s = org('coordinated', [['h', 'G', 'contributor']]);
    expect(decide(s, 'h', 'reply_inbox', { channelId: 'C' }).reasons).toEqual([
      { code: 'grant.hub_takeover', params: { hubUnitId: 'G' } },
    ]);
  });

  it('guidelines at the root: admins (decentralized) or the hub (coordinated), never a lead', () => {
    const dec = org('decentralized', [
      ['a', 'O', 'member', { admin: true }],
      ['l', 'R', 'lead'],
    ]);
    expect(decide(dec, 'a', 'manage_guidelines', { unitId: 'R' }).allowed).toBe(true);
    expect(decide(dec, 'l', 'manage_guidelines', { unitId: 'R' }).allowed).toBe(false);
    expect(decide(dec, 'l', 'manage_guidelines', { unitId: 'A' }).allowed).toBe(true);
    const co = org('coordinated', [
      ['h', 'G', 'editor'],
      ['l', 'R', 'lead'],
    ]);
    expect(decide(co, 'h', 'manage_guidelines', { unitId: 'R' }).allowed).toBe(true);
    expect(codes(decide(co, 'l', 'manage_guidelines', { unitId: 'R' }))).toEqual([
      'model.coordinated.hub_editors_only',
      'relation.not_in_hub',
    ]);
    expect(decide(co, 'l', 'manage_guidelines', { unitId: 'U' }).allowed).toBe(true);
  });

  it('multi: a regional hub manages its subtree only, the global hub everything', () => {
    const s = org('multi_coordinated', [
      ['r', 'HA', 'editor'],
      ['g', 'G', 'editor'],
    ]);
    expect(decide(s, 'r', 'manage_guidelines', { unitId: 'T' }).allowed).toBe(true);
    expect(decide(s, 'r', 'manage_guidelines', { unitId: 'O' }).allowed).toBe(false);
    expect(decide(s, 'r', 'manage_guidelines', { unitId: 'R' }).allowed).toBe(false);
    for (const unitId of ['T', 'O', 'R']) {
      expect(decide(s, 'g', 'manage_guidelines', { unitId }).allowed).toBe(true);
    }
  });
});

describe('view_calendar scopes', () => {
  const scope = (s: Snapshot, actor: string, target: { channelId: string } | { unitId: string }) =>
    decide(s, actor, 'view_calendar', target).scope;

  it('decentralized: read-only outside the own units', () => {
    const s = org('decentralized', [
      ['r', 'R', 'member'],
      ['o', 'O', 'lead'],
    ]);
    expect(scope(s, 'r', { channelId: 'C' })).toBe('all');
    expect(scope(s, 'o', { channelId: 'C' })).toBe('read_only');
  });

  it('centralized: hub members see all, others published and their own', () => {
    const s = org('centralized', [
      ['h', 'HA', 'member'],
      ['l', 'U', 'lead'],
    ]);
    expect(scope(s, 'h', { channelId: 'C' })).toBe('all');
    expect(scope(s, 'l', { channelId: 'C' })).toBe('published_and_own');
  });

  it('multi: drafts only within the own region', () => {
    const s = org('multi_coordinated', [
      ['sib', 'T', 'member'],
      ['reg', 'A', 'member'],
      ['root', 'R', 'lead'],
      ['b', 'B', 'lead'],
      ['q', 'HQ', 'member'],
    ]);
    expect(scope(s, 'sib', { unitId: 'U' })).toBe('all');
    expect(scope(s, 'reg', { channelId: 'C' })).toBe('all');
    expect(scope(s, 'root', { channelId: 'C' })).toBe('published_only');
    expect(scope(s, 'b', { channelId: 'C' })).toBe('published_only');
    expect(scope(s, 'q', { channelId: 'Q' })).toBe('all');
    expect(scope(s, 'sib', { channelId: 'Q' })).toBe('published_only');
  });

  it('holistic and coordinated: everyone sees everything', () => {
    for (const model of ['holistic', 'coordinated'] as const) {
      const s = org(model, [['o', 'O', 'member']]);
      expect(scope(s, 'o', { channelId: 'C' })).toBe('all');
    }
  });
});
