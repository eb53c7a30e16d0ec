import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_REPORT_DAYS } from '../../../contracts/reports.ts';
import { PERIODS, type Period } from '../../../core/costs/periods.ts';
import { COST_DIMENSIONS, type CostDimension } from '../../../core/costs/report.ts';
import { listUnits } from '../../api/organization.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { costReportCsvUrl, getCostReport, type CostReportParams } from '../../api/reports.ts';
import { registerMessages } from '../../i18n/setup.ts';
import { useMe } from '../../session/session.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { BudgetCard } from './budget-card.tsx';
import { CostCharts } from './cost-charts.tsx';
import { daysInclusive, localToday, shiftDate } from './cost-format.ts';
import './costs.css';
import { costsMessages } from './messages.ts';
import { ReportTable } from './report-table.tsx';
import { WhatIfTable } from './what-if-table.tsx';

registerMessages('costs', costsMessages);

/**
 * Costs for admins and unit leads: charts over time, the report grouped as chosen (with CSV), and
 * for admins the what-if of the five models and the budget. Dates are the organization's.
 */
export default function CostsPage() {
  const { t } = useTranslation('costs');
  usePageTitle(t('title'));
  const me = useMe();
  const leads = me.memberships.filter((m) => m.role === 'lead');
  if (!me.member.admin && leads.length === 0) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p className="alert">{t('notAllowed')}</p>
      </>
    );
  }
  return <Costs />;
}

function Costs() {
  const { t } = useTranslation('costs');
  const me = useMe();
  const id = useId();
  const admin = me.member.admin;
  const timeZone = me.organization.timeZone;
  const [to, setTo] = useState(() => localToday(timeZone));
  const [from, setFrom] = useState(() => shiftDate(localToday(timeZone), -89));
  const [groupBy, setGroupBy] = useState<CostDimension>('period');
  const [period, setPeriod] = useState<Period>('week');
  const [unitId, setUnitId] = useState('');
  const units = useQuery({ queryKey: queryKeys.units, queryFn: listUnits, enabled: admin });
  const unitOptions = admin
    ? (units.data ?? []).map((u) => ({ id: u.id, name: u.name }))
    : me.memberships
        .filter((m) => m.role === 'lead')
        .map((m) => ({ id: m.unitId, name: m.unitName }));

  const days = daysInclusive(from, to);
  const rangeValid = days !== null && days >= 1 && days <= MAX_REPORT_DAYS;
  const base = useMemo<CostReportParams>(
    () => ({ from, to, period, unitId: unitId || undefined }),
    [from, to, period, unitId],
  );
  const tableQuery = { ...base, groupBy };
  const chartQuery = { ...base, groupBy: 'period' as const };
  const asKey = (q: CostReportParams) =>
    Object.fromEntries(
      Object.entries(q).map(([k, v]) => [k, v === undefined ? undefined : String(v)]),
    );
  const table = useQuery({
    queryKey: queryKeys.costReport(asKey(tableQuery)),
    queryFn: () => getCostReport(tableQuery),
    enabled: rangeValid,
    placeholderData: keepPreviousData,
  });
  const charts = useQuery({
    queryKey: queryKeys.costReport(asKey(chartQuery)),
    queryFn: () => getCostReport(chartQuery),
    enabled: rangeValid,
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <form className="card cost-filters" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('filters.legend')}</legend>
          <div className="filter-grid">
            <div className="field">
              <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
              <input
                id={`${id}-from`}
                type="date"
                value={from}
                max={to}
                onChange={(e) => setFrom(e.target.value)}
                aria-invalid={!rangeValid}
                aria-describedby={rangeValid ? undefined : `${id}-range`}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
              <input
                id={`${id}-to`}
                type="date"
                value={to}
                min={from}
                onChange={(e) => setTo(e.target.value)}
                aria-invalid={!rangeValid}
                aria-describedby={rangeValid ? undefined : `${id}-range`}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-group`}>{t('filters.groupBy')}</label>
              <select
                id={`${id}-group`}
                value={groupBy}
                onChange={(e) => setGroupBy(e.target.value as CostDimension)}
              >
                {COST_DIMENSIONS.map((d) => (
                  <option key={d} value={d}>
                    {t(`filters.groups.${d}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-period`}>{t('filters.period')}</label>
              <select
                id={`${id}-period`}
                value={period}
                onChange={(e) => setPeriod(e.target.value as Period)}
              >
                {PERIODS.map((p) => (
                  <option key={p} value={p}>
                    {t(`filters.periods.${p}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-unit`}>{t('filters.unit')}</label>
              <select id={`${id}-unit`} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
                <option value="">{t('filters.allUnits')}</option>
                {unitOptions.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {!rangeValid && (
            <p id={`${id}-range`} className="field-error" role="alert">
              {t('filters.rangeInvalid', { max: MAX_REPORT_DAYS })}
            </p>
          )}
        </fieldset>
      </form>
      {charts.error ? (
        <ErrorAlert error={charts.error} onRetry={() => void charts.refetch()} />
      ) : charts.data ? (
        <CostCharts report={charts.data} />
      ) : (
        rangeValid && <Loading />
      )}
      {table.error ? (
        <ErrorAlert error={table.error} onRetry={() => void table.refetch()} />
      ) : table.data ? (
        <ReportTable report={table.data} csvUrl={costReportCsvUrl(tableQuery)} />
      ) : (
        rangeValid && <Loading />
      )}
      {admin && (
        <div className="cost-admin">
          <WhatIfTable />
          <BudgetCard />
        </div>
      )}
    </>
  );
}
