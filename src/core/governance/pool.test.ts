import { describe, expect, it } from 'vitest';
import { org } from './decide.fixture.ts';
import { inPool, poolMembers, type PoolStep } from './pool.ts';

/* Fixture org (decide.fixture.ts): R ─┬─ A ─── U ─── T      HA (hub, covers A)
 *                                     ├─ B ─── O            G  (hub, covers R)
 *                                     └─ HQ
 * Channels: C on U, S on U (sensitive), Q on HQ. */

const onC = (pool: PoolStep['pool'], unitId: string | null): PoolStep => ({
  pool,
  unitId,
  rule: 'any',
  channelIds: ['C'],
});

describe('inPool', () => {
  it('trained peers: every trained, informed member (holistic)', () => {
    const s = org('holistic', [
      ['t', 'O', 'member'],
      ['u', 'O', 'member', { untrained: true }],
    ]);
    expect(inPool(s, 't', onC('trained_peers', null))).toBe(true);
    expect(inPool(s, 'u', onC('trained_peers', null))).toBe(false);
    expect(poolMembers(s, onC('trained_peers', null))).toEqual(['t']);
  });

  it('unit leads: leads of the unit or above, not editors (decentralized)', () => {
    const s = org('decentralized', [
      ['l', 'U', 'lead'],
      ['a', 'A', 'lead'],
      ['e', 'U', 'editor'],
      ['o', 'O', 'lead'],
    ]);
    const step = onC('unit_leads', 'U');
    expect(poolMembers(s, step)).toEqual(['l', 'a']);
    expect(inPool(s, 'e', step)).toBe(false);
    expect(inPool(s, 'o', step)).toBe(false);
  });

  it('hub: editors and leads of the named hub only (coordinated)', () => {
    const s = org('coordinated', [
      ['ha', 'HA', 'editor'],
      ['hl', 'HA', 'lead'],
      ['hc', 'HA', 'contributor'],
      ['g', 'G', 'editor'],
      ['u', 'U', 'lead'],
    ]);
    expect(poolMembers(s, onC('hub', 'HA'))).toEqual(['ha', 'hl']);
    // G also covers U and may approve there, but the step names HA.
    expect(poolMembers(s, onC('hub', 'G'))).toEqual(['g']);
  });

  it('hub editors (centralized) and the gates: an untrained hub editor is not in the pool', () => {
    const s = org('centralized', [
      ['g', 'G', 'editor'],
      ['x', 'G', 'editor', { untrained: true }],
    ]);
    expect(poolMembers(s, onC('hub_editors', 'G'))).toEqual(['g']);
  });

  it('regional and global hub (multi_coordinated)', () => {
    const s = org('multi_coordinated', [
      ['r', 'HA', 'editor'],
      ['g', 'G', 'editor'],
    ]);
    expect(poolMembers(s, onC('regional_hub', 'HA'))).toEqual(['r']);
    expect(poolMembers(s, onC('global_hub', 'G'))).toEqual(['g']);
  });

  it('needs approve on every channel the step stands for', () => {
    const s = org('multi_coordinated', [['r', 'HA', 'editor']]);
    // Q lies outside HA's region: the regional editor may not approve there.
    expect(inPool(s, 'r', { ...onC('regional_hub', 'HA'), channelIds: ['C', 'Q'] })).toBe(false);
    expect(inPool(s, 'r', { ...onC('regional_hub', 'HA'), channelIds: [] })).toBe(false);
  });

  it('unknown members and units are in no pool', () => {
    const s = org('coordinated', [['ha', 'HA', 'editor']]);
    expect(inPool(s, 'nobody', onC('hub', 'HA'))).toBe(false);
    expect(inPool(s, 'ha', onC('hub', 'nowhere'))).toBe(false);
  });
});
