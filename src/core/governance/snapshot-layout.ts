/**
 * The hot-path layout of a snapshot: packed rows that `decide` reads instead of the per-field
 * arrays, so that a decision touches a few cache lines (one per unit and one per member).
 */

/** Bits of `Snapshot.memberFlags`. */
export const ADMIN_FLAG = 1;
export const TRAINED_FLAG = 2;
export const INFORMED_FLAG = 4;

/** Slots per unit in `Snapshot.grants` (see decision.ts). */
export const GRANT_SLOTS = 16;

/**
 * Layout of `Snapshot.unitRows`: the facts `decide` needs about one unit, side by side so that
 * one cache line serves them. An empty interval (tin 1, tout 0) stands for "none".
 */
export const UNIT_STRIDE = 8;
export const ROW_TIN = 0;
export const ROW_TOUT = 1;
/** Interval of the covered unit, for hubs. */
export const ROW_COVERS_TIN = 2;
export const ROW_COVERS_TOUT = 3;
/** The regional hub, or the global hub when there is none (multi_coordinated), or -1. */
export const ROW_REGIONAL = 4;
/** Interval of the unit's region. */
export const ROW_REGION_TIN = 5;
export const ROW_REGION_TOUT = 6;
export const ROW_NEAREST_HUB = 7;

/** Layout of `Snapshot.memberRows`, see there. */
export const MEMBER_STRIDE = 4;
export const MEMBER_INLINE = MEMBER_STRIDE - 1;

/** One row per unit, see ROW_*. */
export function buildUnitRows(
  tin: Int32Array,
  tout: Int32Array,
  covers: Int32Array,
  nearestHub: Int32Array,
  regionalHub: Int32Array,
  regionRoot: Int32Array,
  globalHub: number,
): Int32Array {
  const n = tin.length;
  const rows = new Int32Array(n * UNIT_STRIDE);
  for (let u = 0; u < n; u++) {
    const at = u * UNIT_STRIDE;
    const c = covers[u]!;
    const r = regionRoot[u]!;
    rows[at + ROW_TIN] = tin[u]!;
    rows[at + ROW_TOUT] = tout[u]!;
    rows[at + ROW_COVERS_TIN] = c === -1 ? 1 : tin[c]!;
    rows[at + ROW_COVERS_TOUT] = c === -1 ? 0 : tout[c]!;
    rows[at + ROW_REGIONAL] = regionalHub[u] !== -1 ? regionalHub[u]! : globalHub;
    rows[at + ROW_REGION_TIN] = r === -1 ? 1 : tin[r]!;
    rows[at + ROW_REGION_TOUT] = r === -1 ? 0 : tout[r]!;
    rows[at + ROW_NEAREST_HUB] = nearestHub[u]!;
  }
  return rows;
}

/** One row per member, see `Snapshot.memberRows`; memberships beyond three go to the overflow. */
export function buildMemberRows(
  membershipStart: Int32Array,
  membershipUnit: Int32Array,
  membershipRole: Uint8Array,
  memberFlags: Uint8Array,
): { memberRows: Int32Array; memberOverflow: Int32Array } {
  const m = memberFlags.length;
  const memberRows = new Int32Array(m * MEMBER_STRIDE);
  const overflow: number[] = [];
  for (let i = 0; i < m; i++) {
    const from = membershipStart[i]!;
    const count = membershipStart[i + 1]! - from;
    let at = i * MEMBER_STRIDE;
    memberRows[at++] = memberFlags[i]! | (count << 8);
    if (count > MEMBER_INLINE) {
      memberRows[at] = overflow.length;
      for (let j = from; j < from + count; j++) {
        overflow.push((membershipUnit[j]! << 2) | membershipRole[j]!);
      }
    } else {
      for (let j = from; j < from + count; j++) {
        memberRows[at++] = (membershipUnit[j]! << 2) | membershipRole[j]!;
      }
    }
  }
  return { memberRows, memberOverflow: Int32Array.from(overflow) };
}
