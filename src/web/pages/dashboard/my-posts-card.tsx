import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listPosts } from '../../api/posts.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { excerpt } from '../../posts/excerpt.ts';
import { useMe } from '../../session/session.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';

/** Statuses in which a post waits for its author: to finish, to rework, to schedule. */
const NEEDS_AUTHOR = new Set(['draft', 'changes_requested', 'approved']);

export function MyPostsCard() {
  const { t } = useTranslation('dashboard');
  const me = useMe();
  const posts = useQuery({
    queryKey: queryKeys.postList({ authorId: me.member.id }),
    queryFn: () => listPosts({ authorId: me.member.id, limit: 100 }),
  });
  const mine = posts.data?.items.filter((p) => NEEDS_AUTHOR.has(p.status)) ?? [];
  return (
    <section className="card" aria-labelledby="dash-my-posts">
      <h2 id="dash-my-posts">{t('myPosts.title')}</h2>
      {posts.error ? (
        <ErrorAlert error={posts.error} onRetry={() => void posts.refetch()} />
      ) : posts.isPending ? (
        <Loading />
      ) : mine.length === 0 ? (
        <p>{t('myPosts.none')}</p>
      ) : (
        <ul className="plain-list">
          {mine.map((p) => (
            <li key={p.id}>
              <span>{p.title || excerpt(p.variants[0]?.text ?? '')}</span>{' '}
              <StatusBadge status={p.status} />{' '}
              {p.status === 'approved' ? (
                <Link to="/approvals">{t('myPosts.schedule')}</Link>
              ) : (
                <Link to={`/compose/${p.id}`}>{t('myPosts.edit')}</Link>
              )}
            </li>
          ))}
        </ul>
      )}
      <Link to="/compose" className="button">
        {t('myPosts.newPost')}
      </Link>
    </section>
  );
}
