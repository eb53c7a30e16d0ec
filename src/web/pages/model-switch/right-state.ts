import type { z } from 'zod';
import type { rightChangeSchema, rightStateSchema } from '../../../contracts/model-switch.ts';

type RightState = z.infer<typeof rightStateSchema>;
type RightChange = z.infer<typeof rightChangeSchema>;

/** What a member may do with one action on one channel, in the terms the diff table shows. */
export type RightWords =
  | { kind: 'denied' }
  | { kind: 'allowed' }
  | { kind: 'approval'; steps: RightState['steps'] }
  | { kind: 'scope'; scope: NonNullable<RightState['scope']> };

/**
 * Classifies one side of a change. The calendar has a scope instead of a yes; the other actions are
 * allowed outright or only with an approval chain.
 */
export function rightWords(state: RightState): RightWords {
  if (!state.allowed) return { kind: 'denied' };
  if (state.scope) return { kind: 'scope', scope: state.scope };
  if (state.steps.length > 0) return { kind: 'approval', steps: state.steps };
  return { kind: 'allowed' };
}

export interface ChannelChanges {
  channelId: string;
  changes: RightChange[];
}

/**
 * A member's changes grouped by channel, channels in the order `channelName` sorts them and the
 * actions in the order the policy lists them.
 */
export function byChannel(
  changes: readonly RightChange[],
  channelName: (id: string) => string,
  actionOrder: readonly string[],
): ChannelChanges[] {
  const groups = new Map<string, RightChange[]>();
  for (const c of changes) {
    const list = groups.get(c.channelId) ?? [];
    list.push(c);
    groups.set(c.channelId, list);
  }
  return [...groups.entries()]
    .map(([channelId, list]) => ({
      channelId,
      changes: [...list].sort(
        (a, b) => actionOrder.indexOf(a.action) - actionOrder.indexOf(b.action),
      ),
    }))
    .sort((a, b) => channelName(a.channelId).localeCompare(channelName(b.channelId)));
}
