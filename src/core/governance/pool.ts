import { decide } from './decide.ts';
import { EDITOR, LEAD } from './roles.ts';
import type { Snapshot } from './snapshot.ts';
import type { ApprovalStep } from './types.ts';

/** An approval step as a post holds it: the step of `decide` and the channels that asked for it. */
export interface PoolStep extends ApprovalStep {
  /** The post's channels whose chain contains this step (several when variants share it). */
  channelIds: readonly string[];
}

/**
 * Whether `memberId` may act in `step`: `decide(…, 'approve', channel)` says yes for every channel
 * the step stands for (that carries the gates: informed and trained), and the member belongs to
 * the step's pool:
 * - `trained_peers`: every member `approve` admits (holistic: trained and informed);
 * - `unit_leads`: a lead of the step's unit or of an ancestor (roles inherit down the tree);
 * - `hub`, `hub_editors`, `regional_hub`, `global_hub`: an editor or lead of the hub unit the step
 *   names. A membership in another hub does not count, even one that also covers the channel:
 *   the step names the hub that is responsible.
 *
 * Whether the member wrote the post is not known here; the use case refuses that first.
 */
export function inPool(s: Snapshot, memberId: string, step: PoolStep): boolean {
  const m = s.memberIndex.get(memberId);
  if (m === undefined || step.channelIds.length === 0) return false;
  for (const channelId of step.channelIds) {
    if (!decide(s, memberId, 'approve', { channelId }).allowed) return false;
  }
  if (step.pool === 'trained_peers') return true;
  const u = step.unitId === null ? undefined : s.unitIndex.get(step.unitId);
  if (u === undefined) return false;
  for (let i = s.membershipStart[m]!; i < s.membershipStart[m + 1]!; i++) {
    const a = s.membershipUnit[i]!;
    const role = s.membershipRole[i]!;
    if (step.pool === 'unit_leads') {
      if (role === LEAD && s.tin[a]! <= s.tin[u]! && s.tin[u]! <= s.tout[a]!) return true;
    } else if (a === u && role >= EDITOR) {
      return true;
    }
  }
  return false;
}

/** Every member in the step's pool (in snapshot order), e.g. to tell when an `all` step is done. */
export function poolMembers(s: Snapshot, step: PoolStep): string[] {
  return s.memberIds.filter((id) => inPool(s, id, step));
}
