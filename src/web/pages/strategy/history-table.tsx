import { useTranslation } from 'react-i18next';
import type { StrategyOverview } from '../../../contracts/strategy.ts';
import { useFormat } from '../../i18n/format.ts';

/** Every version, newest first, with when and by whom it was published. */
export function HistoryTable({
  versions,
  currentVersion,
  memberName,
}: {
  versions: StrategyOverview['versions'];
  currentVersion: number | undefined;
  memberName: (id: string) => string | undefined;
}) {
  const { t } = useTranslation('strategy');
  const fmt = useFormat();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="strategy-history">
      <table className="table">
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('history.version')}
            </th>
            <th scope="col">{t('history.title')}</th>
            <th scope="col">{t('history.publishedAt')}</th>
            <th scope="col">{t('history.publishedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version}>
              <td className="num">{v.version}</td>
              <th scope="row">
                {v.title}
                {v.version === currentVersion && (
                  <span className="badge badge-approved">{t('history.current')}</span>
                )}
              </th>
              <td>{fmt.dateTime(v.publishedAt)}</td>
              <td>{(v.publishedBy && memberName(v.publishedBy)) ?? t('history.unknownAuthor')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
