import { useInfiniteQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import type { StaffingPlanPage, StaffingPlanView } from '../../../contracts/staffing.ts';
import { ApiError } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { listStaffingPlans } from '../../api/staffing-plans.ts';
import { useSession } from '../../session/session.tsx';

/** The organization's staffing plans, newest first, a page at a time (admins). */
export function useStaffingPlanList(enabled = true) {
  return useInfiniteQuery({
    queryKey: queryKeys.staffingPlans,
    queryFn: ({ pageParam }) => listStaffingPlans({ limit: 20, cursor: pageParam ?? undefined }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

/** The server refused because the plan is no longer proposed (`409 staffing_plan.not_proposed`). */
export function isNotProposed(err: unknown): boolean {
  return (
    err instanceof ApiError && err.details.some((d) => d.code === 'staffing_plan.not_proposed')
  );
}

type ListData = InfiniteData<StaffingPlanPage, string | null>;

/**
 * Puts a plan the server just answered with into the cached list (a new one first, a changed one
 * in its place), so every place that shows it agrees at once; then reads the list again.
 */
export function usePutPlan(): (plan: StaffingPlanView) => Promise<void> {
  const queryClient = useQueryClient();
  return async (plan) => {
    queryClient.setQueryData<ListData>(queryKeys.staffingPlans, (data) => {
      if (!data) return data;
      const known = data.pages.some((p) => p.items.some((i) => i.id === plan.id));
      const pages = data.pages.map((p, n) => ({
        ...p,
        items: known
          ? p.items.map((i) => (i.id === plan.id ? plan : i))
          : n === 0
            ? [plan, ...p.items]
            : p.items,
      }));
      return { ...data, pages };
    });
    await queryClient.invalidateQueries({ queryKey: queryKeys.staffingPlans });
  };
}

/**
 * After a plan was applied: memberships, rights and duty notices changed, the signed-in admin's
 * own among them possibly.
 */
export function useAfterApplied(): () => Promise<void> {
  const queryClient = useQueryClient();
  const { refresh } = useSession();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.members }),
      queryClient.invalidateQueries({ queryKey: queryKeys.units }),
      queryClient.invalidateQueries({ queryKey: queryKeys.duties }),
      queryClient.invalidateQueries({ queryKey: ['decide'] }),
      refresh(),
    ]);
  };
}
