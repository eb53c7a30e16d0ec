import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModelApplyResult } from '../../../contracts/model-switch.ts';
import { dutyStatus } from '../../api/duties.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useMe } from '../../session/session.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';

/** After the switch: what it did, and the duty notices it sent with who has not acknowledged. */
export function SwitchResult({ result }: { result: ModelApplyResult }) {
  const { t } = useTranslation('modelSwitch');
  const { t: tc } = useTranslation();
  const me = useMe();
  const heading = useRef<HTMLHeadingElement>(null);
  const status = useQuery({
    // The batch's label comes in the member's saved language.
    queryKey: [...queryKeys.dutyStatus(me.member.locale), 'model_switch'],
    queryFn: () => dutyStatus({ source: 'model_switch', limit: 20 }),
  });
  const batch = status.data?.items.find((b) => b.sourceId === result.switchId);

  useEffect(() => {
    heading.current?.focus();
  }, [result.switchId]);

  return (
    <section className="card alert-success switch-result" aria-labelledby="switch-done">
      <h2 id="switch-done" ref={heading} tabIndex={-1} className="focus-target">
        {t('apply.done', { model: tc(`models.${result.organization.model}`) })}
      </h2>
      <p>
        {t('apply.notices', { count: result.notices })}{' '}
        {t('apply.recomputed', { count: result.postsRecomputed })}
      </p>
      <h3>{t('notices.heading')}</h3>
      {status.error ? (
        <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />
      ) : !status.data ? (
        <Loading />
      ) : batch ? (
        <div data-testid="switch-notices">
          <p>
            <strong>{batch.label}</strong> ·{' '}
            {t('notices.acknowledged', {
              acknowledged: batch.acknowledged,
              notices: batch.notices,
            })}
          </p>
          {batch.pending.length === 0 ? (
            <p>{t('notices.allDone')}</p>
          ) : (
            <>
              <p>{t('notices.pending')}</p>
              <ul className="plain-list">
                {batch.pending.map((p) => (
                  <li key={p.noticeId}>
                    {p.name} <span className="muted small">{p.email}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
      <div className="actions">
        <button type="button" className="button" onClick={() => void status.refetch()}>
          {t('notices.refresh')}
        </button>
        <Link to="/duties" className="button">
          {t('notices.toDuties')}
        </Link>
      </div>
    </section>
  );
}
