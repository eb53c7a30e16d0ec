import { useTranslation } from 'react-i18next';
import type { AdviceView } from '../../../contracts/advisor.ts';
import { MODEL_LABELS, STAFFING_ROLE_LABELS } from '../../../contracts/i18n/advisor.ts';
import { makeMoney } from '../../i18n/money.ts';

export type Plan = AdviceView['staffing'];
export type PlannedUnit = Plan['roles'][number]['unit'];

/** Hours with at most one decimal: the plan counts minutes, people read hours. */
export function hours(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(minutes / 60);
}

/** A planned unit in words: its name where it exists, else what is still to create. */
export function usePlannedUnitText(): (unit: PlannedUnit) => string {
  const { t } = useTranslation('advisor');
  const { t: tc } = useTranslation();
  return (u) => {
    if (u.name) return u.isHub ? `${u.name} (${t('staffing.hub')})` : u.name;
    const kind = u.isHub ? t('staffing.hub') : tc(`unitKinds.${u.kind}`);
    return u.count > 1
      ? t('staffing.newUnits', { count: u.count, kind })
      : t('staffing.newUnit', { kind });
  };
}

/** The staffing plan of the best-ranked model: roles, hours a week and cost a month. */
export function StaffingTable({ plan, currency }: { plan: Plan; currency: string }) {
  const { t, i18n } = useTranslation('advisor');
  const locale = i18n.language === 'de' ? 'de' : 'en';
  const money = makeMoney(locale, currency);
  const num = new Intl.NumberFormat(locale);
  const unitText = usePlannedUnitText();
  const rate = plan.assumptions.defaultHourlyRateCents;
  return (
    <section aria-labelledby="advisor-staffing" className="card" data-testid="advisor-staffing">
      <h3 id="advisor-staffing">
        {t('staffing.heading', { model: MODEL_LABELS[locale][plan.model] })}
      </h3>
      <p className="muted">{t('staffing.intro')}</p>
      {plan.roles.length === 0 ? (
        <p>{t('staffing.none')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="advisor-staffing">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('staffing.role')}</th>
                <th scope="col">{t('staffing.unit')}</th>
                <th scope="col" className="num">
                  {t('staffing.people')}
                </th>
                <th scope="col" className="num">
                  {t('staffing.existing')}
                </th>
                <th scope="col" className="num">
                  {t('staffing.toFill')}
                </th>
                <th scope="col" className="num">
                  {t('staffing.hoursPerWeek')}
                </th>
                <th scope="col" className="num">
                  {t('staffing.costPerMonth')}
                </th>
                <th scope="col" className="num">
                  {t('staffing.training')}
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.roles.map((r) => (
                <tr key={`${r.role}:${r.unit.key}`} data-role={r.role}>
                  <th scope="row" className="staffing-role">
                    {STAFFING_ROLE_LABELS[locale][r.role]}
                  </th>
                  <td>{unitText(r.unit)}</td>
                  <td className="num">{num.format(r.people)}</td>
                  <td className="num">{num.format(r.existing)}</td>
                  <td className="num">{num.format(r.toFill)}</td>
                  <td className="num">{hours(r.minutesPerWeek, locale)}</td>
                  <td className="num">{money(r.centsPerMonth)}</td>
                  <td className="num">{money(r.trainingCents)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-testid="staffing-total">
                <th scope="row" colSpan={2}>
                  {t('staffing.total')}
                </th>
                <td className="num">{num.format(plan.totals.people)}</td>
                <td className="num">{num.format(plan.totals.existing)}</td>
                <td className="num">{num.format(plan.totals.toFill)}</td>
                <td className="num">{hours(plan.totals.minutesPerWeek, locale)}</td>
                <td className="num">{money(plan.totals.centsPerMonth)}</td>
                <td className="num">{money(plan.totals.trainingCents)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {rate !== undefined && (
        <p className="muted small">{t('staffing.rate', { rate: money(rate) })}</p>
      )}
    </section>
  );
}
