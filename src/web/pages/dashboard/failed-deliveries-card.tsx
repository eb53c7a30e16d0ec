import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listDeliveries } from '../../api/deliveries.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useFormat } from '../../i18n/format.ts';
import { useDirectory } from '../../posts/use-directory.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { DeliveryFailure } from '../deliveries/delivery-failure.tsx';

/** How many failed deliveries the card spells out; the rest are on the deliveries page. */
const SHOWN = 5;

/** Deliveries that failed for good (the author and the hub were told), each with its reason. */
export function FailedDeliveriesCard() {
  const { t } = useTranslation('dashboard');
  const fmt = useFormat();
  const { directory } = useDirectory();
  const failed = useQuery({
    queryKey: queryKeys.deliveryList({ status: 'failed', limit: String(SHOWN) }),
    queryFn: () => listDeliveries({ status: 'failed', limit: SHOWN }),
  });
  const count = failed.data?.counts.failed ?? 0;
  return (
    <section
      className={`card ${count > 0 ? 'card-attention' : ''}`}
      aria-labelledby="dash-failed"
      data-slot="failed-deliveries"
    >
      <h2 id="dash-failed">{t('failedDeliveries.title')}</h2>
      {failed.error ? (
        <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />
      ) : failed.isPending ? (
        <Loading />
      ) : count === 0 ? (
        <p>{t('failedDeliveries.none')}</p>
      ) : (
        <>
          <p className="count">{t('failedDeliveries.count', { count })}</p>
          <ul className="plain-list">
            {failed.data.items.map((d) => (
              <li key={d.id} data-delivery={d.id}>
                <strong>
                  {t('failedDeliveries.item', {
                    channel: directory?.channel(d.channelId)?.displayName ?? '…',
                    time: fmt.dateTime(d.dueAt),
                  })}
                </strong>
                <br />
                <DeliveryFailure delivery={d} />
                <Link to={`/compose/${d.postId}`}>{t('failedDeliveries.openPost')}</Link>
              </li>
            ))}
          </ul>
          <Link to="/deliveries?status=failed">{t('failedDeliveries.all')}</Link>
        </>
      )}
    </section>
  );
}
