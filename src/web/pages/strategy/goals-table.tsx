import { useTranslation } from 'react-i18next';
import type { StrategyVersion } from '../../../contracts/strategy.ts';
import { formatTarget } from './goal-format.ts';

/** The goals of a version: key figure, target, the unit it is for, what it means. */
export function GoalsTable({
  goals,
  unitName,
}: {
  goals: StrategyVersion['goals'];
  unitName: (id: string) => string | undefined;
}) {
  const { t, i18n } = useTranslation('strategy');
  if (goals.length === 0) return <p className="muted">{t('goals.none')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="strategy-goals">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('goals.kpi')}</th>
            <th scope="col" className="num">
              {t('goals.target')}
            </th>
            <th scope="col">{t('goals.unit')}</th>
            <th scope="col">{t('goals.description')}</th>
          </tr>
        </thead>
        <tbody>
          {goals.map((g) => (
            <tr key={g.id} data-kpi={g.kpi}>
              <th scope="row">{t(`kpis.${g.kpi}`)}</th>
              <td className="num">{formatTarget(g.kpi, g.target, i18n.language)}</td>
              <td>{g.unitId ? (unitName(g.unitId) ?? '—') : t('goals.wholeOrganization')}</td>
              <td>{g.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
