import { describe, expect, it } from 'vitest';
import { decide } from './decide.ts';
import { org, type Person } from './decide.fixture.ts';
import { compareDecisions, countRightsDiff, diffRights, type RightChange } from './diff.ts';
import { matrixFixture } from './matrix.ts';
import { compileSnapshot } from './snapshot.ts';
import type { ModelKey } from './types.ts';
import { ACTIONS, MODELS } from './types.ts';

const PEOPLE: Person[] = [
  ['unitEditor', 'U', 'editor'],
  ['unitLead', 'U', 'lead'],
  ['contributor', 'U', 'contributor', { untrained: true }],
  ['hubEditor', 'G', 'editor'],
  ['other', 'O', 'member'],
];

/** The changes of one member as `action channel change` lines, for readable expectations. */
function lines(changes: readonly RightChange[] | undefined): string[] {
  return (changes ?? []).map((c) => `${c.action} ${c.channelId} ${c.change}`);
}

function changesOf(from: ModelKey, to: ModelKey, memberId: string): RightChange[] | undefined {
  return diffRights(org(from, PEOPLE), org(to, PEOPLE)).find((m) => m.memberId === memberId)
    ?.changes;
}

describe('diffRights', () => {
  it('finds nothing when the model stays', () => {
    for (const model of MODELS) {
      expect(diffRights(org(model, PEOPLE), org(model, PEOPLE)), model).toEqual([]);
    }
  });

  it('coordinated → centralized: unit editors now need the hub, unit leads lose their channels', () => {
    const editor = changesOf('coordinated', 'centralized', 'unitEditor')!;
    const publishC = editor.find((c) => c.action === 'publish' && c.channelId === 'C')!;
    expect(publishC).toEqual({
      action: 'publish',
      channelId: 'C',
      change: 'changed',
      before: { allowed: true, steps: [] },
      // The nearest hub covering U is HA (it covers region A).
      after: { allowed: true, steps: [{ pool: 'hub_editors', unitId: 'HA', rule: 'any' }] },
    });
    expect(lines(changesOf('coordinated', 'centralized', 'unitLead'))).toEqual(
      expect.arrayContaining(['manage_channels C lost', 'manage_guidelines C lost']),
    );
    // The hub editor may do everything in both models: no change at all.
    expect(changesOf('coordinated', 'centralized', 'hubEditor')).toBeUndefined();
  });

  it('centralized → holistic: hub editors lose the hub, others publish without it', () => {
    expect(lines(changesOf('centralized', 'holistic', 'hubEditor'))).toEqual(
      expect.arrayContaining(['manage_channels C lost', 'manage_guidelines C lost']),
    );
    expect(lines(changesOf('centralized', 'holistic', 'other'))).toEqual(
      expect.arrayContaining(['publish C changed', 'approve C gained', 'reply_inbox C gained']),
    );
  });

  it('reports a new calendar scope as a change', () => {
    const other = changesOf('holistic', 'centralized', 'other')!;
    const calendar = other.find((c) => c.action === 'view_calendar' && c.channelId === 'C')!;
    expect(calendar.change).toBe('changed');
    expect(calendar.before.scope).toBe('all');
    expect(calendar.after.scope).toBe('published_and_own');
  });

  it('sees model settings: decentralized contributors without the lead step', () => {
    const people: Person[] = [['c', 'U', 'contributor']];
    const before = org('decentralized', people);
    const after = org('decentralized', people, {
      settings: { decentralized: { contributorsNeedLeadDefault: false } },
    });
    const diff = diffRights(before, after);
    expect(diff).toHaveLength(1);
    expect(lines(diff[0]!.changes)).toEqual(['publish C changed', 'publish S changed']);
    expect(diff[0]!.changes[0]!.before.steps).toEqual([
      { pool: 'unit_leads', unitId: 'U', rule: 'any' },
    ]);
    expect(diff[0]!.changes[0]!.after.steps).toEqual([]);
  });

  it('skips members and channels the target does not know', () => {
    const before = org('coordinated', PEOPLE);
    const after = compileSnapshot({
      ...matrixFixture('centralized'),
      members: [{ id: 'unitLead', admin: false, trained: true, strategyAckVersion: 1 }],
      memberships: [{ memberId: 'unitLead', unitId: 'U', role: 'lead' }],
      channels: [{ id: 'C', unitId: 'U', sensitive: false }],
    });
    const diff = diffRights(before, after);
    expect(diff.map((m) => m.memberId)).toEqual(['unitLead']);
    expect(new Set(diff[0]!.changes.map((c) => c.channelId))).toEqual(new Set(['C']));
  });

  it('is complete and exact for every pair of models on the matrix fixture', () => {
    const wrong: string[] = [];
    for (const from of MODELS) {
      for (const to of MODELS) {
        const before = compileSnapshot(matrixFixture(from));
        const after = compileSnapshot(matrixFixture(to));
        const found = new Map<string, RightChange>();
        for (const m of diffRights(before, after)) {
          for (const c of m.changes) found.set(`${m.memberId} ${c.channelId} ${c.action}`, c);
        }
        let differing = 0;
        for (const memberId of before.memberIds) {
          for (const action of ACTIONS) {
            const b = decide(before, memberId, action, { channelId: 'C' }, {});
            const a = decide(after, memberId, action, { channelId: 'C' }, {});
            const view = (d: typeof a) => JSON.stringify([d.allowed, d.steps, d.scope ?? null]);
            const differs = b.allowed !== a.allowed || (a.allowed && view(a) !== view(b));
            const change = found.get(`${memberId} C ${action}`);
            const where = `${from}→${to} ${memberId} ${action}`;
            if ((change !== undefined) !== differs) wrong.push(`${where}: missed or invented`);
            if (!change) continue;
            differing++;
            if (
              change.before.allowed !== b.allowed ||
              change.after.allowed !== a.allowed ||
              JSON.stringify(change.after.steps) !== JSON.stringify(a.steps)
            ) {
              wrong.push(`${where}: wrong sides`);
            }
          }
        }
        if (found.size !== differing) wrong.push(`${from}→${to}: changes on unknown cells`);
        if ((from === to) !== (differing === 0)) wrong.push(`${from}→${to}: ${differing} changes`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('compareDecisions and countRightsDiff', () => {
  const yes = { allowed: true, steps: [], reasons: [] };
  const no = { allowed: false, steps: [], reasons: [] };
  const hub = {
    allowed: true,
    steps: [{ pool: 'hub' as const, unitId: 'G', rule: 'any' as const }],
    reasons: [],
  };

  it.each([
    ['no → yes', no, yes, 'gained'],
    ['yes → no', yes, no, 'lost'],
    ['no → no', no, no, null],
    ['yes → yes', yes, yes, null],
    ['yes → yes with a step', yes, hub, 'changed'],
    ['other reasons only', yes, { ...yes, reasons: [{ code: 'grant.admin' }] }, null],
    [
      'another scope',
      { ...yes, scope: 'all' as const },
      { ...yes, scope: 'read_only' as const },
      'changed',
    ],
  ])('%s', (_, before, after, expected) => {
    expect(compareDecisions(before, after)).toBe(expected);
  });

  it('counts members and changes by kind', () => {
    const diff = diffRights(org('centralized', PEOPLE), org('holistic', PEOPLE));
    const counts = countRightsDiff(diff);
    expect(counts.membersAffected).toBe(diff.length);
    const all = diff.flatMap((m) => m.changes);
    expect(counts.gained + counts.lost + counts.changed).toBe(all.length);
    expect(counts.gained).toBe(all.filter((c) => c.change === 'gained').length);
    expect(counts.gained).toBeGreaterThan(0);
    expect(counts.lost).toBeGreaterThan(0);
  });
});
