import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CostReport } from '../../../contracts/reports.ts';
import { makeMoney } from '../../i18n/money.ts';
import { fillPeriods, periodLabel, pointName } from './cost-format.ts';

/** Colours with at least 4.5:1 against white, told apart by shape too (bars, line, dots). */
const HOURS_COLOUR = '#1d4ed8';
const COST_COLOUR = '#9a3412';
const SHARE_COLOUR = '#166534';

/**
 * Hours and cost over time, and the coordination share, from a report grouped by period. Every
 * period of the range is drawn, quiet ones as zero. Each chart has a caption and a sentence with
 * the totals; the numbers themselves are in the report table.
 */
export function CostCharts({ report }: { report: CostReport }) {
  const { t, i18n } = useTranslation('costs');
  const locale = i18n.language;
  const money = makeMoney(locale, report.currency);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const compactMoney = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: report.currency,
    notation: 'compact',
  });
  const period = t(`filters.periods.${report.period}`);
  const label = (start: string, short: boolean) =>
    periodLabel(report.period, start, {
      locale,
      timeZone: report.timeZone,
      short,
      weekOf: short ? undefined : (date) => t('charts.weekOf', { date }),
    });
  const data = fillPeriods(report).map((p) => ({
    key: p.key,
    axis: label(p.start, true),
    name: label(p.start, false),
    hours: p.hours,
    cost: p.totalCostCents / 100,
    share: p.coordinationShare === null ? null : Math.round(p.coordinationShare * 1000) / 10,
  }));
  const hasData = report.total.minutes > 0 || report.total.totalCostCents > 0;

  return (
    <section aria-labelledby="costs-charts" className="cost-charts">
      <h2 id="costs-charts">{t('charts.heading')}</h2>
      {!hasData && <p className="muted">{t('charts.noData')}</p>}
      <div className="chart-grid">
        <figure
          className="card chart"
          aria-labelledby="chart-hours-caption"
          data-chart="hours-cost"
        >
          <figcaption id="chart-hours-caption">
            <strong>{t('charts.hoursCost', { period })}</strong>
            <span className="muted small">
              {' '}
              {t('charts.hoursCostSummary', {
                hours: number.format(report.total.hours),
                cost: money(report.total.totalCostCents),
                period,
              })}
            </span>
          </figcaption>
          <ResponsiveContainer width="100%" height={280}>
            <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
              <CartesianGrid stroke="#d5d9e0" strokeDasharray="3 3" />
              <XAxis dataKey="axis" tick={{ fill: '#1b1f24', fontSize: 12 }} />
              <YAxis
                yAxisId="hours"
                tick={{ fill: '#1b1f24', fontSize: 12 }}
                tickFormatter={(v: number) => number.format(v)}
                label={{
                  value: t('charts.hours'),
                  angle: -90,
                  position: 'insideLeft',
                  fill: '#1b1f24',
                }}
              />
              <YAxis
                yAxisId="cost"
                orientation="right"
                tick={{ fill: '#1b1f24', fontSize: 12 }}
                tickFormatter={(v: number) => compactMoney.format(v)}
              />
              <Tooltip
                labelFormatter={(_, payload) => pointName(payload)}
                formatter={(value, name) =>
                  name === t('charts.cost')
                    ? money(Math.round(Number(value) * 100))
                    : number.format(Number(value))
                }
              />
              <Legend />
              <Bar
                yAxisId="hours"
                dataKey="hours"
                name={t('charts.hours')}
                fill={HOURS_COLOUR}
                isAnimationActive={false}
              />
              <Line
                yAxisId="cost"
                dataKey="cost"
                name={t('charts.cost')}
                stroke={COST_COLOUR}
                strokeWidth={2}
                dot={{ r: 3 }}
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        </figure>
        <figure
          className="card chart"
          aria-labelledby="chart-share-caption"
          data-chart="coordination"
        >
          <figcaption id="chart-share-caption">
            <strong>{t('charts.coordination', { period })}</strong>
            <span className="muted small">
              {' '}
              {t('charts.coordinationSummary', {
                share:
                  report.total.coordinationShare === null
                    ? '—'
                    : percent.format(report.total.coordinationShare),
              })}
            </span>
          </figcaption>
          <ResponsiveContainer width="100%" height={280}>
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
              <CartesianGrid stroke="#d5d9e0" strokeDasharray="3 3" />
              <XAxis dataKey="axis" tick={{ fill: '#1b1f24', fontSize: 12 }} />
              <YAxis
                domain={[0, 100]}
                tick={{ fill: '#1b1f24', fontSize: 12 }}
                tickFormatter={(v: number) => percent.format(v / 100)}
              />
              <Tooltip
                labelFormatter={(_, payload) => pointName(payload)}
                formatter={(value) => percent.format(Number(value) / 100)}
              />
              <Line
                dataKey="share"
                name={t('charts.share')}
                stroke={SHARE_COLOUR}
                strokeWidth={2}
                dot={{ r: 3 }}
                connectNulls={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </figure>
      </div>
    </section>
  );
}
