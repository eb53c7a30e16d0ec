import { SnapshotError } from './snapshot-error.ts';
import type { SnapshotErrorCode } from './snapshot-error.ts';
import type { UnitInput } from './types.ts';

/** id → position; throws `code` on a duplicate id. */
export function indexIds(
  items: readonly { id: string }[],
  code: SnapshotErrorCode,
  what: string,
): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const id = items[i]!.id;
    if (index.has(id)) throw new SnapshotError(code, `duplicate ${what} id ${id}`, { id });
    index.set(id, i);
  }
  return index;
}

export interface Tree {
  root: number;
  parent: Int32Array;
  depth: Int32Array;
  tin: Int32Array;
  tout: Int32Array;
  /** Units in pre-order (parents before children). */
  order: Int32Array;
}

/**
 * Validates the unit tree (one root, known parents, no cycles) and numbers it by an Euler tour.
 */
export function buildTree(units: readonly UnitInput[], unitIndex: Map<string, number>): Tree {
  const n = units.length;
  const parent = new Int32Array(n).fill(-1);
  let root = -1;
  for (let i = 0; i < n; i++) {
    const u = units[i]!;
    if (u.parentId === null) {
      if (root !== -1) {
        throw new SnapshotError(
          'unit.multiple_roots',
          `units ${units[root]!.id} and ${u.id} are both roots`,
          {
            unitId: u.id,
            otherUnitId: units[root]!.id,
          },
        );
      }
      root = i;
      continue;
    }
    const p = unitIndex.get(u.parentId);
    if (p === undefined) {
      throw new SnapshotError(
        'unit.parent_missing',
        `unit ${u.id} has unknown parent ${u.parentId}`,
        {
          unitId: u.id,
          parentId: u.parentId,
        },
      );
    }
    parent[i] = p;
  }
  if (root === -1) throw new SnapshotError('unit.no_root', 'no root unit');

  // Children in CSR form, in input order.
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) if (parent[i]! >= 0) childStart[parent[i]! + 1]!++;
  for (let i = 0; i < n; i++) childStart[i + 1]! += childStart[i]!;
  const fill = childStart.slice(0, n);
  const children = new Int32Array(Math.max(n - 1, 0));
  for (let i = 0; i < n; i++) if (parent[i]! >= 0) children[fill[parent[i]!]!++] = i;

  // Iterative DFS: tin on entry, tout = last tin inside the subtree.
  const depth = new Int32Array(n);
  const tin = new Int32Array(n).fill(-1);
  const tout = new Int32Array(n);
  const order = new Int32Array(n);
  const stack = new Int32Array(n);
  const next = childStart.slice(0, n);
  let top = 0;
  let clock = 0;
  stack[0] = root;
  tin[root] = clock;
  order[clock++] = root;
  while (top >= 0) {
    const u = stack[top]!;
    if (next[u]! < childStart[u + 1]!) {
      const c = children[next[u]!++]!;
      depth[c] = depth[u]! + 1;
      tin[c] = clock;
      order[clock++] = c;
      stack[++top] = c;
    } else {
      tout[u] = clock - 1;
      top--;
    }
  }
  if (clock < n) {
    // Every parent exists and there is one root, so an unreached unit hangs on a cycle.
    let u = tin.indexOf(-1);
    for (let step = 0; step < n; step++) u = parent[u]!;
    throw new SnapshotError('unit.cycle', `unit ${units[u]!.id} is part of a cycle`, {
      unitId: units[u]!.id,
    });
  }
  return { root, parent, depth, tin, tout, order };
}
