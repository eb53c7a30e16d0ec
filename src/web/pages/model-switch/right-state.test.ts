import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../core/governance/types.ts';
import { byChannel, rightWords } from './right-state.ts';

const hub = {
  pool: 'hub_editors' as const,
  unitId: '00000000-0000-4000-8000-000000000001',
  rule: 'any' as const,
};

describe('one side of a right change', () => {
  it('tells denied, allowed, allowed with approval and a calendar scope apart', () => {
    expect(rightWords({ allowed: false, steps: [] })).toEqual({ kind: 'denied' });
    // A denied action with steps is still denied: the steps would apply only if it were allowed.
    expect(rightWords({ allowed: false, steps: [hub] })).toEqual({ kind: 'denied' });
    expect(rightWords({ allowed: true, steps: [] })).toEqual({ kind: 'allowed' });
    expect(rightWords({ allowed: true, steps: [hub] })).toEqual({ kind: 'approval', steps: [hub] });
    expect(rightWords({ allowed: true, steps: [], scope: 'published_only' })).toEqual({
      kind: 'scope',
      scope: 'published_only',
    });
  });
});

describe('a member’s changes by channel', () => {
  const change = (channelId: string, action: (typeof ACTIONS)[number]) => ({
    action,
    channelId,
    change: 'gained' as const,
    before: { allowed: false, steps: [] },
    after: { allowed: true, steps: [] },
  });

  it('groups per channel, channels by name, actions in the policy’s order', () => {
    const names: Record<string, string> = { a: 'Zeta', b: 'Alpha' };
    const groups = byChannel(
      [
        change('a', 'publish'),
        change('b', 'approve'),
        change('a', 'draft'),
        change('b', 'view_calendar'),
      ],
      (id) => names[id]!,
      ACTIONS,
    );
    expect(groups.map((g) => g.channelId)).toEqual(['b', 'a']);
    expect(groups[0]!.changes.map((c) => c.action)).toEqual(['view_calendar', 'approve']);
    expect(groups[1]!.changes.map((c) => c.action)).toEqual(['draft', 'publish']);
  });

  it('has nothing to show without changes', () => {
    expect(byChannel([], () => '', ACTIONS)).toEqual([]);
  });
});
