import { describe, expect, it } from 'vitest';
import { decide } from './decide.ts';
import type { Person } from './decide.fixture.ts';
import { chain, codes, org, UNITS, warn } from './decide.fixture.ts';
import type { PublishContext } from './types.ts';
import { MODELS } from './types.ts';

describe('publish context', () => {
  it('coordinated: a sensitive channel sends a unit editor to the nearest hub', () => {
    const s = org('coordinated', [['e', 'U', 'editor']]);
    expect(chain(decide(s, 'e', 'publish', { channelId: 'C' }))).toEqual([]);
    const d = decide(s, 'e', 'publish', { channelId: 'S' });
    expect(d.allowed).toBe(true);
    expect(chain(d)).toEqual(['hub:HA']);
    expect(codes(d)).toEqual(['grant.unit_role', 'approval.sensitive_channel']);
  });

  it('coordinated: a warning needs the hub for unit editors, not for hub editors', () => {
    const s = org('coordinated', [
      ['e', 'U', 'editor'],
      ['h', 'G', 'editor'],
    ]);
    const unitEditor = decide(s, 'e', 'publish', { channelId: 'C' }, warn('A'));
    expect(chain(unitEditor)).toEqual(['hub:HA']);
    expect(codes(unitEditor)).toContain('guidelines.warn_needs_hub');
    const hubEditor = decide(s, 'h', 'publish', { channelId: 'S' }, warn('A'));
    expect(hubEditor.allowed).toBe(true);
    expect(chain(hubEditor)).toEqual([]);
    expect(codes(hubEditor)).toEqual(['grant.hub_editor', 'guidelines.warn_shown']);
  });

  it.each(MODELS)(
    '%s: a block finding always denies, even for the most powerful actor',
    (model) => {
      const s = org(model, [
        ['x', 'R', 'lead', { admin: true }],
        ['x', 'G', 'lead'],
      ]);
      const context: PublishContext = { findings: [{ ruleUnitId: 'U', severity: 'block' }] };
      const d = decide(s, 'x', 'publish', { channelId: 'C' }, context);
      expect(d.allowed).toBe(false);
      expect(d.steps).toEqual([]);
      expect(d.reasons).toContainEqual({ code: 'guidelines.blocked', params: { ruleUnitId: 'U' } });
    },
  );

  it.each(['holistic', 'decentralized'] as const)(
    '%s: a warning is shown, not blocking',
    (model) => {
      const s = org(model, [['e', 'U', 'editor']]);
      const d = decide(s, 'e', 'publish', { channelId: 'C' }, warn('R'));
      expect(d.allowed).toBe(true);
      expect(d.steps).toEqual([]);
      expect(d.reasons).toContainEqual({
        code: 'guidelines.warn_shown',
        params: { ruleUnitId: 'R' },
      });
    },
  );

  it('centralized: a warning blocks, hub editors included', () => {
    const s = org('centralized', [
      ['h', 'G', 'editor'],
      ['c', 'U', 'contributor'],
    ]);
    for (const actor of ['h', 'c']) {
      const d = decide(s, actor, 'publish', { channelId: 'C' }, warn('U'));
      expect(d.allowed).toBe(false);
      expect(codes(d)).toEqual(['guidelines.warn_blocks']);
    }
    expect(chain(decide(s, 'c', 'publish', { channelId: 'C' }))).toEqual(['hub_editors:HA']);
  });

  it('multi: a regional warning adds the regional hub, a global warning blocks', () => {
    const s = org('multi_coordinated', [
      ['r', 'HA', 'editor'],
      ['g', 'G', 'lead'],
      ['c', 'U', 'contributor'],
    ]);
    for (const actor of ['r', 'g']) {
      expect(chain(decide(s, actor, 'publish', { channelId: 'C' }))).toEqual([]);
      expect(chain(decide(s, actor, 'publish', { channelId: 'C' }, warn('A')))).toEqual([
        'regional_hub:HA',
      ]);
    }
    const contributor = decide(s, 'c', 'publish', { channelId: 'C' }, warn('U'));
    expect(chain(contributor)).toEqual(['regional_hub:HA']);
    expect(codes(contributor)).toEqual([
      'grant.unit_role',
      'approval.needs_regional_hub',
      'guidelines.warn_needs_hub',
    ]);
    const global = decide(s, 'g', 'publish', { channelId: 'C' }, warn('R'));
    expect(global.allowed).toBe(false);
    expect(codes(global)).toEqual(['guidelines.warn_blocks']);
  });

  it('multi: deviating from the campaign master adds the global hub', () => {
    const s = org('multi_coordinated', [
      ['c', 'U', 'lead'],
      ['hc', 'HA', 'contributor'],
      ['g', 'G', 'editor'],
      ['q', 'HQ', 'contributor'],
    ]);
    const deviating = { deviatesFromMaster: true };
    const d = decide(s, 'c', 'publish', { channelId: 'C' }, deviating);
    expect(chain(d)).toEqual(['regional_hub:HA', 'global_hub:G']);
    expect(codes(d)).toContain('approval.deviates_from_master');
    expect(chain(decide(s, 'hc', 'publish', { channelId: 'C' }, deviating))).toEqual([
      'regional_hub:HA',
      'global_hub:G',
    ]);
    expect(chain(decide(s, 'g', 'publish', { channelId: 'C' }, deviating))).toEqual([]);
    // HQ has no regional hub: the global hub stands in, once.
    expect(chain(decide(s, 'q', 'publish', { channelId: 'Q' }))).toEqual(['global_hub:G']);
    expect(chain(decide(s, 'q', 'publish', { channelId: 'Q' }, deviating))).toEqual([
      'global_hub:G',
    ]);
  });
});

describe('structure', () => {
  const noHubs = UNITS.filter((u) => !u.isHub);

  it('coordinated without a hub: editors publish unless the hub is needed', () => {
    const s = org(
      'coordinated',
      [
        ['e', 'U', 'editor'],
        ['c', 'U', 'contributor'],
      ],
      { units: noHubs },
    );
    expect(decide(s, 'e', 'publish', { channelId: 'C' }).allowed).toBe(true);
    for (const [actor, channel] of [
      ['e', 'S'],
      ['c', 'C'],
    ] as const) {
      const d = decide(s, actor, 'publish', { channelId: channel });
      expect(d.allowed).toBe(false);
      expect(d.reasons).toContainEqual({
        code: 'structure.missing_hub',
        params: { model: 'coordinated' },
      });
    }
  });

  it('centralized and multi without hubs: nobody can submit', () => {
    for (const model of ['centralized', 'multi_coordinated'] as const) {
      const s = org(model, [['l', 'R', 'lead', { admin: true }]], { units: noHubs });
      const d = decide(s, 'l', 'publish', { channelId: 'C' });
      expect(d.allowed).toBe(false);
      expect(codes(d)).toContain('structure.missing_hub');
    }
  });

  it('multi with regional hubs only: deviation needs the missing global hub', () => {
    const units = UNITS.filter((u) => u.id !== 'G');
    const s = org('multi_coordinated', [['c', 'U', 'contributor']], { units });
    expect(chain(decide(s, 'c', 'publish', { channelId: 'C' }))).toEqual(['regional_hub:HA']);
    const d = decide(s, 'c', 'publish', { channelId: 'C' }, { deviatesFromMaster: true });
    expect(d.allowed).toBe(false);
    expect(codes(d)).toContain('structure.missing_hub');
  });
});

describe('decentralized contributors', () => {
  it('need a lead of U unless the unit or the settings say otherwise', () => {
    const units = UNITS.map((u) => (u.id === 'O' ? { ...u, contributorsNeedLead: false } : u));
    const people: Person[] = [
      ['c', 'U', 'contributor'],
      ['c', 'O', 'contributor'],
    ];
    const s = org('decentralized', people, { units });
    expect(chain(decide(s, 'c', 'publish', { channelId: 'C' }))).toEqual(['unit_leads:U']);
    expect(codes(decide(s, 'c', 'publish', { channelId: 'C' }))).toContain(
      'approval.contributor_needs_lead',
    );
    expect(chain(decide(s, 'c', 'publish', { unitId: 'O' }))).toEqual([]);
    const lenient = org('decentralized', people, {
      units,
      settings: { decentralized: { contributorsNeedLeadDefault: false } },
    });
    expect(chain(decide(lenient, 'c', 'publish', { channelId: 'C' }))).toEqual([]);
  });

  it('inherit roles down the tree and take the highest', () => {
    const s = org('decentralized', [
      ['x', 'A', 'contributor'],
      ['x', 'U', 'lead'],
      ['y', 'T', 'lead'],
    ]);
    expect(decide(s, 'x', 'approve', { unitId: 'T' }).reasons).toEqual([
      { code: 'grant.pool', params: { pool: 'unit_leads', unitId: 'T' } },
    ]);
    expect(decide(s, 'x', 'draft', { channelId: 'C' }).reasons).toEqual([
      { code: 'grant.unit_role', params: { role: 'lead', unitId: 'U' } },
    ]);
    // A lead of a child unit has no rights on the parent.
    expect(decide(s, 'y', 'draft', { channelId: 'C' }).allowed).toBe(false);
  });

  it('see every membership of members with many', () => {
    const many: Person[] = ['B', 'O', 'HQ', 'HA', 'G'].map((u) => ['x', u, 'member']);
    const s = org('decentralized', [...many, ['x', 'A', 'lead']]);
    expect(decide(s, 'x', 'approve', { channelId: 'C' }).allowed).toBe(true);
    expect(decide(org('decentralized', many), 'x', 'approve', { channelId: 'C' }).allowed).toBe(
      false,
    );
  });

  it('treat hub units as ordinary units', () => {
    const s = org('decentralized', [['h', 'HA', 'lead']]);
    const d = decide(s, 'h', 'manage_channels', { channelId: 'C' });
    expect(d.allowed).toBe(false);
    expect(codes(d)).toEqual([
      'model.decentralized.unit_leads_only',
      'relation.not_member_of_unit',
    ]);
  });
});
