import type { DutyItem } from '../../contracts/duties.ts';
import type { MemberRightsDiff } from '../../core/governance/diff.ts';
import type { Action, ApprovalStep } from '../../core/governance/types.ts';
import { ACTIONS } from '../../core/governance/types.ts';
import type { DutyNoticeInput } from '../duties/create-duty-notices.ts';
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

type CalendarScope = Extract<DutyItem, { code: 'calendar.scope_changed' }>['params']['scope'];

/** Channels per key, in first-seen order. */
class Groups<T> {
  private readonly map = new Map<string, { value: T; channels: string[] }>();
  add(key: string, value: T, channel: string): void {
    const g = this.map.get(key);
    if (g) g.channels.push(channel);
    else this.map.set(key, { value, channels: [channel] });
  }
  get entries(): { value: T; channels: string[] }[] {
    return [...this.map.values()];
  }
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
  const actionOrder = (a: Action) => ACTIONS.indexOf(a);

  for (const member of input.rights) {
    const gained = new Groups<Action>();
    const lost = new Groups<Action>();
    const joined: string[] = [];
    const left: string[] = [];
    const approvers = new Groups<readonly ApprovalStep[]>();
    const scopes = new Groups<CalendarScope>();
    const changes = [...member.changes].sort(
      (a, b) => actionOrder(a.action) - actionOrder(b.action),
    );
    for (const c of changes) {
      const channel = input.channelName(c.channelId);
      if (c.action === 'approve') {
        if (c.change === 'gained') joined.push(channel);
        if (c.change === 'lost') left.push(channel);
        continue;
      }
      if (c.change === 'gained') gained.add(c.action, c.action, channel);
      if (c.change === 'lost') lost.add(c.action, c.action, channel);
      if (
        c.action === 'publish' &&
        c.after.allowed &&
        (c.change === 'changed' || c.after.steps.length > 0)
      ) {
        const key = c.after.steps.map((s) => `${s.pool}:${s.unitId ?? ''}`).join('|');
        approvers.add(key, c.after.steps, channel);
      }
      if (c.action === 'view_calendar' && c.change === 'changed' && c.after.scope) {
        scopes.add(c.after.scope, c.after.scope, channel);
      }
    }
    const items: DutyItem[] = [
      ...gained.entries.map((g): DutyItem => ({
        code: 'rights.gained',
        params: { action: g.value, channels: g.channels },
      })),
      ...(joined.length > 0
        ? [{ code: 'approval_pool.joined', params: { channels: joined } } as const]
        : []),
      ...approvers.entries.map((g): DutyItem => ({
        code: 'approvers.changed',
        params: {
          channels: g.channels,
          steps: g.value.map((s) => ({
            pool: s.pool,
            unit: s.unitId === null ? null : input.unitName(s.unitId),
          })),
        },
      })),
      ...scopes.entries.map((g): DutyItem => ({
        code: 'calendar.scope_changed',
        params: { channels: g.channels, scope: g.value },
      })),
      ...lost.entries.map((g): DutyItem => ({
        code: 'rights.lost',
        params: { action: g.value, channels: g.channels },
      })),
      ...(left.length > 0
        ? [{ code: 'approval_pool.left', params: { channels: left } } as const]
        : []),
    ];
    byMember.set(member.memberId, items);
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
