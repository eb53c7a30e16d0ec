import { useQueries, useQuery } from '@tanstack/react-query';
import { decide, listUnits } from '../api/organization.ts';
import { listPosts } from '../api/posts.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { Post } from '../../contracts/posts.ts';
import { useMe } from '../session/session.tsx';
import { inOpenPool, openStep } from './may-approve.ts';

/**
 * Posts in review whose open step the signed-in member may decide: in the step's pool, and
 * `decide(approve)` allows it on every channel the step stands for. Used by the dashboard and the
 * approval queue, so both count the same.
 */
export function useApprovalQueue() {
  const me = useMe();
  const posts = useQuery({
    queryKey: queryKeys.postList({ status: 'in_review' }),
    queryFn: () => listPosts({ status: 'in_review', limit: 200 }),
  });
  const units = useQuery({ queryKey: queryKeys.units, queryFn: listUnits });
  const candidates: Post[] =
    posts.data && units.data ? posts.data.items.filter((p) => inOpenPool(me, units.data, p)) : [];
  const channelIds = [...new Set(candidates.flatMap((p) => openStep(p)?.channelIds ?? []))];
  const decisions = useQueries({
    queries: channelIds.map((channelId) => ({
      queryKey: queryKeys.decide('approve', channelId),
      queryFn: () => decide({ action: 'approve', channelId }),
    })),
  });
  const allowed = new Map(channelIds.map((id, i) => [id, decisions[i]?.data?.allowed]));
  const pendingDecisions = decisions.some((d) => d.isPending);
  const items = candidates.filter((p) =>
    (openStep(p)?.channelIds ?? []).every((id) => allowed.get(id) === true),
  );
  const error = posts.error ?? units.error ?? decisions.find((d) => d.error)?.error ?? null;
  return {
    items,
    isPending: posts.isPending || units.isPending || pendingDecisions,
    error,
    refetch: () => void posts.refetch(),
  };
}
