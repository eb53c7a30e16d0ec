import { compileSnapshot } from './snapshot.ts';
import type { Snapshot } from './snapshot.ts';
import type {
  Decision,
  ModelKey,
  PublishContext,
  Role,
  SnapshotInput,
  UnitInput,
} from './types.ts';

/*
 * Org used below: R ─┬─ A ─── U ─── T (team)      HA (hub, covers A)
 *                    ├─ B ─── O                   G  (hub, covers R)
 *                    └─ HQ (no regional hub)
 * Channels: C on U, S on U (sensitive), Q on HQ.
 */
export type Person = [
  id: string,
  unit: string,
  role: Role,
  flags?: { admin?: boolean; untrained?: boolean },
];

export function unit(
  id: string,
  parentId: string | null,
  extra: Partial<UnitInput> = {},
): UnitInput {
  return { id, parentId, kind: 'department', name: id, isHub: false, covers: null, ...extra };
}

export const UNITS: UnitInput[] = [
  unit('R', null, { kind: 'company' }),
  unit('A', 'R', { kind: 'region' }),
  unit('U', 'A'),
  unit('T', 'U', { kind: 'team' }),
  unit('B', 'R', { kind: 'region' }),
  unit('O', 'B'),
  unit('HQ', 'R'),
  unit('HA', 'R', { isHub: true, covers: 'A' }),
  unit('G', 'R', { isHub: true, covers: 'R' }),
];

export function org(
  model: ModelKey,
  people: Person[],
  opts: { units?: UnitInput[]; settings?: SnapshotInput['settings'] } = {},
): Snapshot {
  return compileSnapshot({
    organizationId: 'o',
    model,
    strategyVersion: 2,
    units: opts.units ?? UNITS,
    members: [...new Set(people.map((p) => p[0]))].map((id) => {
      const flags = people.find((p) => p[0] === id)?.[3] ?? {};
      return { id, admin: !!flags.admin, trained: !flags.untrained, strategyAckVersion: 2 };
    }),
    memberships: people.map(([memberId, unitId, role]) => ({ memberId, unitId, role })),
    channels: [
      { id: 'C', unitId: 'U', sensitive: false },
      { id: 'S', unitId: 'U', sensitive: true },
      { id: 'Q', unitId: 'HQ', sensitive: false },
    ],
    ...(opts.settings ? { settings: opts.settings } : {}),
  });
}

export const codes = (d: Decision) => d.reasons.map((r) => r.code);
export const chain = (d: Decision) => d.steps.map((s) => `${s.pool}:${s.unitId}`);
export const warn = (ruleUnitId: string): PublishContext => ({
  findings: [{ ruleUnitId, severity: 'warn' }],
});
