import { DEFAULT_MODEL_SETTINGS, modelUsesHubs } from './models.ts';
import { ROLE_RANK } from './roles.ts';
import { SnapshotError } from './snapshot-error.ts';
import {
  ADMIN_FLAG,
  buildMemberRows,
  buildUnitRows,
  GRANT_SLOTS,
  INFORMED_FLAG,
  TRAINED_FLAG,
} from './snapshot-layout.ts';
import { buildTree, indexIds } from './snapshot-tree.ts';
import type { Decision, ModelKey, ModelSettings, SnapshotInput } from './types.ts';

export {
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
  unitChain,
  unitExists,
} from './snapshot-queries.ts';

export * from './snapshot-layout.ts';
export { SnapshotError } from './snapshot-error.ts';
export type { SnapshotErrorCode } from './snapshot-error.ts';

/**
 * An organization's compiled state. Units, members and channels are addressed by dense indexes
 * (position in the input arrays); per-index facts live in typed arrays so that `decide` answers
 * with a handful of array reads. Treat it as immutable; a change recompiles it.
 *
 * Unit invariants: `isAncestorOrSelf(a, b)` ⇔ `tin[a] <= tin[b] && tin[b] <= tout[a]`.
 * `-1` stands for "none" in every index array.
 */
export interface Snapshot {
  readonly organizationId: string;
  readonly model: ModelKey;
  /** Whether hub units carry rights in this model (false: they are ordinary units). */
  readonly usesHubs: boolean;
  readonly strategyVersion: number;
  readonly settings: ModelSettings;

  readonly unitIds: readonly string[];
  readonly unitIndex: ReadonlyMap<string, number>;
  readonly root: number;
  readonly parent: Int32Array;
  readonly depth: Int32Array;
  readonly tin: Int32Array;
  readonly tout: Int32Array;
  readonly isHub: Uint8Array;
  /** For hubs: the index of the covered unit; -1 for other units. */
  readonly covers: Int32Array;
  /** The covering hub whose `covers` is deepest (ties: first hub in input order). */
  readonly nearestHub: Int32Array;
  /** The nearest covering hub that does not cover the root (multi_coordinated's regional hub). */
  readonly regionalHub: Int32Array;
  /** The unit the regional hub covers: the root of the unit's region. */
  readonly regionRoot: Int32Array;
  /** The hub covering the root (first in input order), or -1. */
  readonly globalHub: number;
  /** Hot-path copy of the unit facts, `UNIT_STRIDE` per unit (see ROW_*). */
  readonly unitRows: Int32Array;
  /** `contributorsNeedLead` with the model default applied (1/0). */
  readonly contributorsNeedLead: Uint8Array;

  readonly memberIds: readonly string[];
  readonly memberIndex: ReadonlyMap<string, number>;
  readonly admin: Uint8Array;
  readonly trained: Uint8Array;
  readonly strategyAck: Float64Array;
  /** strategyVersion == 0 or strategyAck >= strategyVersion (1/0). */
  readonly informed: Uint8Array;
  /** admin | trained | informed as bits (ADMIN_FLAG, …): one read in the hot path. */
  readonly memberFlags: Uint8Array;
  /** Memberships by member: entries `membershipStart[m] .. membershipStart[m + 1] - 1`. */
  readonly membershipStart: Int32Array;
  readonly membershipUnit: Int32Array;
  /** Role ranks, see roles.ts. */
  readonly membershipRole: Uint8Array;
  /**
   * Hot-path copy of member data, `MEMBER_STRIDE` per member: flags | count << 8, then up to three
   * memberships as unit << 2 | role rank. With more than three, the second slot holds the offset
   * of all of them in `memberOverflow`.
   */
  readonly memberRows: Int32Array;
  readonly memberOverflow: Int32Array;
  /** Memberships by unit: entries `unitMemberStart[u] .. unitMemberStart[u + 1] - 1`. */
  readonly unitMemberStart: Int32Array;
  readonly unitMember: Int32Array;
  readonly unitMemberRole: Uint8Array;

  readonly channelIds: readonly string[];
  readonly channelIndex: ReadonlyMap<string, number>;
  readonly channelUnit: Int32Array;
  readonly channelSensitive: Uint8Array;

  /**
   * Memo of shared, frozen "yes" decisions (a grant on a unit or hub), filled lazily by
   * decision.ts: `unit * GRANT_SLOTS + slot`. Invisible to callers; it only saves allocations.
   */
  readonly grants: (Decision | undefined)[];
}

/**
 * Compiles an organization's state into a `Snapshot` for `decide`. Validates the input and throws
 * `SnapshotError` on duplicate ids, no or several roots, unknown parents, cycles, hubs covering
 * unknown units, and memberships or channels pointing at unknown ids. O(units + members +
 * memberships + channels).
 */
export function compileSnapshot(input: SnapshotInput): Snapshot {
  const { units, members, memberships, channels } = input;
  const settings = input.settings ?? DEFAULT_MODEL_SETTINGS;
  const unitIndex = indexIds(units, 'unit.duplicate', 'unit');
  const tree = buildTree(units, unitIndex);
  const n = units.length;

  const isHub = new Uint8Array(n);
  const covers = new Int32Array(n).fill(-1);
  const firstHubCovering = new Int32Array(n).fill(-1);
  const needLead = new Uint8Array(n);
  const needLeadDefault = settings.decentralized.contributorsNeedLeadDefault;
  for (let i = 0; i < n; i++) {
    const u = units[i]!;
    needLead[i] = (u.contributorsNeedLead ?? needLeadDefault) ? 1 : 0;
    if (!u.isHub) continue;
    const c = u.covers === null ? undefined : unitIndex.get(u.covers);
    if (c === undefined) {
      throw new SnapshotError('hub.covers_missing', `hub ${u.id} covers unknown unit ${u.covers}`, {
        unitId: u.id,
        covers: String(u.covers),
      });
    }
    isHub[i] = 1;
    covers[i] = c;
    if (firstHubCovering[c] === -1) firstHubCovering[c] = i;
  }

  const { root, parent, order } = tree;
  const nearestHub = new Int32Array(n);
  const regionalHub = new Int32Array(n);
  const regionRoot = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const u = order[k]!;
    const p = parent[u]!;
    const own = firstHubCovering[u]!;
    nearestHub[u] = own !== -1 ? own : p === -1 ? -1 : nearestHub[p]!;
    const regional = own !== -1 && u !== root ? own : p === -1 ? -1 : regionalHub[p]!;
    regionalHub[u] = regional;
    regionRoot[u] = regional === -1 ? -1 : covers[regional]!;
  }

  const globalHub = firstHubCovering[root]!;
  const unitRows = buildUnitRows(
    tree.tin,
    tree.tout,
    covers,
    nearestHub,
    regionalHub,
    regionRoot,
    globalHub,
  );

  const memberIndex = indexIds(members, 'member.duplicate', 'member');
  const m = members.length;
  const admin = new Uint8Array(m);
  const trained = new Uint8Array(m);
  const informed = new Uint8Array(m);
  const memberFlags = new Uint8Array(m);
  const strategyAck = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const mem = members[i]!;
    admin[i] = mem.admin ? 1 : 0;
    trained[i] = mem.trained ? 1 : 0;
    strategyAck[i] = mem.strategyAckVersion;
    informed[i] =
      input.strategyVersion === 0 || mem.strategyAckVersion >= input.strategyVersion ? 1 : 0;
    memberFlags[i] =
      (admin[i] ? ADMIN_FLAG : 0) |
      (trained[i] ? TRAINED_FLAG : 0) |
      (informed[i] ? INFORMED_FLAG : 0);
  }

  // Memberships, counted then placed (CSR) by member and by unit.
  const k = memberships.length;
  const byMember = new Int32Array(k);
  const byUnit = new Int32Array(k);
  const membershipStart = new Int32Array(m + 1);
  const unitMemberStart = new Int32Array(n + 1);
  for (let i = 0; i < k; i++) {
    const ms = memberships[i]!;
    const mi = memberIndex.get(ms.memberId);
    if (mi === undefined) {
      throw new SnapshotError(
        'membership.member_missing',
        `membership of unknown member ${ms.memberId}`,
        {
          memberId: ms.memberId,
        },
      );
    }
    const ui = unitIndex.get(ms.unitId);
    if (ui === undefined) {
      throw new SnapshotError(
        'membership.unit_missing',
        `membership in unknown unit ${ms.unitId}`,
        {
          unitId: ms.unitId,
        },
      );
    }
    byMember[i] = mi;
    byUnit[i] = ui;
    membershipStart[mi + 1]!++;
    unitMemberStart[ui + 1]!++;
  }
  for (let i = 0; i < m; i++) membershipStart[i + 1]! += membershipStart[i]!;
  for (let i = 0; i < n; i++) unitMemberStart[i + 1]! += unitMemberStart[i]!;
  const membershipUnit = new Int32Array(k);
  const membershipRole = new Uint8Array(k);
  const unitMember = new Int32Array(k);
  const unitMemberRole = new Uint8Array(k);
  const memberFill = membershipStart.slice(0, m);
  const unitFill = unitMemberStart.slice(0, n);
  for (let i = 0; i < k; i++) {
    const rank = ROLE_RANK[memberships[i]!.role];
    const a = memberFill[byMember[i]!]!++;
    membershipUnit[a] = byUnit[i]!;
    membershipRole[a] = rank;
    const b = unitFill[byUnit[i]!]!++;
    unitMember[b] = byMember[i]!;
    unitMemberRole[b] = rank;
  }

  const { memberRows, memberOverflow } = buildMemberRows(
    membershipStart,
    membershipUnit,
    membershipRole,
    memberFlags,
  );

  const channelIndex = indexIds(channels, 'channel.duplicate', 'channel');
  const channelUnit = new Int32Array(channels.length);
  const channelSensitive = new Uint8Array(channels.length);
  for (let i = 0; i < channels.length; i++) {
    const ch = channels[i]!;
    const ui = unitIndex.get(ch.unitId);
    if (ui === undefined) {
      throw new SnapshotError(
        'channel.unit_missing',
        `channel ${ch.id} belongs to unknown unit ${ch.unitId}`,
        {
          channelId: ch.id,
          unitId: ch.unitId,
        },
      );
    }
    channelUnit[i] = ui;
    channelSensitive[i] = ch.sensitive ? 1 : 0;
  }

  return {
    organizationId: input.organizationId,
    model: input.model,
    usesHubs: modelUsesHubs(input.model),
    strategyVersion: input.strategyVersion,
    settings,
    unitIds: units.map((u) => u.id),
    unitIndex,
    root,
    parent,
    depth: tree.depth,
    tin: tree.tin,
    tout: tree.tout,
    isHub,
    covers,
    nearestHub,
    regionalHub,
    regionRoot,
    globalHub,
    unitRows,
    contributorsNeedLead: needLead,
    memberIds: members.map((x) => x.id),
    memberIndex,
    admin,
    trained,
    strategyAck,
    informed,
    memberFlags,
    membershipStart,
    memberRows,
    memberOverflow,
    membershipUnit,
    membershipRole,
    unitMemberStart,
    unitMember,
    unitMemberRole,
    channelIds: channels.map((c) => c.id),
    channelIndex,
    channelUnit,
    channelSensitive,
    grants: new Array<Decision | undefined>(n * GRANT_SLOTS).fill(undefined),
  };
}
