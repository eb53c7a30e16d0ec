import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { dutyStatus } from '../../api/duties.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useFormat } from '../../i18n/format.ts';
import { useMe } from '../../session/session.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';

/** Admins: per model switch, strategy version or staffing plan, who has not acknowledged yet. */
export function DutyStatus() {
  const { t } = useTranslation('duties');
  const fmt = useFormat();
  const me = useMe();
  const status = useInfiniteQuery({
    // Labels come in the member's saved language: ask again when it changes.
    queryKey: queryKeys.dutyStatus(me.member.locale),
    queryFn: ({ pageParam }) => dutyStatus({ limit: 20, cursor: pageParam ?? undefined }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const batches = status.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="duties-status" className="card">
      <h2 id="duties-status">{t('status.heading')}</h2>
      <p className="muted">{t('status.intro')}</p>
      {status.error ? (
        <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />
      ) : !status.data ? (
        <Loading />
      ) : batches.length === 0 ? (
        <p>{t('status.none')}</p>
      ) : (
        <ul className="plain-list duty-batches">
          {batches.map((b) => (
            <li key={b.sourceId} data-source={b.source} data-testid="duty-batch">
              <details open={b.pending.length > 0 && b === batches[0]}>
                <summary>
                  <strong>{b.label}</strong> ·{' '}
                  {t('status.counts', { acknowledged: b.acknowledged, notices: b.notices })} ·{' '}
                  <span className="muted">
                    {t('status.sent', { date: fmt.dateTime(b.createdAt) })}
                  </span>
                </summary>
                {b.pending.length === 0 ? (
                  <p>{t('status.allDone')}</p>
                ) : (
                  <>
                    <p>{t('status.pending')}</p>
                    <ul className="plain-list">
                      {b.pending.map((p) => (
                        <li key={p.noticeId}>
                          {p.name} <span className="muted small">{p.email}</span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
      {status.hasNextPage && (
        <button
          type="button"
          className="button"
          disabled={status.isFetchingNextPage}
          onClick={() => void status.fetchNextPage()}
        >
          {t('status.more')}
        </button>
      )}
    </section>
  );
}
