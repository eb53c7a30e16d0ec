import { describe, expect, it } from 'vitest';
import { org, type Person } from '../../core/governance/decide.fixture.ts';
import { diffRights } from '../../core/governance/diff.ts';
import { DEFAULT_MODEL_SETTINGS } from '../../core/governance/models.ts';
import type { ModelKey } from '../../core/governance/types.ts';
import { switchDuties } from './model-duties.ts';
import type { PostChainChange } from './model-post-chains.ts';

const PEOPLE: Person[] = [
  ['lead', 'U', 'lead'],
  ['other', 'O', 'member'],
  ['hub', 'G', 'editor'],
];
const side = (model: ModelKey) => ({ model, settings: DEFAULT_MODEL_SETTINGS });

function duties(from: ModelKey, to: ModelKey, posts: PostChainChange[] = []) {
  return switchDuties({
    from: side(from),
    to: side(to),
    rights: diffRights(org(from, PEOPLE), org(to, PEOPLE)),
    posts,
    channelName: (id) => `#${id}`,
    unitName: (id) => `Unit ${id}`,
  });
}

describe('switchDuties', () => {
  it('tells each member what they gain, who approves them now, and what they lose', () => {
    const all = duties('coordinated', 'centralized');
    const lead = all.find((n) => n.memberId === 'lead')!;
    expect(lead.items[0]).toEqual({
      code: 'model.switched',
      params: { from: 'coordinated', to: 'centralized' },
    });
    expect(lead.items).toContainEqual({
      code: 'approvers.changed',
      params: {
        channels: ['#C', '#S'],
        steps: [{ pool: 'hub_editors', unit: 'Unit HA' }],
      },
    });
    expect(lead.items).toContainEqual({
      code: 'rights.lost',
      params: { action: 'manage_channels', channels: ['#C', '#S'] },
    });
    // Gains come before losses.
    const codes = lead.items.map((i) => i.code);
    expect(codes.indexOf('approvers.changed')).toBeLessThan(codes.indexOf('rights.lost'));
    // The hub's editor keeps every right: no notice.
    expect(all.map((n) => n.memberId)).not.toContain('hub');
  });

  it('turns a new approve right into a duty of its own', () => {
    const other = duties('centralized', 'holistic').find((n) => n.memberId === 'other')!;
    expect(other.items).toContainEqual({
      code: 'approval_pool.joined',
      params: { channels: ['#C', '#S', '#Q'] },
    });
    expect(other.items).toContainEqual({
      code: 'approvers.changed',
      params: { channels: ['#C', '#S', '#Q'], steps: [] },
    });
    expect(
      other.items.some((i) => i.code === 'rights.gained' && i.params.action === 'approve'),
    ).toBe(false);
  });

  it('tells authors about their posts, also when their rights stay', () => {
    const post = (title: string, outcome: PostChainChange['outcome'], changed = true) => ({
      postId: title,
      title,
      authorId: 'hub',
      before: [],
      after: [],
      outcome,
      changed,
      reasons: [],
    });
    const hub = duties('coordinated', 'centralized', [
      post('Launch', 'in_review'),
      post('Same chain', 'in_review', false),
      post('Blocked', 'draft'),
    ]).find((n) => n.memberId === 'hub')!;
    expect(hub.items).toEqual([
      { code: 'model.switched', params: { from: 'coordinated', to: 'centralized' } },
      { code: 'posts.rechained', params: { titles: ['Launch'] } },
      { code: 'posts.returned_to_draft', params: { titles: ['Blocked'] } },
    ]);
  });

  it('names a change of settings alone as such, and nobody without a change', () => {
    expect(duties('holistic', 'holistic')).toEqual([]);
    const people: Person[] = [['c', 'U', 'contributor']];
    const relaxed = { decentralized: { contributorsNeedLeadDefault: false } };
    const notices = switchDuties({
      from: side('decentralized'),
      to: { model: 'decentralized', settings: relaxed },
      rights: diffRights(
        org('decentralized', people),
        org('decentralized', people, { settings: relaxed }),
      ),
      posts: [],
      channelName: (id) => `#${id}`,
      unitName: (id) => id,
    });
    expect(notices).toEqual([
      {
        memberId: 'c',
        items: [
          { code: 'settings.changed', params: { model: 'decentralized' } },
          { code: 'approvers.changed', params: { channels: ['#C', '#S'], steps: [] } },
        ],
      },
    ]);
  });
});
