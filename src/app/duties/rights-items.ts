import type { DutyItem } from '../../contracts/duties.ts';
import type { RightChange } from '../../core/governance/diff.ts';
import type { Action, ApprovalStep } from '../../core/governance/types.ts';
import { ACTIONS } from '../../core/governance/types.ts';

type CalendarScope = Extract<DutyItem, { code: 'calendar.scope_changed' }>['params']['scope'];

/** Display names, resolved when the notice is written: it keeps saying what was true then. */
export interface DutyNames {
  channelName: (channelId: string) => string;
  unitName: (unitId: string) => string;
}

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
 * One member's changed rights (from `diffRights`) as duty items, channels grouped per sentence:
 * what they gain (rights, approval duties, who approves their posts, what their calendar shows),
 * then what they lose. Used by every cause that changes rights: a model switch, a staffing plan.
 */
export function rightsItems(changes: readonly RightChange[], names: DutyNames): DutyItem[] {
  const actionOrder = (a: Action) => ACTIONS.indexOf(a);
  const gained = new Groups<Action>();
  const lost = new Groups<Action>();
  const joined: string[] = [];
  const left: string[] = [];
  const approvers = new Groups<readonly ApprovalStep[]>();
  const scopes = new Groups<CalendarScope>();
  const sorted = [...changes].sort((a, b) => actionOrder(a.action) - actionOrder(b.action));
  for (const c of sorted) {
    const channel = names.channelName(c.channelId);
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
  return [
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
          unit: s.unitId === null ? null : names.unitName(s.unitId),
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
}
