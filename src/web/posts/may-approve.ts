import type { Me } from '../api/auth.ts';
import type { Post } from '../../contracts/posts.ts';
import type { Unit } from '../../contracts/units.ts';

type Step = Post['approval']['steps'][number];

/** The step of the current round that waits for a decision: the first pending one. */
export function openStep(post: Post): Step | undefined {
  return [...post.approval.steps]
    .sort((a, b) => a.position - b.position)
    .find((s) => s.status === 'pending');
}

/** Whether `unitId` is `ancestorId` or lies below it. */
function within(units: readonly Unit[], unitId: string, ancestorId: string): boolean {
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  for (let at: string | null | undefined = unitId; at; at = parent.get(at)) {
    if (at === ancestorId) return true;
  }
  return false;
}

/**
 * Whether the member belongs to the pool of the post's open step, as the server's `inPool` reads
 * it: a lead of the step's unit or above it for `unit_leads`, an editor or lead of the named hub
 * for the hub pools, anyone trained for `trained_peers`; never for their own post. The gates the
 * policy engine adds (informed, trained) are asked separately with `GET /decide`. The server
 * decides in the end; this only picks what to show in the queue.
 */
export function inOpenPool(me: Me, units: readonly Unit[], post: Post): boolean {
  if (post.status !== 'in_review' || post.authorId === me.member.id) return false;
  const step = openStep(post);
  if (!step) return false;
  if (step.decisions.some((d) => d.memberId === me.member.id)) return false;
  if (step.pool === 'trained_peers') return me.member.trainedAt !== null;
  const unitId = step.unitId;
  if (unitId === null) return false;
  return me.memberships.some((m) =>
    step.pool === 'unit_leads'
      ? m.role === 'lead' && within(units, unitId, m.unitId)
      : m.unitId === unitId && (m.role === 'editor' || m.role === 'lead'),
  );
}
