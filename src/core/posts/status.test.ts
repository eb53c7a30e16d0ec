import { describe, expect, it } from 'vitest';
import { canMove, isPostStatus, POST_STATUSES, type PostStatus } from './status.ts';

/**
 * Every pair of statuses, written out by hand: `x` marks an allowed move (row → column). A move
 * added to or removed from the table in status.ts without changing this grid fails here.
 */
const GRID = `
                   dr ir cr ap sc pg pb fa rj pa ar
draft              .  x  .  x  .  .  .  .  .  .  x
in_review          x  x  x  x  .  .  .  .  x  x  x
changes_requested  .  x  .  x  .  .  .  .  .  .  x
approved           .  x  .  .  x  .  .  .  .  x  x
scheduled          .  x  .  x  .  x  .  .  .  x  x
publishing         .  .  .  .  .  .  x  x  .  .  .
published          .  .  .  .  .  .  .  .  .  .  x
failed             .  .  .  .  x  .  .  .  .  .  x
rejected           .  .  .  .  .  .  .  .  .  .  x
paused             .  x  .  x  x  .  .  .  .  .  x
archived           .  .  .  .  .  .  .  .  .  .  .
`;

const rows = GRID.trim()
  .split('\n')
  .slice(1)
  .map((line) => line.trim().split(/\s+/));

describe('post status transitions', () => {
  it('the grid names every status once, in order', () => {
    expect(rows.map((r) => r[0])).toEqual([...POST_STATUSES]);
    for (const r of rows) expect(r).toHaveLength(POST_STATUSES.length + 1);
  });

  const cases: [PostStatus, PostStatus, boolean][] = rows.flatMap((r) =>
    POST_STATUSES.map((to, i): [PostStatus, PostStatus, boolean] => [
      r[0] as PostStatus,
      to,
      r[i + 1] === 'x',
    ]),
  );

  it.each(cases)('%s → %s: %s', (from, to, allowed) => {
    expect(canMove(from, to)).toBe(allowed);
  });

  it('archived is final, and only the worker leaves publishing', () => {
    for (const to of POST_STATUSES) expect(canMove('archived', to)).toBe(false);
    expect(POST_STATUSES.filter((to) => canMove('publishing', to))).toEqual([
      'published',
      'failed',
    ]);
  });

  it('knows its statuses', () => {
    expect(isPostStatus('scheduled')).toBe(true);
    expect(isPostStatus('deleted')).toBe(false);
  });
});
