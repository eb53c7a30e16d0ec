import { useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { listPostsQuery, Post } from '../../contracts/posts.ts';
import { listPosts } from '../api/posts.ts';
import { queryKeys } from '../api/query-keys.ts';

type PostFilter = Omit<Partial<z.output<typeof listPostsQuery>>, 'cursor' | 'limit'>;

const PAGE_SIZE = 50;

/** Posts matching `filter`, newest first, a page at a time (`GET /posts` with its cursor). */
export function usePostPages(filter: PostFilter) {
  const list = useInfiniteQuery({
    queryKey: queryKeys.postPages(filter),
    queryFn: ({ pageParam }) =>
      listPosts({ ...filter, cursor: pageParam ?? undefined, limit: PAGE_SIZE }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items: Post[] = list.data?.pages.flatMap((p) => p.items) ?? [];
  return {
    items,
    isPending: list.isPending,
    error: list.error,
    refetch: () => void list.refetch(),
    /** More pages wait on the server. */
    hasMore: list.hasNextPage,
    loadingMore: list.isFetchingNextPage,
    loadMore: () => void list.fetchNextPage(),
  };
}
