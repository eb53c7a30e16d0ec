import { NO_ROLE } from './roles.ts';
import type { Snapshot } from './snapshot.ts';
import {
  ADMIN_FLAG,
  INFORMED_FLAG,
  MEMBER_INLINE,
  MEMBER_STRIDE,
  ROW_COVERS_TIN,
  ROW_COVERS_TOUT,
  ROW_REGION_TIN,
  ROW_REGION_TOUT,
  ROW_REGIONAL,
  ROW_TIN,
  ROW_TOUT,
  TRAINED_FLAG,
  UNIT_STRIDE,
} from './snapshot-layout.ts';

/**
 * Where the actor stands relative to the target unit U, gathered in one pass over their
 * memberships. Ranks are role ranks (roles.ts) or NO_ROLE; units are indexes or -1.
 */
export interface ActorFacts {
  member: number;
  admin: boolean;
  trained: boolean;
  /** Acknowledged the current strategy (or there is none). */
  informed: boolean;
  /** The target unit U. */
  unit: number;
  /** Highest role among memberships in U or an ancestor (roles inherit down the tree). */
  effRole: number;
  /** The unit of the membership that gives `effRole`. */
  effUnit: number;
  /** Hub models only: highest role in any hub unit covering U. */
  hubRole: number;
  hubUnit: number;
  /** multi_coordinated: U's regional hub (the global hub when U has none) and the role there. */
  regionalHub: number;
  regionalRole: number;
  /** multi_coordinated: the role in the global hub. */
  globalRole: number;
  /** multi_coordinated: a membership in U's region, or in U or an ancestor below the root. */
  inRegion: boolean;
}

/**
 * Scratch facts reused by every call: `decide` is synchronous and reads them before it returns, so
 * sharing one object avoids an allocation per decision without making `decide` impure.
 */
const scratch: ActorFacts = {
  member: -1,
  admin: false,
  trained: false,
  informed: false,
  unit: -1,
  effRole: NO_ROLE,
  effUnit: -1,
  hubRole: NO_ROLE,
  hubUnit: -1,
  regionalHub: -1,
  regionalRole: NO_ROLE,
  globalRole: NO_ROLE,
  inRegion: false,
};

/** Gathers the actor's facts for unit `u` into the shared scratch object and returns it. */
export function actorFacts(s: Snapshot, member: number, u: number): ActorFacts {
  // Reads only the packed rows (unitRows, memberRows): a few cache lines per decision.
  const rows = s.unitRows;
  const mrows = s.memberRows;
  const multi = s.model === 'multi_coordinated';
  const hubs = s.usesHubs;
  const globalHub = s.globalHub;
  const root = s.root;
  const at = u * UNIT_STRIDE;
  const tinU = rows[at + ROW_TIN]!;
  const regional = rows[at + ROW_REGIONAL]!;
  const regionTin = rows[at + ROW_REGION_TIN]!;
  const regionTout = rows[at + ROW_REGION_TOUT]!;
  let effRole = NO_ROLE;
  let effUnit = -1;
  let hubRole = NO_ROLE;
  let hubUnit = -1;
  let regionalRole = NO_ROLE;
  let globalRole = NO_ROLE;
  let inRegion = false;
  const base = member * MEMBER_STRIDE;
  const head = mrows[base]!;
  const count = head >>> 8;
  let list = mrows;
  let from = base + 1;
  if (count > MEMBER_INLINE) {
    list = s.memberOverflow;
    from = mrows[base + 1]!;
  }
  const end = from + count;
  for (let i = from; i < end; i++) {
    const v = list[i]!;
    const a = v >>> 2;
    const r = v & 3;
    const ra = a * UNIT_STRIDE;
    const tinA = rows[ra + ROW_TIN]!;
    const above = tinA <= tinU && tinU <= rows[ra + ROW_TOUT]!;
    if (above && r > effRole) {
      effRole = r;
      effUnit = a;
    }
    if (!hubs) continue;
    // Non-hubs have an empty covered interval, so the test fails for them.
    if (rows[ra + ROW_COVERS_TIN]! <= tinU && tinU <= rows[ra + ROW_COVERS_TOUT]! && r > hubRole) {
      hubRole = r;
      hubUnit = a;
    }
    if (!multi) continue;
    if (a === regional && r > regionalRole) regionalRole = r;
    if (a === globalHub && r > globalRole) globalRole = r;
    if ((above && a !== root) || (regionTin <= tinA && tinA <= regionTout)) inRegion = true;
  }
  const f = scratch;
  f.member = member;
  f.admin = (head & ADMIN_FLAG) !== 0;
  f.trained = (head & TRAINED_FLAG) !== 0;
  f.informed = (head & INFORMED_FLAG) !== 0;
  f.unit = u;
  f.effRole = effRole;
  f.effUnit = effUnit;
  f.hubRole = hubRole;
  f.hubUnit = hubUnit;
  f.regionalHub = regional;
  f.regionalRole = regionalRole;
  f.globalRole = globalRole;
  f.inRegion = inRegion;
  return f;
}
