import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/query-keys.ts';
import { acknowledgeStrategy, getStrategy } from '../../api/strategy.ts';
import { useFormat } from '../../i18n/format.ts';
import { registerMessages } from '../../i18n/setup.ts';
import { useDirectory } from '../../posts/use-directory.ts';
import { useMe, useSession } from '../../session/session.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { AcknowledgementsCard } from './acknowledgements-card.tsx';
import { GoalsTable } from './goals-table.tsx';
import { HistoryTable } from './history-table.tsx';
import { strategyMessages } from './messages.ts';
import { PublishForm } from './publish-form.tsx';
import './strategy.css';

registerMessages('strategy', strategyMessages);

/**
 * The strategy every member has to know: the current version with its goals, the member's
 * acknowledgement, the history; admins publish new versions and see who has not acknowledged.
 */
export default function StrategyPage() {
  const { t } = useTranslation('strategy');
  usePageTitle(t('title'));
  const me = useMe();
  const { refresh } = useSession();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const strategy = useQuery({ queryKey: queryKeys.strategy, queryFn: getStrategy });
  const { directory, error } = useDirectory();
  const ack = useMutation({
    mutationFn: acknowledgeStrategy,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.strategy });
      await queryClient.invalidateQueries({ queryKey: queryKeys.duties });
      // Acknowledging changes what the policy lets the member do.
      await queryClient.invalidateQueries({ queryKey: ['decide'] });
      await refresh();
    },
  });

  const failure = strategy.error ?? error;
  if (failure) return <ErrorAlert error={failure} onRetry={() => void strategy.refetch()} />;
  if (!strategy.data || !directory) return <Loading />;
  const { current, versions, acknowledgedVersion } = strategy.data;
  const admin = me.member.admin;
  const pending = current !== null && acknowledgedVersion < current.version;
  const author = current?.publishedBy
    ? directory.members.find((m) => m.id === current.publishedBy)?.name
    : undefined;

  return (
    <>
      <h1>{t('title')}</h1>
      {!current ? (
        <p>{admin ? t('noneAdmin') : t('none')}</p>
      ) : (
        <section
          className={`card ${pending ? 'card-attention' : ''}`}
          aria-labelledby="strategy-current"
          data-testid="strategy-current"
        >
          <h2 id="strategy-current">
            {t('current.heading')}: {current.title}
          </h2>
          <p className="muted">
            {author
              ? t('current.meta', {
                  version: current.version,
                  date: fmt.dateTime(current.publishedAt),
                  name: author,
                })
              : t('current.metaNoAuthor', {
                  version: current.version,
                  date: fmt.dateTime(current.publishedAt),
                })}
          </p>
          <p className="strategy-body">{current.body}</p>
          <h3 id="strategy-goals">{t('goals.heading')}</h3>
          <GoalsTable goals={current.goals} unitName={directory.unitName} />
          <div className="strategy-ack" aria-live="polite">
            {pending ? (
              <>
                <p className="warn-text">{t('current.pending', { version: current.version })}</p>
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => ack.mutate(current.version)}
                  disabled={ack.isPending}
                >
                  {ack.isPending
                    ? t('current.acknowledging')
                    : t('current.acknowledge', { version: current.version })}
                </button>
              </>
            ) : (
              <p role="status">{t('current.acknowledged', { version: current.version })}</p>
            )}
            {ack.error && <ErrorAlert error={ack.error} />}
          </div>
        </section>
      )}
      {admin && current && <AcknowledgementsCard key={current.version} />}
      {versions.length > 0 && (
        <section aria-labelledby="strategy-history">
          <h2 id="strategy-history">{t('history.heading')}</h2>
          <HistoryTable
            versions={versions}
            currentVersion={current?.version}
            memberName={(id) => directory.members.find((m) => m.id === id)?.name}
          />
        </section>
      )}
      {admin && <PublishForm current={current} units={directory.units} />}
    </>
  );
}
