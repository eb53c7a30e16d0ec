import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DELIVERY_STATUSES, type Delivery } from '../../../contracts/deliveries.ts';
import { listDeliveries } from '../../api/deliveries.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useFormat } from '../../i18n/format.ts';
import { registerMessages } from '../../i18n/setup.ts';
import { useDirectory } from '../../posts/use-directory.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { MoreButton } from '../../ui/more-button.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { DeliveryFailure } from './delivery-failure.tsx';
import { deliveriesMessages } from './messages.ts';

registerMessages('deliveries', deliveriesMessages);

type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
const isDeliveryStatus = (s: string | null): s is DeliveryStatus =>
  (DELIVERY_STATUSES as readonly (string | null)[]).includes(s);

const PAGE_SIZE = 50;

/** Every delivery the member may see, with the counts per status; `?status=` filters. */
export default function DeliveriesPage() {
  const { t } = useTranslation('deliveries');
  const { t: tc } = useTranslation();
  usePageTitle(t('title'));
  const fmt = useFormat();
  const [search, setSearch] = useSearchParams();
  const raw = search.get('status');
  const status = isDeliveryStatus(raw) ? raw : undefined;
  const { directory } = useDirectory();
  const list = useInfiniteQuery({
    queryKey: queryKeys.deliveryList({ status }),
    queryFn: ({ pageParam }) =>
      listDeliveries({ status, cursor: pageParam ?? undefined, limit: PAGE_SIZE }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
  const setStatus = (next: string) => setSearch(next ? { status: next } : {}, { replace: true });
  const counts = list.data?.pages[0]?.counts;
  const items: Delivery[] = list.data?.pages.flatMap((p) => p.items) ?? [];
  const channelName = (id: string) => directory?.channel(id)?.displayName ?? '…';

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <section aria-labelledby="deliveries-counts">
        <h2 id="deliveries-counts">{t('counts.heading')}</h2>
        <ul className="delivery-counts">
          {DELIVERY_STATUSES.map((s) => (
            <li key={s} className={`delivery-count delivery-count-${s}`}>
              <button
                type="button"
                className="button"
                aria-pressed={status === s}
                aria-label={t('counts.show', { status: tc(`status.${s}`) })}
                onClick={() => setStatus(status === s ? '' : s)}
              >
                <span className="delivery-count-number">
                  {counts ? fmt.number(counts[s]) : '…'}
                </span>{' '}
                {tc(`status.${s}`)}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <div className="field delivery-filter">
        <label htmlFor="delivery-status">{t('filter.label')}</label>
        <select
          id="delivery-status"
          value={status ?? ''}
          onChange={(e) => setStatus(e.target.value)}
        >
          <option value="">{t('filter.all')}</option>
          {DELIVERY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {tc(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {list.isPending ? (
        <Loading />
      ) : items.length === 0 ? (
        <p>{status ? t('noneWithStatus') : t('none')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('table.caption')}>
          <table className="table deliveries-table">
            <thead>
              <tr>
                <th scope="col">{t('table.due')}</th>
                <th scope="col">{t('table.channel')}</th>
                <th scope="col">{t('table.status')}</th>
                <th scope="col" className="num">
                  {t('table.attempts')}
                </th>
                <th scope="col">{t('table.result')}</th>
                <th scope="col">{t('table.post')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.id} data-delivery={d.id} data-status={d.status}>
                  <td>
                    <time dateTime={d.dueAt}>{fmt.dateTime(d.dueAt)}</time>
                  </td>
                  <td>
                    {channelName(d.channelId)}{' '}
                    <span className="muted small">
                      ({tc(`networks.${d.network}`, { defaultValue: d.network })})
                    </span>
                  </td>
                  <td>
                    {isDeliveryStatus(d.status) ? (
                      <StatusBadge status={d.status} />
                    ) : (
                      <span className="badge">{d.status}</span>
                    )}
                  </td>
                  <td className="num">{fmt.number(d.attempts)}</td>
                  <td>
                    {d.status === 'published' && d.publishedAt && (
                      <span>{t('publishedAt', { time: fmt.dateTime(d.publishedAt) })} </span>
                    )}
                    {d.externalUrl && (
                      <a href={d.externalUrl} rel="noreferrer noopener" target="_blank">
                        {t('openExternal', {
                          network: tc(`networks.${d.network}`, { defaultValue: d.network }),
                        })}
                      </a>
                    )}
                    {d.status === 'scheduled' && d.attempts > 0 && (
                      <span>{t('nextTry', { time: fmt.dateTime(d.runAt) })} </span>
                    )}
                    {d.status !== 'published' && <DeliveryFailure delivery={d} />}
                  </td>
                  <td>
                    <Link to={`/compose/${d.postId}`}>{t('openPost')}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <MoreButton
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onMore={() => void list.fetchNextPage()}
      />
    </>
  );
}
