import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/query-keys.ts';
import { listStrategyAcknowledgements } from '../../api/strategy.ts';
import { useFormat } from '../../i18n/format.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';

/** Admins: who has not acknowledged the current version yet, and who has (with when). */
export function AcknowledgementsCard() {
  const { t } = useTranslation('strategy');
  const fmt = useFormat();
  const acks = useQuery({
    queryKey: queryKeys.strategyAcknowledgements,
    queryFn: listStrategyAcknowledgements,
  });
  if (acks.error) return <ErrorAlert error={acks.error} onRetry={() => void acks.refetch()} />;
  if (!acks.data) return <Loading />;
  const { version, pending, acknowledged } = acks.data;
  const byName = <T extends { name: string }>(xs: T[]) =>
    [...xs].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section className="card" aria-labelledby="strategy-acks" data-testid="strategy-acks">
      <h2 id="strategy-acks">{t('acks.heading', { version })}</h2>
      {pending.length === 0 ? (
        <p>{t('acks.allDone')}</p>
      ) : (
        <>
          <p className="warn-text">{t('acks.pending', { count: pending.length })}</p>
          <ul className="plain-list" data-testid="strategy-pending">
            {byName(pending).map((p) => (
              <li key={p.memberId}>
                {p.name} <span className="muted small">{p.email}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {acknowledged.length > 0 && (
        <>
          <p>{t('acks.acknowledged', { count: acknowledged.length })}</p>
          <ul className="plain-list">
            {byName(acknowledged).map((a) => (
              <li key={a.memberId}>
                {a.name}{' '}
                <span className="muted small">
                  {a.acknowledgedAt
                    ? t('acks.at', { date: fmt.dateTime(a.acknowledgedAt) })
                    : t('acks.atUnknown')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
