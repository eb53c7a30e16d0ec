import { expect } from 'vitest';
import type { Action, Decision, ModelKey, Role, SnapshotInput } from './types.ts';
import { ROLES } from './types.ts';

/**
 * Notation and fixture of the hand-written policy matrix (decide.matrix.test.ts). Independent of
 * matrix.ts on purpose: the test checks matrix.ts against the same table.
 */

export const RELATIONS = {
  own: { unit: 'U', admin: false, matrix: 'own_unit' },
  anc: { unit: 'A', admin: false, matrix: 'ancestor_unit' },
  other: { unit: 'O', admin: false, matrix: 'other_unit' },
  rhub: { unit: 'HA', admin: false, matrix: 'responsible_hub' },
  ghub: { unit: 'G', admin: false, matrix: 'global_hub' },
  admin: { unit: 'O', admin: true, matrix: 'admin_only' },
} as const;
export type Rel = keyof typeof RELATIONS;
const GATES = [
  [true, true],
  [true, false],
  [false, true],
  [false, false],
] as const;
const STEP_CELLS: Record<string, string> = {
  peer: 'trained_peers',
  leads: 'unit_leads',
  hub: 'hub',
  hubed: 'hub_editors',
  reg: 'regional_hub',
};
const SCOPE_CELLS: Record<string, string> = {
  all: 'all',
  ro: 'read_only',
  pao: 'published_and_own',
  po: 'published_only',
};

interface Case {
  rel: Rel;
  role: Role;
  trained: boolean;
  informed: boolean;
  cell: string;
}

/** One case per cell of a table line. */
export function parse(table: string): Case[] {
  const cases: Case[] = [];
  for (const line of table.trim().split('\n')) {
    const [rel, ...groups] = line.split('|').map((part) => part.trim());
    expect(groups).toHaveLength(4);
    groups.forEach((group, r) => {
      const cells = group.split(/\s+/);
      expect(cells).toHaveLength(4);
      cells.forEach((cell, g) => {
        const [trained, informed] = GATES[g]!;
        cases.push({ rel: rel as Rel, role: ROLES[r]!, trained, informed, cell });
      });
    });
  }
  return cases;
}

/** The fixture organization under `model`, one actor per relation × role × gates. */
export function fixture(model: ModelKey): SnapshotInput {
  const members: SnapshotInput['members'] = [];
  const memberships: SnapshotInput['memberships'] = [];
  for (const [rel, { unit, admin }] of Object.entries(RELATIONS)) {
    for (const role of ROLES) {
      for (const [trained, informed] of GATES) {
        const id = `${rel}/${role}/${trained}/${informed}`;
        members.push({ id, admin, trained, strategyAckVersion: informed ? 1 : 0 });
        memberships.push({ memberId: id, unitId: unit, role });
      }
    }
  }
  const u = (id: string, parentId: string | null, covers: string | null = null) => ({
    id,
    parentId,
    kind: 'department' as const,
    name: id,
    isHub: covers !== null,
    covers,
  });
  return {
    organizationId: 'org',
    model,
    strategyVersion: 1,
    units: [u('G', 'R', 'R'), u('U', 'A'), u('A', 'R'), u('R', null), u('HA', 'R', 'A')].concat([
      u('O', 'B'),
      u('B', 'R'),
    ]),
    members,
    memberships,
    channels: [{ id: 'C', unitId: 'U', sensitive: false }],
  };
}

const CELL_OF_POOL = Object.fromEntries(Object.entries(STEP_CELLS).map(([k, v]) => [v, k]));
const CELL_OF_SCOPE = Object.fromEntries(Object.entries(SCOPE_CELLS).map(([k, v]) => [v, k]));

interface Answer {
  allowed: boolean;
  steps: readonly { pool: string; rule: string }[];
  scope?: Decision['scope'];
}

/** The decision in the table's notation, so that a mismatch prints both cells. */
export function cellOf(d: Answer, action: Action): string {
  if (action === 'view_calendar') return d.allowed ? (CELL_OF_SCOPE[d.scope ?? ''] ?? '?') : 'n';
  if (!d.allowed) return d.steps.length === 0 ? 'n' : 'n+steps?';
  if (d.steps.length === 0) return 'y';
  return d.steps
    .map((s) => (s.rule === 'any' ? CELL_OF_POOL[s.pool] : `${s.pool}(${s.rule})`))
    .join('+');
}
