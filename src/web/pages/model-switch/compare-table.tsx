import { useTranslation } from 'react-i18next';
import type { ModelPreviews } from '../../../contracts/model-switch.ts';
import { MODELS, type ModelKey } from '../../../core/governance/types.ts';

const ROWS = [
  'membersAffected',
  'rightsGained',
  'rightsLost',
  'rightsChanged',
  'postsInReview',
  'postsChanged',
  'postsReturnedToDraft',
  'structureRequired',
  'structureRecommended',
] as const;

/** The five models side by side: what a switch to each would change, the current one marked. */
export function CompareTable({
  previews,
  selected,
  onSelect,
}: {
  previews: ModelPreviews;
  selected: ModelKey | null;
  onSelect: (model: ModelKey) => void;
}) {
  const { t, i18n } = useTranslation('modelSwitch');
  const { t: tc } = useTranslation();
  const num = new Intl.NumberFormat(i18n.language);
  const byModel = new Map(previews.previews.map((p) => [p.to.model, p]));
  const current = previews.current.model;
  return (
    <section aria-labelledby="switch-compare" className="card">
      <h2 id="switch-compare">{t('compare.heading')}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="switch-compare">
        <table className="table compare-table" data-testid="switch-compare">
          <caption className="visually-hidden">{t('compare.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.figure')}</th>
              {MODELS.map((m) => (
                <th
                  key={m}
                  scope="col"
                  className={`num ${m === current ? 'is-current' : ''}`}
                  data-model={m}
                  aria-current={m === current ? 'true' : undefined}
                >
                  {tc(`models.${m}`)}
                  {m === current && (
                    <span className="badge badge-approved">{t('compare.currentColumn')}</span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row}>
                <th scope="row">{t(`compare.rows.${row}`)}</th>
                {MODELS.map((m) => {
                  const p = byModel.get(m);
                  return (
                    <td key={m} className={`num ${m === current ? 'is-current' : ''}`}>
                      {p ? num.format(p.summary[row]) : '—'}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <td />
              {MODELS.map((m) => (
                <td key={m} className="num">
                  {m !== current && (
                    <button
                      type="button"
                      className="button"
                      aria-pressed={selected === m}
                      onClick={() => onSelect(m)}
                    >
                      {t('compare.show', { model: tc(`models.${m}`) })}
                    </button>
                  )}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
