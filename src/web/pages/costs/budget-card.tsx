import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Budget } from '../../../contracts/reports.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { getBudget } from '../../api/reports.ts';
import { makeMoney } from '../../i18n/money.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { periodLabel, pointName } from './cost-format.ts';

const MONTHS = [3, 6, 12, 24] as const;
const STAFF_COLOUR = '#1d4ed8';
const OTHER_COLOUR = '#7a4f00';
const BUDGET_COLOUR = '#a61b12';

/** Admins: cost per month against the budget, this month's projection, and the trend. */
export function BudgetCard() {
  const { t } = useTranslation('costs');
  const id = useId();
  const [months, setMonths] = useState<number>(6);
  const budget = useQuery({ queryKey: queryKeys.budget(months), queryFn: () => getBudget(months) });
  return (
    <section aria-labelledby="costs-budget" className="card">
      <h2 id="costs-budget">{t('budget.heading')}</h2>
      <div className="field inline-field">
        <label htmlFor={`${id}-months`}>{t('budget.months')}</label>
        <select
          id={`${id}-months`}
          value={months}
          onChange={(e) => setMonths(Number(e.target.value))}
        >
          {MONTHS.map((m) => (
            <option key={m} value={m}>
              {t('budget.monthsOption', { count: m })}
            </option>
          ))}
        </select>
      </div>
      {budget.error ? (
        <ErrorAlert error={budget.error} onRetry={() => void budget.refetch()} />
      ) : !budget.data ? (
        <Loading />
      ) : (
        <BudgetView budget={budget.data} />
      )}
    </section>
  );
}

function BudgetView({ budget }: { budget: Budget }) {
  const { t, i18n } = useTranslation('costs');
  const locale = i18n.language;
  const money = makeMoney(locale, budget.currency);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const signedMoney = (cents: number) => (cents > 0 ? '+' : '') + money(cents);
  const compactMoney = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: budget.currency,
    notation: 'compact',
  });
  const monthName = (start: string, short: boolean) =>
    periodLabel('month', start, { locale, timeZone: budget.timeZone, short });
  const data = budget.months.map((m) => ({
    axis: monthName(m.start, true),
    name: monthName(m.start, false),
    staff: m.staffCostCents / 100,
    other: m.otherCostCents / 100,
    budget: m.budgetCents === null ? null : m.budgetCents / 100,
  }));
  const current = budget.current;
  const currentMonth = budget.months.find((m) => m.month === current.month);
  const slope = budget.trend.slopeCentsPerMonth;
  const trendText =
    slope === null
      ? t('budget.trendNone')
      : slope > 0
        ? t('budget.trendUp', { amount: money(slope), months: budget.trend.completeMonths })
        : slope < 0
          ? t('budget.trendDown', { amount: money(-slope), months: budget.trend.completeMonths })
          : t('budget.trendFlat', { months: budget.trend.completeMonths });

  return (
    <>
      <p data-testid="budget-setting">
        {budget.monthlyBudgetCents === null
          ? t('budget.noBudget')
          : t('budget.budgetSet', { budget: money(budget.monthlyBudgetCents) })}
      </p>
      <ul className="budget-facts">
        {currentMonth && (
          <li>
            {t('budget.projection', {
              spent: money(currentMonth.totalCostCents),
              projected: money(current.projectedCents),
              share: percent.format(current.elapsedShare),
            })}
            {current.projectedBudgetShare !== null &&
              ` ${t('budget.projectedShare', { share: percent.format(current.projectedBudgetShare) })}`}
          </li>
        )}
        {current.projectedOverBudget !== null && (
          <li className={current.projectedOverBudget ? 'warn-text' : undefined}>
            {current.projectedOverBudget ? t('budget.overBudget') : t('budget.withinBudget')}
          </li>
        )}
        <li data-testid="budget-trend">{trendText}</li>
      </ul>
      <figure className="chart" aria-labelledby="chart-budget-caption" data-chart="budget">
        <figcaption id="chart-budget-caption">
          <strong>{t('budget.chart')}</strong>
          <span className="muted small"> {t('budget.chartSummary')}</span>
        </figcaption>
        <ResponsiveContainer width="100%" height={260}>
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
            <CartesianGrid stroke="#d5d9e0" strokeDasharray="3 3" />
            <XAxis dataKey="axis" tick={{ fill: '#1b1f24', fontSize: 12 }} />
            <YAxis
              tick={{ fill: '#1b1f24', fontSize: 12 }}
              tickFormatter={(v: number) => compactMoney.format(v)}
            />
            <Tooltip
              labelFormatter={(_, payload) => pointName(payload)}
              formatter={(value) => money(Math.round(Number(value) * 100))}
            />
            <Legend />
            <Bar
              dataKey="staff"
              stackId="cost"
              name={t('budget.staff')}
              fill={STAFF_COLOUR}
              isAnimationActive={false}
            />
            <Bar
              dataKey="other"
              stackId="cost"
              name={t('budget.other')}
              fill={OTHER_COLOUR}
              isAnimationActive={false}
            />
            {budget.monthlyBudgetCents !== null && (
              <Line
                dataKey="budget"
                name={t('budget.budget')}
                stroke={BUDGET_COLOUR}
                strokeDasharray="6 3"
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </figure>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="costs-budget">
        <table className="table" data-testid="budget-table">
          <thead>
            <tr>
              <th scope="col">{t('budget.month')}</th>
              <th scope="col" className="num">
                {t('budget.staff')}
              </th>
              <th scope="col" className="num">
                {t('budget.other')}
              </th>
              <th scope="col" className="num">
                {t('budget.total')}
              </th>
              <th scope="col" className="num">
                {t('budget.budget')}
              </th>
              <th scope="col" className="num">
                {t('budget.remaining')}
              </th>
              <th scope="col" className="num">
                {t('budget.used')}
              </th>
              <th scope="col" className="num">
                {t('budget.change')}
              </th>
            </tr>
          </thead>
          <tbody>
            {budget.months.map((m) => (
              <tr key={m.month} data-month={m.month}>
                <th scope="row">
                  {monthName(m.start, false)}
                  {!m.complete && <span className="muted small"> ({t('budget.running')})</span>}
                </th>
                <td className="num">{money(m.staffCostCents)}</td>
                <td className="num">{money(m.otherCostCents)}</td>
                <td className="num">{money(m.totalCostCents)}</td>
                <td className="num">{m.budgetCents === null ? '—' : money(m.budgetCents)}</td>
                <td className={`num ${(m.remainingCents ?? 0) < 0 ? 'warn-text' : ''}`}>
                  {m.remainingCents === null ? '—' : money(m.remainingCents)}
                </td>
                <td className="num">
                  {m.budgetShare === null ? '—' : percent.format(m.budgetShare)}
                </td>
                <td className="num">{m.changeCents === null ? '—' : signedMoney(m.changeCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
