import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhatIf } from '../../../contracts/reports.ts';
import { DURATION_KEYS } from '../../../core/costs/durations.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { getWhatIf } from '../../api/reports.ts';
import { makeMoney } from '../../i18n/money.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { formatMinutes } from './cost-format.ts';
import type { costsMessages } from './messages.ts';

const DAYS = [30, 90, 180, 365] as const;

type Replay = WhatIf['models'][number];
type Row = {
  key: keyof (typeof costsMessages)['en']['whatIf']['rows'];
  value: (m: Replay) => string;
};

/** Admins: the organization's own recent posts replayed through all five models, side by side. */
export function WhatIfTable() {
  const { t, i18n } = useTranslation('costs');
  const { t: tc } = useTranslation();
  const id = useId();
  const [days, setDays] = useState<number>(30);
  const whatIf = useQuery({ queryKey: queryKeys.whatIf(days), queryFn: () => getWhatIf(days) });
  const locale = i18n.language;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const data = whatIf.data;
  const money = makeMoney(locale, data?.currency ?? 'EUR');
  const n = (v: number | null) => (v === null ? '—' : number.format(v));
  const dur = (v: number | null) => (v === null ? '—' : formatMinutes(v, locale));
  const rows: Row[] = [
    { key: 'hubsInPlace', value: (m) => (m.hubsInPlace ? tc('yes') : tc('no')) },
    { key: 'submitted', value: (m) => n(m.submitted) },
    { key: 'refused', value: (m) => n(m.refused) },
    { key: 'withoutApproval', value: (m) => n(m.withoutApproval) },
    { key: 'approvalSteps', value: (m) => n(m.approvalSteps) },
    { key: 'stepsPerPost', value: (m) => n(m.stepsPerPost) },
    { key: 'hubSteps', value: (m) => n(m.hubSteps) },
    { key: 'handoffs', value: (m) => n(m.handoffs) },
    { key: 'unstaffedSteps', value: (m) => n(m.unstaffedSteps) },
    { key: 'hours', value: (m) => n(m.hours) },
    { key: 'cost', value: (m) => money(m.costCents) },
    {
      key: 'costPerPost',
      value: (m) => (m.costPerPostCents === null ? '—' : money(m.costPerPostCents)),
    },
    { key: 'medianToPublish', value: (m) => dur(m.timeToPublish.medianMinutes) },
    { key: 'p90ToPublish', value: (m) => dur(m.timeToPublish.p90Minutes) },
    { key: 'publishDirectly', value: (m) => n(m.members.publishDirectly) },
    { key: 'submitWithApproval', value: (m) => n(m.members.submitWithApproval) },
    { key: 'cannotSubmit', value: (m) => n(m.members.cannotSubmit) },
  ];
  return (
    <section aria-labelledby="costs-whatif" className="card">
      <h2 id="costs-whatif">{t('whatIf.heading')}</h2>
      <p className="muted">{t('whatIf.intro', { days })}</p>
      <div className="field inline-field">
        <label htmlFor={`${id}-days`}>{t('whatIf.days')}</label>
        <select id={`${id}-days`} value={days} onChange={(e) => setDays(Number(e.target.value))}>
          {DAYS.map((d) => (
            <option key={d} value={d}>
              {t('whatIf.daysOption', { count: d })}
            </option>
          ))}
        </select>
      </div>
      {whatIf.error ? (
        <ErrorAlert error={whatIf.error} onRetry={() => void whatIf.refetch()} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="costs-whatif">
            <table className="table what-if-table" data-testid="what-if-table">
              <thead>
                <tr>
                  <th scope="col">{t('whatIf.figure')}</th>
                  {data.models.map((m) => (
                    <th
                      key={m.model}
                      scope="col"
                      className={`num ${m.current ? 'is-current' : ''}`}
                      data-model={m.model}
                      aria-current={m.current ? 'true' : undefined}
                    >
                      {m.current ? (
                        <>
                          <span className="visually-hidden">
                            {t('whatIf.currentModel', { model: tc(`models.${m.model}`) })}
                          </span>
                          <span aria-hidden="true">
                            {tc(`models.${m.model}`)}
                            <span className="badge badge-approved">{t('whatIf.current')}</span>
                          </span>
                        </>
                      ) : (
                        tc(`models.${m.model}`)
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key} data-row={r.key}>
                    <th scope="row">{t(`whatIf.rows.${r.key}`)}</th>
                    {data.models.map((m) => (
                      <td key={m.model} className={`num ${m.current ? 'is-current' : ''}`}>
                        {r.value(m)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t('whatIf.assumptions')}</h3>
          <ul className="assumptions">
            {DURATION_KEYS.map((k) => (
              <li key={k}>
                {t(`whatIf.durations.${k}`)}: {formatMinutes(data.durations[k], locale)}{' '}
                <span className="muted">({t(`whatIf.sources.${data.sources[k]}`)})</span>
              </li>
            ))}
          </ul>
          {data.skipped.count > 0 && (
            <p className="muted">{t('whatIf.skipped', { count: data.skipped.count })}</p>
          )}
        </>
      )}
    </section>
  );
}
