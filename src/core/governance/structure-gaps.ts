import { MODEL_INFO } from './models.ts';
import { EDITOR, LEAD } from './roles.ts';
import type { Snapshot } from './snapshot.ts';
import type { UnitInput } from './types.ts';

/**
 * What the unit tree and the people lack for a snapshot's model, with what would close each gap.
 * `required` gaps leave the model without the hub its rules are built on (every decision that
 * needs it says `structure.missing_hub`); the others leave some posts without anyone to approve
 * them, or make a hub stand in where the model expects a nearer one.
 */
export const STRUCTURE_GAP_CODES = [
  /** coordinated, centralized: no hub covers the root. Required. */
  'structure.root_hub_missing',
  /** multi_coordinated: no hub covers the root (the global hub). Required. */
  'structure.global_hub_missing',
  /** multi_coordinated: no hub below the root at all. Required. */
  'structure.regional_hubs_missing',
  /** multi_coordinated: a region or business unit under the root has no hub of its own; the global hub stands in. */
  'structure.region_without_hub',
  /** Hub models: a hub without an editor or lead, so its approval steps have no approver. */
  'structure.hub_without_editors',
  /** holistic: nobody is trained, so no untrained author's post can be approved. */
  'structure.no_trained_members',
  /** decentralized: a unit with channels whose contributors need a lead, and no lead on it or above. */
  'structure.unit_without_lead',
] as const;
export type StructureGapCode = (typeof STRUCTURE_GAP_CODES)[number];

/** One way to close a gap. */
export type StructureFix =
  | { kind: 'create_hub'; parentId: string; covers: string }
  | { kind: 'assign_role'; unitId: string; role: 'editor' | 'lead' }
  | { kind: 'record_training' };

export interface StructureGap {
  code: StructureGapCode;
  required: boolean;
  /** `unitId` (the unit concerned, a hub for `hub_without_editors`) and `model`. */
  params: { model: string; unitId?: string };
  /** What would close it; any one of the `create_hub` fixes of `regional_hubs_missing` does. */
  fixes: StructureFix[];
}

function gap(
  s: Snapshot,
  code: StructureGapCode,
  required: boolean,
  fixes: StructureFix[],
  unit?: number,
): StructureGap {
  return {
    code,
    required,
    params: { model: s.model, ...(unit === undefined ? {} : { unitId: s.unitIds[unit]! }) },
    fixes,
  };
}

/** Whether unit `u` has a direct member with a role of at least `rank`. */
function hasDirectRole(s: Snapshot, u: number, rank: number): boolean {
  for (let i = s.unitMemberStart[u]!; i < s.unitMemberStart[u + 1]!; i++) {
    if (s.unitMemberRole[i]! >= rank) return true;
  }
  return false;
}

/** Whether someone is a lead of `u` or of one of its ancestors. */
function hasLeadAbove(s: Snapshot, u: number): boolean {
  for (let a = u; a !== -1; a = s.parent[a]!) if (hasDirectRole(s, a, LEAD)) return true;
  return false;
}

/**
 * The units directly under the root that a regional hub would steer: regions and business units,
 * or, when there are none, every unit under the root that is not a hub itself.
 */
function regionCandidates(s: Snapshot, kinds: ReadonlyMap<string, string>): number[] {
  const children: number[] = [];
  for (let u = 0; u < s.unitIds.length; u++) {
    if (s.parent[u] === s.root && s.isHub[u] === 0) children.push(u);
  }
  const regions = children.filter((u) => {
    const kind = kinds.get(s.unitIds[u]!);
    return kind === 'region' || kind === 'business_unit';
  });
  return regions.length > 0 ? regions : children;
}

/**
 * The gaps between the organization's structure and what `snapshot.model` needs, required ones
 * first. `units` gives the unit kinds (the snapshot does not keep them); only `id` and `kind` are
 * read. Pure; O(units + memberships + channels).
 */
export function structureGaps(
  snapshot: Snapshot,
  units: readonly Pick<UnitInput, 'id' | 'kind'>[],
): StructureGap[] {
  const s = snapshot;
  const structure = MODEL_INFO[s.model].structure;
  const required: StructureGap[] = [];
  const recommended: StructureGap[] = [];
  const rootId = s.unitIds[s.root]!;
  const rootHub: StructureFix = { kind: 'create_hub', parentId: rootId, covers: rootId };

  if (structure === 'root_hub' && s.globalHub === -1) {
    required.push(gap(s, 'structure.root_hub_missing', true, [rootHub], s.root));
  }
  if (structure === 'global_and_regional_hubs') {
    if (s.globalHub === -1) {
      required.push(gap(s, 'structure.global_hub_missing', true, [rootHub], s.root));
    }
    const kinds = new Map(units.map((u) => [u.id, u.kind]));
    const candidates = regionCandidates(s, kinds);
    let regional = 0;
    for (let h = 0; h < s.unitIds.length; h++) {
      if (s.isHub[h] === 1 && s.covers[h] !== s.root) regional++;
    }
    const hubFor = (u: number): StructureFix => ({
      kind: 'create_hub',
      parentId: s.unitIds[u]!,
      covers: s.unitIds[u]!,
    });
    if (regional === 0) {
      required.push(gap(s, 'structure.regional_hubs_missing', true, candidates.map(hubFor)));
    } else {
      for (const u of candidates) {
        if (s.regionalHub[u] === -1) {
          recommended.push(gap(s, 'structure.region_without_hub', false, [hubFor(u)], u));
        }
      }
    }
  }
  if (s.usesHubs) {
    for (let h = 0; h < s.unitIds.length; h++) {
      if (s.isHub[h] === 1 && !hasDirectRole(s, h, EDITOR)) {
        recommended.push(
          gap(
            s,
            'structure.hub_without_editors',
            false,
            [{ kind: 'assign_role', unitId: s.unitIds[h]!, role: 'editor' }],
            h,
          ),
        );
      }
    }
  }
  if (s.model === 'holistic' && s.memberIds.length > 0 && !s.trained.includes(1)) {
    recommended.push(gap(s, 'structure.no_trained_members', false, [{ kind: 'record_training' }]));
  }
  if (s.model === 'decentralized') {
    const withChannels = new Set<number>();
    for (let c = 0; c < s.channelIds.length; c++) withChannels.add(s.channelUnit[c]!);
    for (const u of [...withChannels].sort((x, y) => x - y)) {
      if (s.contributorsNeedLead[u] === 1 && !hasLeadAbove(s, u)) {
        recommended.push(
          gap(
            s,
            'structure.unit_without_lead',
            false,
            [{ kind: 'assign_role', unitId: s.unitIds[u]!, role: 'lead' }],
            u,
          ),
        );
      }
    }
  }
  return [...required, ...recommended];
}
