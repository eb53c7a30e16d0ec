import { decide } from './decide.ts';
import type { Snapshot } from './snapshot.ts';
import type { Action, ApprovalStep, Decision } from './types.ts';
import { ACTIONS } from './types.ts';

/**
 * What a model switch (or new model settings) changes for each member: every action of `decide`
 * on every channel, asked under the current snapshot and under the target one. Pure; the app
 * compiles the target snapshot from the same rows with another model.
 */

/** One side of a comparison: what `decide` answered, without its reasons. */
export interface RightState {
  allowed: boolean;
  /** For `publish`: the approval chain a post would need (empty: none). */
  steps: readonly ApprovalStep[];
  /** For `view_calendar`: what the member sees of the channel's posts. */
  scope?: Decision['scope'];
}

/**
 * - `gained`: no before, yes after; `lost`: the other way round;
 * - `changed`: yes on both sides, but another approval chain (`publish`) or calendar scope.
 */
export type RightChangeKind = 'gained' | 'lost' | 'changed';

export interface RightChange {
  action: Action;
  channelId: string;
  change: RightChangeKind;
  before: RightState;
  after: RightState;
}

export interface MemberRightsDiff {
  memberId: string;
  /** In the order of the channels, then of `ACTIONS`. Never empty. */
  changes: RightChange[];
}

export interface RightsDiffCounts {
  membersAffected: number;
  gained: number;
  lost: number;
  changed: number;
}

function sameSteps(a: readonly ApprovalStep[], b: readonly ApprovalStep[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.pool !== y.pool || x.unitId !== y.unitId || x.rule !== y.rule) return false;
  }
  return true;
}

function stateOf(d: Decision): RightState {
  return {
    allowed: d.allowed,
    steps: d.steps.map((s) => ({ pool: s.pool, unitId: s.unitId, rule: s.rule })),
    ...(d.scope === undefined ? {} : { scope: d.scope }),
  };
}

/** The change between two answers to the same question, or null when they agree. */
export function compareDecisions(before: Decision, after: Decision): RightChangeKind | null {
  if (before.allowed !== after.allowed) return after.allowed ? 'gained' : 'lost';
  if (!after.allowed) return null;
  if (!sameSteps(before.steps, after.steps) || before.scope !== after.scope) return 'changed';
  return null;
}

/**
 * Per member, every right that differs between `before` and `after`: each action of `ACTIONS`
 * on each channel, as `decide` answers it for a post without guideline findings that does not
 * deviate from a campaign master (posts in review are compared with their real findings by the
 * app). Members and channels are those of `before` that `after` also knows; members without any
 * change are left out. O(members × channels × actions) calls of `decide` on each side.
 */
export function diffRights(
  before: Snapshot,
  after: Snapshot,
  actions: readonly Action[] = ACTIONS,
): MemberRightsDiff[] {
  const channelIds = before.channelIds.filter((id) => after.channelIndex.has(id));
  const out: MemberRightsDiff[] = [];
  for (const memberId of before.memberIds) {
    if (!after.memberIndex.has(memberId)) continue;
    const changes: RightChange[] = [];
    for (const channelId of channelIds) {
      const target = { channelId };
      for (const action of actions) {
        const b = decide(before, memberId, action, target, {});
        const a = decide(after, memberId, action, target, {});
        const change = compareDecisions(b, a);
        if (change !== null) {
          changes.push({ action, channelId, change, before: stateOf(b), after: stateOf(a) });
        }
      }
    }
    if (changes.length > 0) out.push({ memberId, changes });
  }
  return out;
}

/** How many members are affected and how many rights they gain, lose or see changed. */
export function countRightsDiff(diff: readonly MemberRightsDiff[]): RightsDiffCounts {
  const counts: RightsDiffCounts = { membersAffected: diff.length, gained: 0, lost: 0, changed: 0 };
  for (const m of diff) for (const c of m.changes) counts[c.change]++;
  return counts;
}
