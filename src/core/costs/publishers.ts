import { decide } from '../governance/decide.ts';
import type { Snapshot } from '../governance/snapshot.ts';

/**
 * Who could publish under a snapshot's model, for a clean post (no guideline findings, not
 * deviating from a campaign master). The three counts partition the members:
 * - `publishDirectly`: may publish on at least one channel without any approval step;
 * - `submitWithApproval`: may submit for at least one channel, but needs approval on every
 *   channel they may submit for;
 * - `cannotSubmit`: may submit for no channel (no role, not informed, …).
 */
export interface PublisherCounts {
  members: number;
  publishDirectly: number;
  submitWithApproval: number;
  cannotSubmit: number;
}

/**
 * Counts the members of `s` by what `decide(…, 'publish', channel)` lets them do on a clean post.
 * For a clean post the policies read of a channel only its unit and its sensitive flag, so one
 * channel per (unit, sensitive) pair stands for all of them: O(members × such pairs) decisions,
 * fewer when a member publishes directly on an early one.
 */
export function countPublishers(s: Snapshot): PublisherCounts {
  const seen = new Set<number>();
  const targets: { channelId: string }[] = [];
  for (let c = 0; c < s.channelIds.length; c++) {
    const key = s.channelUnit[c]! * 2 + s.channelSensitive[c]!;
    if (seen.has(key)) continue;
    seen.add(key);
    targets.push({ channelId: s.channelIds[c]! });
  }
  let direct = 0;
  let withApproval = 0;
  for (const memberId of s.memberIds) {
    let submit = false;
    let free = false;
    for (const target of targets) {
      const d = decide(s, memberId, 'publish', target);
      if (!d.allowed) continue;
      submit = true;
      if (d.steps.length === 0) {
        free = true;
        break;
      }
    }
    if (free) direct++;
    else if (submit) withApproval++;
  }
  const members = s.memberIds.length;
  return {
    members,
    publishDirectly: direct,
    submitWithApproval: withApproval,
    cannotSubmit: members - direct - withApproval,
  };
}
