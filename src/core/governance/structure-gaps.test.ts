import { describe, expect, it } from 'vitest';
import { org, unit, UNITS, type Person } from './decide.fixture.ts';
import { compileSnapshot } from './snapshot.ts';
import { structureGaps } from './structure-gaps.ts';
import type { ModelKey, UnitInput } from './types.ts';

/** R ─┬─ A (region) ─ U;  B (region) ─ O;  HQ. No hubs. */
const FLAT: UnitInput[] = UNITS.filter((u) => !u.isHub);
const PEOPLE: Person[] = [
  ['hubEditor', 'G', 'editor'],
  ['regionEditor', 'HA', 'editor'],
  ['lead', 'U', 'lead'],
];

const summary = (model: ModelKey, units: UnitInput[], people: Person[] = PEOPLE) =>
  structureGaps(
    org(
      model,
      people.filter(([, u]) => units.some((x) => x.id === u)),
      { units },
    ),
    units,
  ).map((g) => `${g.required ? '!' : '?'} ${g.code} ${g.params.unitId ?? ''}`.trim());

describe('structureGaps', () => {
  it('holistic and decentralized need no hub', () => {
    expect(summary('holistic', FLAT)).toEqual([]);
    expect(summary('decentralized', FLAT, [['boss', 'R', 'lead']])).toEqual([]);
  });

  it('coordinated and centralized need a hub covering the root, and say where to put it', () => {
    for (const model of ['coordinated', 'centralized'] as const) {
      const gaps = structureGaps(org(model, [['lead', 'U', 'lead']], { units: FLAT }), FLAT);
      expect(gaps).toEqual([
        {
          code: 'structure.root_hub_missing',
          required: true,
          params: { model, unitId: 'R' },
          fixes: [{ kind: 'create_hub', parentId: 'R', covers: 'R' }],
        },
      ]);
      expect(summary(model, UNITS)).toEqual([]);
    }
  });

  it('a hub covering only a region does not stand in for the root hub', () => {
    const units = UNITS.filter((u) => u.id !== 'G');
    expect(summary('coordinated', units)).toEqual(['! structure.root_hub_missing R']);
  });

  it('multi_coordinated needs a global hub and regional hubs', () => {
    const gaps = structureGaps(org('multi_coordinated', [], { units: FLAT }), FLAT);
    expect(gaps.map((g) => g.code)).toEqual([
      'structure.global_hub_missing',
      'structure.regional_hubs_missing',
    ]);
    // One hub per region under the root (A and B are regions; HQ is a department).
    expect(gaps[1]!.fixes).toEqual([
      { kind: 'create_hub', parentId: 'A', covers: 'A' },
      { kind: 'create_hub', parentId: 'B', covers: 'B' },
    ]);
  });

  it('multi_coordinated without regions suggests a hub for each unit under the root', () => {
    const units = [unit('R', null, { kind: 'company' }), unit('X', 'R'), unit('Y', 'R')];
    const s = compileSnapshot({
      organizationId: 'o',
      model: 'multi_coordinated',
      strategyVersion: 0,
      units: [...units, unit('G', 'R', { isHub: true, covers: 'R' })],
      members: [{ id: 'g', admin: false, trained: true, strategyAckVersion: 0 }],
      memberships: [{ memberId: 'g', unitId: 'G', role: 'editor' }],
      channels: [],
    });
    expect(structureGaps(s, units)).toEqual([
      {
        code: 'structure.regional_hubs_missing',
        required: true,
        params: { model: 'multi_coordinated' },
        fixes: [
          { kind: 'create_hub', parentId: 'X', covers: 'X' },
          { kind: 'create_hub', parentId: 'Y', covers: 'Y' },
        ],
      },
    ]);
  });

  it('multi_coordinated with some regional hubs only recommends the missing ones', () => {
    expect(summary('multi_coordinated', UNITS)).toEqual(['? structure.region_without_hub B']);
  });

  it('recommends editors for a hub without any', () => {
    expect(summary('centralized', UNITS, [['lead', 'U', 'lead']])).toEqual([
      '? structure.hub_without_editors HA',
      '? structure.hub_without_editors G',
    ]);
    // A contributor in the hub does not approve.
    expect(
      summary('coordinated', UNITS, [
        ['c', 'G', 'contributor'],
        ['e', 'HA', 'lead'],
      ]),
    ).toEqual(['? structure.hub_without_editors G']);
  });

  it('holistic: recommends training when nobody is trained', () => {
    const s = org('holistic', [['m', 'U', 'member', { untrained: true }]], { units: FLAT });
    expect(structureGaps(s, FLAT)).toEqual([
      {
        code: 'structure.no_trained_members',
        required: false,
        params: { model: 'holistic' },
        fixes: [{ kind: 'record_training' }],
      },
    ]);
  });

  it('decentralized: recommends a lead where contributors need one', () => {
    // Channels C and S are on U, Q on HQ; the lead of U covers U only.
    expect(summary('decentralized', FLAT)).toEqual(['? structure.unit_without_lead HQ']);
    const relaxed = org('decentralized', [['lead', 'U', 'lead']], {
      units: FLAT,
      settings: { decentralized: { contributorsNeedLeadDefault: false } },
    });
    expect(structureGaps(relaxed, FLAT)).toEqual([]);
    // A lead of the root covers every unit.
    expect(summary('decentralized', FLAT, [['boss', 'R', 'lead']])).toEqual([]);
  });
});
