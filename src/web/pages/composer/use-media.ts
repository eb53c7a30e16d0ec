import { useQueries } from '@tanstack/react-query';
import type { Media } from '../../../contracts/media.ts';
import { getMedia } from '../../api/media.ts';
import { queryKeys } from '../../api/query-keys.ts';

/** The facts (type, name, size) of attached media; items still loading are left out. */
export function useMediaItems(ids: readonly string[]): Media[] {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: queryKeys.media(id),
      queryFn: () => getMedia(id),
      staleTime: Infinity,
    })),
  });
  return results.flatMap((r) => (r.data ? [r.data] : []));
}
