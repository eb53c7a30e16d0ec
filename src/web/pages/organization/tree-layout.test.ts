import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../contracts/units.ts';
import { layoutTree } from './tree-layout.ts';

const unit = (id: string, parentId: string | null): Unit => ({
  id,
  parentId,
  name: id,
  kind: 'department',
  isHub: false,
  covers: null,
  contributorsNeedLead: null,
});

describe('the unit tree layout', () => {
  const units = [
    unit('root', null),
    unit('b', 'root'),
    unit('a', 'root'),
    unit('a1', 'a'),
    unit('a2', 'a'),
  ];
  const at = new Map(layoutTree(units).map((p) => [p.unit.id, p]));

  it('places one row per depth', () => {
    expect([...at.values()].map((p) => [p.unit.id, p.depth]).sort()).toEqual([
      ['a', 1],
      ['a1', 2],
      ['a2', 2],
      ['b', 1],
      ['root', 0],
    ]);
    expect(at.get('a1')!.y).toBeGreaterThan(at.get('a')!.y);
  });

  it('gives leaves their own columns in name order and centres parents over children', () => {
    const x = (id: string) => at.get(id)!.x;
    expect(x('a1')).toBeLessThan(x('a2'));
    expect(x('a2')).toBeLessThan(x('b'));
    expect(x('a')).toBe((x('a1') + x('a2')) / 2);
    expect(x('root')).toBe((x('a') + x('b')) / 2);
  });

  it('draws a unit whose parent is unknown as a root, never dropping it', () => {
    const placed = layoutTree([unit('x', 'missing'), unit('y', 'x')]);
    expect(placed.map((p) => [p.unit.id, p.depth]).sort()).toEqual([
      ['x', 0],
      ['y', 1],
    ]);
  });
});
