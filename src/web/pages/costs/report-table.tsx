import { useTranslation } from 'react-i18next';
import type { CostFiguresView, CostReport, CostRowView } from '../../../contracts/reports.ts';
import { makeMoney } from '../../i18n/money.ts';
import { formatMinutes, periodLabel } from './cost-format.ts';

/** The report's rows with their figures, and the total; periods in time order. */
export function ReportTable({ report, csvUrl }: { report: CostReport; csvUrl: string }) {
  const { t, i18n } = useTranslation('costs');
  const locale = i18n.language;
  const money = makeMoney(locale, report.currency);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const minutes = (m: number | null) => (m === null ? '—' : formatMinutes(m, locale));
  const nameOf = (row: CostRowView) => {
    if (report.groupBy === 'period' && row.start) {
      return periodLabel(report.period, row.start, {
        locale,
        timeZone: report.timeZone,
        weekOf: (date) => t('charts.weekOf', { date }),
      });
    }
    if (row.key === null) return t(`report.without.${report.groupBy}`);
    return row.label ?? row.key;
  };
  const rows = [...report.rows].sort((a, b) =>
    report.groupBy === 'period'
      ? (a.start ?? '').localeCompare(b.start ?? '')
      : b.totalCostCents - a.totalCostCents,
  );
  const cells = (f: CostFiguresView) => (
    <>
      <td className="num">{number.format(f.hours)}</td>
      <td className="num">{money(f.costCents)}</td>
      <td className="num">{money(f.otherCostCents)}</td>
      <td className="num">{money(f.totalCostCents)}</td>
      <td className="num">
        {f.coordinationShare === null ? '—' : percent.format(f.coordinationShare)}
      </td>
      <td className="num">{number.format(f.publishedPosts)}</td>
      <td className="num">
        {f.totalCostPerPublishedPostCents === null ? '—' : money(f.totalCostPerPublishedPostCents)}
      </td>
      <td className="num">{minutes(f.approvalWait.medianMinutes)}</td>
      <td className="num">{minutes(f.draftToPublished.medianMinutes)}</td>
    </>
  );
  return (
    <section aria-labelledby="costs-report">
      <div className="section-head">
        <h2 id="costs-report">{t('report.heading')}</h2>
        <a className="button" href={csvUrl} download data-testid="costs-csv">
          {t('report.csv')}
        </a>
      </div>
      {rows.length === 0 ? (
        <p>{t('report.none')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="costs-report">
          <table className="table" data-testid="costs-table" data-group={report.groupBy}>
            <thead>
              <tr>
                <th scope="col" className="group-head">
                  {t(`filters.groups.${report.groupBy}`)}
                </th>
                <th scope="col" className="num">
                  {t('report.hours')}
                </th>
                <th scope="col" className="num">
                  {t('report.staffCost')}
                </th>
                <th scope="col" className="num">
                  {t('report.otherCost')}
                </th>
                <th scope="col" className="num">
                  {t('report.totalCost')}
                </th>
                <th scope="col" className="num">
                  {t('report.coordination')}
                </th>
                <th scope="col" className="num">
                  {t('report.published')}
                </th>
                <th scope="col" className="num">
                  {t('report.perPost')}
                </th>
                <th scope="col" className="num">
                  {t('report.approvalWait')}
                </th>
                <th scope="col" className="num">
                  {t('report.draftToPublished')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key ?? 'none'} data-key={r.key ?? ''}>
                  <th scope="row">{nameOf(r)}</th>
                  {cells(r)}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('report.total')}</th>
                {cells(report.total)}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
