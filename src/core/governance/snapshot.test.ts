import { describe, expect, it } from 'vitest';
import {
  compileSnapshot,
  effectiveRoleOf,
  globalHubOf,
  hubsCovering,
  isAncestorOrSelf,
  membershipsOf,
  membersOf,
  nearestHubOf,
  regionalHubOf,
  regionOf,
  rootUnitId,
  SnapshotError,
  unitChain,
  unitExists,
} from './snapshot.ts';
import type { SnapshotErrorCode } from './snapshot.ts';
import type { SnapshotInput, UnitInput } from './types.ts';

function unit(id: string, parentId: string | null, covers: string | null = null): UnitInput {
  return { id, parentId, kind: 'department', name: id, isHub: covers !== null, covers };
}

/*
 * R ─┬─ E (region) ─┬─ E1 ── E1a       HE (hub, covers E)     HE1 (hub under E, covers E1)
 *    │              └─ E2              G (hub, covers R)
 *    ├─ W (region) ── W1               HW (hub, covers W)
 *    └─ X (no regional hub)
 */
const UNITS: UnitInput[] = [
  unit('E1a', 'E1'),
  unit('R', null),
  unit('E', 'R'),
  unit('E1', 'E'),
  unit('E2', 'E'),
  unit('W', 'R'),
  unit('W1', 'W'),
  unit('X', 'R'),
  unit('HE', 'R', 'E'),
  unit('HE1', 'E', 'E1'),
  unit('HW', 'R', 'W'),
  unit('G', 'R', 'R'),
];

function input(over: Partial<SnapshotInput> = {}): SnapshotInput {
  return {
    organizationId: 'o',
    model: 'multi_coordinated',
    strategyVersion: 0,
    units: UNITS,
    members: [
      { id: 'm1', admin: false, trained: true, strategyAckVersion: 0 },
      { id: 'm2', admin: true, trained: false, strategyAckVersion: 0 },
    ],
    memberships: [
      { memberId: 'm1', unitId: 'E', role: 'contributor' },
      { memberId: 'm1', unitId: 'E1', role: 'editor' },
      { memberId: 'm2', unitId: 'E1', role: 'member' },
    ],
    channels: [{ id: 'c', unitId: 'E1a', sensitive: false }],
    ...over,
  };
}

function failure(over: Partial<SnapshotInput>): SnapshotErrorCode | undefined {
  try {
    compileSnapshot(input(over));
  } catch (error) {
    if (error instanceof SnapshotError) return error.code;
    throw error;
  }
  return undefined;
}

describe('compileSnapshot validation', () => {
  it.each<[string, Partial<SnapshotInput>, SnapshotErrorCode]>([
    ['two roots', { units: [...UNITS, unit('R2', null)] }, 'unit.multiple_roots'],
    ['no root', { units: [unit('a', 'b'), unit('b', 'a')] }, 'unit.no_root'],
    [
      'a cycle beside the root',
      { units: [unit('R', null), unit('a', 'b'), unit('b', 'c'), unit('c', 'a'), unit('d', 'a')] },
      'unit.cycle',
    ],
    ['a unit that is its own parent', { units: [unit('R', null), unit('a', 'a')] }, 'unit.cycle'],
    ['a missing parent', { units: [...UNITS, unit('lost', 'nowhere')] }, 'unit.parent_missing'],
    [
      'covers pointing nowhere',
      { units: [...UNITS, unit('H', 'R', 'nowhere')] },
      'hub.covers_missing',
    ],
    [
      'a hub without covers',
      { units: [...UNITS, { ...unit('H', 'R'), isHub: true }] },
      'hub.covers_missing',
    ],
    ['a duplicate unit', { units: [...UNITS, unit('E', 'R')] }, 'unit.duplicate'],
    [
      'a membership of an unknown member',
      { memberships: [{ memberId: 'ghost', unitId: 'E', role: 'lead' }] },
      'membership.member_missing',
    ],
    [
      'a membership in an unknown unit',
      { memberships: [{ memberId: 'm1', unitId: 'ghost', role: 'lead' }] },
      'membership.unit_missing',
    ],
    [
      'a channel of an unknown unit',
      { channels: [{ id: 'c', unitId: 'ghost', sensitive: false }] },
      'channel.unit_missing',
    ],
  ])('rejects %s', (_name, over, code) => {
    expect(failure(over)).toBe(code);
  });

  it('accepts units in any order and names the offending ids', () => {
    expect(failure({})).toBeUndefined();
    try {
      compileSnapshot(input({ units: [...UNITS, unit('lost', 'nowhere')] }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SnapshotError);
      expect((error as SnapshotError).details).toEqual({ unitId: 'lost', parentId: 'nowhere' });
    }
  });
});

describe('compiled tree', () => {
  const s = compileSnapshot(input());

  it('answers ancestor questions', () => {
    expect(rootUnitId(s)).toBe('R');
    expect(unitExists(s, 'E1a')).toBe(true);
    expect(unitExists(s, 'nope')).toBe(false);
    for (const [a, b, yes] of [
      ['R', 'E1a', true],
      ['E', 'E1a', true],
      ['E1a', 'E1a', true],
      ['E1a', 'E', false],
      ['E2', 'E1a', false],
      ['W', 'E1', false],
      ['HE', 'E1', false],
      ['nope', 'E1', false],
    ] as const) {
      expect(isAncestorOrSelf(s, a, b), `${a} above ${b}`).toBe(yes);
    }
    expect(unitChain(s, 'E1a')).toEqual(['R', 'E', 'E1', 'E1a']);
    expect(s.depth[s.unitIndex.get('E1a')!]).toBe(3);
  });

  it('finds the nearest, regional and global hubs and the region', () => {
    expect(globalHubOf(s)).toBe('G');
    expect(nearestHubOf(s, 'E1a')).toBe('HE1');
    expect(nearestHubOf(s, 'E2')).toBe('HE');
    expect(nearestHubOf(s, 'X')).toBe('G');
    expect(nearestHubOf(s, 'R')).toBe('G');
    expect(regionalHubOf(s, 'E1a')).toBe('HE1');
    expect(regionalHubOf(s, 'W1')).toBe('HW');
    expect(regionalHubOf(s, 'X')).toBeNull();
    expect(regionalHubOf(s, 'R')).toBeNull();
    expect(regionOf(s, 'E2')).toBe('E');
    expect(regionOf(s, 'E1a')).toBe('E1');
    expect(regionOf(s, 'HE')).toBeNull();
    expect(hubsCovering(s, 'E1a')).toEqual(['HE1', 'HE', 'G']);
    expect(hubsCovering(s, 'W1')).toEqual(['HW', 'G']);
  });

  it('indexes memberships both ways and derives effective roles', () => {
    expect(membershipsOf(s, 'm1')).toEqual([
      { unitId: 'E', role: 'contributor' },
      { unitId: 'E1', role: 'editor' },
    ]);
    expect(membersOf(s, 'E1')).toEqual([
      { memberId: 'm1', role: 'editor' },
      { memberId: 'm2', role: 'member' },
    ]);
    expect(effectiveRoleOf(s, 'm1', 'E1a')).toBe('editor');
    expect(effectiveRoleOf(s, 'm1', 'E2')).toBe('contributor');
    expect(effectiveRoleOf(s, 'm1', 'W')).toBeNull();
    expect(effectiveRoleOf(s, 'm2', 'E1a')).toBe('member');
  });

  it('keeps member flags, with strategy version 0 meaning everyone is informed', () => {
    const m2 = s.memberIndex.get('m2')!;
    expect([s.admin[m2], s.trained[m2], s.informed[m2]]).toEqual([1, 0, 1]);
    const v2 = compileSnapshot(input({ strategyVersion: 2 }));
    expect(v2.informed[m2]).toBe(0);
  });
});
