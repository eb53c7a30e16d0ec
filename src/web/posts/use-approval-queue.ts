import { usePostPages } from './use-post-pages.ts';

/**
 * Posts in review whose open step waits for the signed-in member's decision, as the server
 * decides it (`GET /posts?awaiting=me`: in the step's pool, not the author, not yet decided).
 * Used by the dashboard and the approval queue, so both count the same.
 */
export function useApprovalQueue() {
  return usePostPages({ awaiting: 'me' });
}
