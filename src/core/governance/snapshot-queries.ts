import { RANK_ROLE } from './roles.ts';
import type { Snapshot } from './snapshot.ts';
import type { Role } from './types.ts';

/** Questions about a compiled snapshot by id, for the app and tests; `decide` reads indexes. */

/** Whether the unit id belongs to this organization. */
export function unitExists(s: Snapshot, unitId: string): boolean {
  return s.unitIndex.has(unitId);
}

/** The id of the root unit. */
export function rootUnitId(s: Snapshot): string {
  return s.unitIds[s.root]!;
}

/** O(1): whether unit `a` is `b` or one of its ancestors. Unknown ids → false. */
export function isAncestorOrSelf(s: Snapshot, ancestorId: string, unitId: string): boolean {
  const a = s.unitIndex.get(ancestorId);
  const b = s.unitIndex.get(unitId);
  if (a === undefined || b === undefined) return false;
  return s.tin[a]! <= s.tin[b]! && s.tin[b]! <= s.tout[a]!;
}

/** The unit ids from the root down to `unitId` (inclusive); [] for an unknown id. */
export function unitChain(s: Snapshot, unitId: string): string[] {
  let u = s.unitIndex.get(unitId) ?? -1;
  const chain: string[] = [];
  while (u !== -1) {
    chain.push(s.unitIds[u]!);
    u = s.parent[u]!;
  }
  return chain.reverse();
}

function idOrNull(s: Snapshot, index: number | undefined): string | null {
  return index === undefined || index === -1 ? null : s.unitIds[index]!;
}

/** The covering hub with the deepest `covers` (the responsible hub), or null. */
export function nearestHubOf(s: Snapshot, unitId: string): string | null {
  const u = s.unitIndex.get(unitId);
  return u === undefined ? null : idOrNull(s, s.nearestHub[u]);
}

/** The nearest covering hub that does not cover the root, or null. */
export function regionalHubOf(s: Snapshot, unitId: string): string | null {
  const u = s.unitIndex.get(unitId);
  return u === undefined ? null : idOrNull(s, s.regionalHub[u]);
}

/** The root of the unit's region (the unit its regional hub covers), or null. */
export function regionOf(s: Snapshot, unitId: string): string | null {
  const u = s.unitIndex.get(unitId);
  return u === undefined ? null : idOrNull(s, s.regionRoot[u]);
}

/** The hub covering the root, or null. */
export function globalHubOf(s: Snapshot): string | null {
  return idOrNull(s, s.globalHub);
}

/** Every hub covering the unit (its `covers` is the unit or an ancestor), nearest first. */
export function hubsCovering(s: Snapshot, unitId: string): string[] {
  const u = s.unitIndex.get(unitId);
  if (u === undefined) return [];
  const hubs: number[] = [];
  for (let h = 0; h < s.unitIds.length; h++) {
    const c = s.covers[h]!;
    if (c !== -1 && s.tin[c]! <= s.tin[u]! && s.tin[u]! <= s.tout[c]!) hubs.push(h);
  }
  hubs.sort((x, y) => s.depth[s.covers[y]!]! - s.depth[s.covers[x]!]! || x - y);
  return hubs.map((h) => s.unitIds[h]!);
}

/** The member's memberships; [] for an unknown id. */
export function membershipsOf(s: Snapshot, memberId: string): { unitId: string; role: Role }[] {
  const m = s.memberIndex.get(memberId);
  if (m === undefined) return [];
  const out: { unitId: string; role: Role }[] = [];
  for (let i = s.membershipStart[m]!; i < s.membershipStart[m + 1]!; i++) {
    out.push({ unitId: s.unitIds[s.membershipUnit[i]!]!, role: RANK_ROLE[s.membershipRole[i]!]! });
  }
  return out;
}

/** The direct memberships of a unit (not inherited ones); [] for an unknown id. */
export function membersOf(s: Snapshot, unitId: string): { memberId: string; role: Role }[] {
  const u = s.unitIndex.get(unitId);
  if (u === undefined) return [];
  const out: { memberId: string; role: Role }[] = [];
  for (let i = s.unitMemberStart[u]!; i < s.unitMemberStart[u + 1]!; i++) {
    out.push({ memberId: s.memberIds[s.unitMember[i]!]!, role: RANK_ROLE[s.unitMemberRole[i]!]! });
  }
  return out;
}

/**
 * The member's effective role on a unit: the highest role among their memberships in the unit or
 * any ancestor (roles inherit down the tree). Null when they hold none there.
 */
export function effectiveRoleOf(s: Snapshot, memberId: string, unitId: string): Role | null {
  const m = s.memberIndex.get(memberId);
  const u = s.unitIndex.get(unitId);
  if (m === undefined || u === undefined) return null;
  let best = -1;
  for (let i = s.membershipStart[m]!; i < s.membershipStart[m + 1]!; i++) {
    const a = s.membershipUnit[i]!;
    if (s.tin[a]! <= s.tin[u]! && s.tin[u]! <= s.tout[a]! && s.membershipRole[i]! > best) {
      best = s.membershipRole[i]!;
    }
  }
  return RANK_ROLE[best] ?? null;
}
