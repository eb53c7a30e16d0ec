import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { POST_STATUSES, type PostStatus } from '../../../core/posts/status.ts';
import { listCampaigns } from '../../api/calendar.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { registerMessages } from '../../i18n/setup.ts';
import { filterParamsOf, filtersOf, withFilters, type Filters } from '../../posts/post-filters.ts';
import { PostFiltersForm } from '../../posts/post-filters-form.tsx';
import { PostSummary } from '../../posts/post-summary.tsx';
import { useDirectory } from '../../posts/use-directory.ts';
import { usePostPages } from '../../posts/use-post-pages.ts';
import { useMe } from '../../session/session.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { MoreButton } from '../../ui/more-button.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { postsMessages } from './messages.ts';

registerMessages('posts', postsMessages);

const isPostStatus = (s: string | undefined): s is PostStatus =>
  (POST_STATUSES as readonly (string | undefined)[]).includes(s);

/**
 * Every post the member may see (`GET /posts`, which leaves out what they may not), newest
 * first, a page at a time; filtered as the calendar is (unit with the units below it, channel,
 * campaign, status) and to the member's own posts, all kept in the address.
 */
export default function PostsPage() {
  const { t } = useTranslation('posts');
  usePageTitle(t('title'));
  const me = useMe();
  const { directory, error } = useDirectory();
  const [search, setSearch] = useSearchParams();
  const filterParams = filterParamsOf(search);
  const filters = useMemo(() => filtersOf(filterParams), [filterParams]);
  const mine = search.get('mine') === '1';
  const campaigns = useQuery({ queryKey: queryKeys.campaigns, queryFn: listCampaigns });
  const list = usePostPages({
    ...filters,
    status: isPostStatus(filters.status) ? filters.status : undefined,
    authorId: mine ? me.member.id : undefined,
  });
  const onFilters = (next: Filters) =>
    setSearch((prev) => withFilters(prev, next), { replace: true });
  const onMine = (checked: boolean) =>
    setSearch(
      (prev) => {
        const params = new URLSearchParams(prev);
        if (checked) params.set('mine', '1');
        else params.delete('mine');
        return params;
      },
      { replace: true },
    );
  const failure = error ?? list.error;
  if (failure) return <ErrorAlert error={failure} onRetry={list.refetch} />;
  if (!directory) return <Loading />;

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <PostFiltersForm
        filters={filters}
        directory={directory}
        campaigns={campaigns.data}
        onChange={onFilters}
        idPrefix="posts-filter"
      />
      <div className="field field-check">
        <input
          id="posts-mine"
          type="checkbox"
          checked={mine}
          onChange={(e) => onMine(e.target.checked)}
        />
        <label htmlFor="posts-mine">{t('mine')}</label>
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.items.length === 0 && !list.hasMore ? (
        <p>{t('none')}</p>
      ) : (
        list.items.map((p) => (
          <article className="card" key={p.id} data-post={p.id}>
            <PostSummary post={p} directory={directory} />
            <Link to={`/compose/${p.id}`}>{t('open')}</Link>
          </article>
        ))
      )}
      <MoreButton hasMore={list.hasMore} loading={list.loadingMore} onMore={list.loadMore} />
    </>
  );
}
