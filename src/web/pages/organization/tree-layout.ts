import type { Unit } from '../../../contracts/units.ts';

export interface Placed {
  unit: Unit;
  x: number;
  y: number;
  depth: number;
}

export const NODE_WIDTH = 200;
const GAP_X = 30;
const GAP_Y = 120;

/**
 * A tidy top-down layout: leaves take consecutive columns in tree order, a parent sits centred
 * over its children. Enough for organization charts of a few hundred units, and stable: the same
 * tree always draws the same picture.
 */
export function layoutTree(units: readonly Unit[]): Placed[] {
  const children = new Map<string | null, Unit[]>();
  for (const u of units) {
    const list = children.get(u.parentId) ?? [];
    list.push(u);
    children.set(u.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  const known = new Set(units.map((u) => u.id));
  const roots = units.filter((u) => u.parentId === null || !known.has(u.parentId));
  const placed: Placed[] = [];
  let column = 0;
  const place = (unit: Unit, depth: number): number => {
    const kids = children.get(unit.id) ?? [];
    let x: number;
    if (kids.length === 0) {
      x = column * (NODE_WIDTH + GAP_X);
      column += 1;
    } else {
      const xs = kids.map((k) => place(k, depth + 1));
      x = (xs[0]! + xs[xs.length - 1]!) / 2;
    }
    placed.push({ unit, x, y: depth * GAP_Y, depth });
    return x;
  };
  for (const r of roots) place(r, 0);
  return placed;
}
