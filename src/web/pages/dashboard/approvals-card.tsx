import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { excerpt } from '../../posts/excerpt.ts';
import { useApprovalQueue } from '../../posts/use-approval-queue.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';

export function ApprovalsCard() {
  const { t } = useTranslation('dashboard');
  const queue = useApprovalQueue();
  return (
    <section className="card" aria-labelledby="dash-approvals">
      <h2 id="dash-approvals">{t('approvals.title')}</h2>
      {queue.error ? (
        <ErrorAlert error={queue.error} onRetry={queue.refetch} />
      ) : queue.isPending ? (
        <Loading />
      ) : queue.items.length === 0 ? (
        <p>{t('approvals.none')}</p>
      ) : (
        <>
          <p className="count">
            {t(queue.hasMore ? 'approvals.countAtLeast' : 'approvals.count', {
              count: queue.items.length,
            })}
          </p>
          <ul>
            {queue.items.slice(0, 5).map((p) => (
              <li key={p.id}>{p.title || excerpt(p.variants[0]?.text ?? '')}</li>
            ))}
          </ul>
          <Link to="/approvals">{t('approvals.open')}</Link>
        </>
      )}
    </section>
  );
}
