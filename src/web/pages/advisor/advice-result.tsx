import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdviceView } from '../../../contracts/advisor.ts';
import {
  CRITERION_LABELS,
  MODEL_LABELS,
  translateAdviceReason,
  translateUncertainty,
} from '../../../contracts/i18n/advisor.ts';
import type { Uncertainty } from '../../../core/advisor/rank.ts';
import { StaffingTable } from './staffing-table.tsx';

type Locale = 'de' | 'en';

/**
 * The five models best first, each with its score and the reasons (every reason names its
 * criterion), then what stays uncertain and the staffing plan of the first. Sentences are put
 * together here from the codes, so they follow a change of language at once.
 */
export function AdviceResult({
  advice,
  currency,
  children,
}: {
  advice: AdviceView;
  currency: string;
  /** Shown under the staffing plan (saving it, for admins). */
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation('advisor');
  const locale: Locale = i18n.language === 'de' ? 'de' : 'en';
  const heading = useRef<HTMLHeadingElement>(null);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });

  useEffect(() => {
    heading.current?.focus();
  }, [advice]);

  return (
    <section aria-labelledby="advisor-result" className="advisor-result">
      <h2 id="advisor-result" ref={heading} tabIndex={-1} className="focus-target">
        {t('result.heading')}
      </h2>
      <ol className="ranking" data-testid="advisor-ranking">
        {advice.ranking.map((r, i) => {
          const model = MODEL_LABELS[locale][r.model];
          return (
            <li key={r.model} className="card ranking-item" data-model={r.model}>
              <h3>
                {t('result.rank', { rank: i + 1, model })}
                {i === 0 && <span className="badge badge-approved">{t('result.recommended')}</span>}
              </h3>
              <div className="score">
                <meter
                  min={0}
                  max={100}
                  low={40}
                  high={60}
                  optimum={100}
                  value={r.score}
                  aria-label={t('result.scoreLabel', { model })}
                />
                <span className="score-text" data-score={r.score}>
                  {t('result.score', { score: number.format(r.score) })}
                </span>
              </div>
              {r.reasons.length === 0 ? (
                <p className="muted">{t('result.noReasons')}</p>
              ) : (
                <>
                  <h4 className="visually-hidden">{t('result.reasons')}</h4>
                  <ul className="reasons">
                    {r.reasons.map((reason) => (
                      <li
                        key={reason.code + reason.effect}
                        className={`reason reason-${reason.effect}`}
                        data-criterion={reason.criterion}
                      >
                        <span className={`badge badge-effect-${reason.effect}`}>
                          {t(`result.${reason.effect}`)} ·{' '}
                          {t('result.points', { points: signed.format(reason.points) })}
                        </span>{' '}
                        <strong className="reason-criterion">
                          {t('result.criterion', {
                            criterion: CRITERION_LABELS[locale][reason.criterion],
                          })}
                        </strong>
                        <p className="reason-text">
                          {translateAdviceReason(
                            {
                              ...reason,
                              params: { model: r.model, value: Number(reason.params.value ?? 0) },
                            },
                            locale,
                          )}
                        </p>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          );
        })}
      </ol>
      <section aria-labelledby="advisor-uncertain" className="card">
        <h3 id="advisor-uncertain">{t('result.uncertainHeading')}</h3>
        {advice.uncertain.length === 0 ? (
          <p>{t('result.uncertainNone')}</p>
        ) : (
          <ul data-testid="advisor-uncertain">
            {advice.uncertain.map((u) => (
              <li key={u.code + JSON.stringify(u.params)} data-code={u.code}>
                {translateUncertainty(u as Uncertainty, locale)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <StaffingTable plan={advice.staffing} currency={currency} />
      {children}
    </section>
  );
}
