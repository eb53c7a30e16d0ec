import type { DutyItem } from '../../contracts/duties.ts';
import type { MemberRightsDiff } from '../../core/governance/diff.ts';
import type { DutyNoticeInput } from '../duties/create-duty-notices.ts';
import { rightsItems } from '../duties/rights-items.ts';
import type { PostChainChange } from './model-post-chains.ts';
import type { ModelTarget } from './model-target.ts';

export interface SwitchDutiesInput {
  from: ModelTarget;
  to: ModelTarget;
  rights: readonly MemberRightsDiff[];
  posts: readonly PostChainChange[];
  /** Display names, resolved now: a notice keeps saying what was true when it was written. */
  channelName: (channelId: string) => string;
  unitName: (unitId: string) => string;
}

/**
 * The duty notice of each member a switch concerns: the cause first, then what they gain (rights,
 * approval duties, who approves their posts, what their calendar shows), then what they lose,
 * then their posts in review that got a new chain or went back to draft. Members the switch does
 * not change get none.
 */
export function switchDuties(input: SwitchDutiesInput): DutyNoticeInput[] {
  const cause: DutyItem =
    input.from.model === input.to.model
      ? { code: 'settings.changed', params: { model: input.to.model } }
      : { code: 'model.switched', params: { from: input.from.model, to: input.to.model } };
  const byMember = new Map<string, DutyItem[]>();
  for (const member of input.rights) {
    byMember.set(member.memberId, rightsItems(member.changes, input));
  }

  const rechained = new Map<string, string[]>();
  const drafted = new Map<string, string[]>();
  for (const p of input.posts) {
    if (!p.changed) continue;
    const target = p.outcome === 'draft' ? drafted : rechained;
    target.set(p.authorId, [...(target.get(p.authorId) ?? []), p.title]);
  }
  for (const [authorId, titles] of rechained) {
    const items = byMember.get(authorId) ?? [];
    items.push({ code: 'posts.rechained', params: { titles } });
    byMember.set(authorId, items);
  }
  for (const [authorId, titles] of drafted) {
    const items = byMember.get(authorId) ?? [];
    items.push({ code: 'posts.returned_to_draft', params: { titles } });
    byMember.set(authorId, items);
  }

  return [...byMember]
    .filter(([, items]) => items.length > 0)
    .map(([memberId, items]) => ({ memberId, items: [cause, ...items] }));
}
