import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/query-keys.ts';
import { acknowledgeStrategy, getStrategy } from '../../api/strategy.ts';
import { useSession } from '../../session/session.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';

/** The current strategy, and the acknowledgement it asks for while it is unacknowledged. */
export function StrategyCard() {
  const { t } = useTranslation('dashboard');
  const { refresh } = useSession();
  const queryClient = useQueryClient();
  const strategy = useQuery({ queryKey: queryKeys.strategy, queryFn: getStrategy });
  const ack = useMutation({
    mutationFn: acknowledgeStrategy,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.strategy });
      // Acknowledging changes what the policy lets the member do.
      await queryClient.invalidateQueries({ queryKey: ['decide'] });
      await refresh();
    },
  });
  const current = strategy.data?.current;
  const pending = current && (strategy.data?.acknowledgedVersion ?? 0) < current.version;
  return (
    <section className={`card ${pending ? 'card-attention' : ''}`} aria-labelledby="dash-strategy">
      <h2 id="dash-strategy">{t('strategy.title')}</h2>
      {strategy.error ? (
        <ErrorAlert error={strategy.error} onRetry={() => void strategy.refetch()} />
      ) : strategy.isPending ? (
        <Loading />
      ) : !current ? (
        <p>{t('strategy.none')}</p>
      ) : (
        <>
          <h3>{current.title}</h3>
          {pending ? (
            <>
              <p>{t('strategy.pending', { version: current.version })}</p>
              <p className="strategy-body">{current.body}</p>
              <button
                type="button"
                className="button button-primary"
                onClick={() => ack.mutate(current.version)}
                disabled={ack.isPending}
              >
                {t('strategy.acknowledge', { version: current.version })}
              </button>
              {ack.error && <ErrorAlert error={ack.error} />}
            </>
          ) : (
            <p>{t('strategy.acknowledged', { version: current.version })}</p>
          )}
        </>
      )}
    </section>
  );
}
