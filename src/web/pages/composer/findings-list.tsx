import { useTranslation } from 'react-i18next';
import type { FindingView } from '../../../contracts/posts.ts';
import { findingMessage } from '../../i18n/findings.ts';

/** The guideline findings of a variant in plain words, the blocking ones first. */
export function FindingsList({
  findings,
  unitName,
  id,
}: {
  findings: FindingView[];
  unitName: (id: string) => string | undefined;
  id: string;
}) {
  const { t } = useTranslation('composer');
  const sorted = [...findings].sort(
    (a, b) => (a.effectiveSeverity === 'block' ? 0 : 1) - (b.effectiveSeverity === 'block' ? 0 : 1),
  );
  return (
    <div id={id} className="findings" aria-live="polite">
      <h4>{t('findings.heading')}</h4>
      {sorted.length === 0 ? (
        <p className="muted">{t('findings.none')}</p>
      ) : (
        <ul className="plain-list">
          {sorted.map((f, i) => (
            <li
              key={`${f.code}-${f.field}-${i}`}
              className={`finding finding-${f.effectiveSeverity}`}
              data-finding={f.code}
            >
              <strong>
                {f.effectiveSeverity === 'block' ? t('findings.blocks') : t('findings.warns')}:
              </strong>{' '}
              {findingMessage(f.code, f.params)}
              {f.field === 'link' && ` (${t('findings.inLink')})`}
              {f.field === 'firstComment' && ` (${t('findings.inFirstComment')})`}{' '}
              <span className="muted small">
                {t('findings.from', { unit: unitName(f.ruleUnitId) ?? '' })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
