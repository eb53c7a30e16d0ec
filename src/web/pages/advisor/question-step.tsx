import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ADVISOR_QUESTIONS } from '../../../contracts/i18n/advisor.ts';
import {
  defaultAnswers,
  KIND,
  STEPS,
  type Answers,
  type StepKey,
  type StepProblem,
} from './wizard-state.ts';

const SCALE = [1, 2, 3, 4, 5] as const;
const SUGGESTED = defaultAnswers();

/** The problem in words; money and counts say "whole" differently. */
export function useProblemText(): (step: StepKey, problem: StepProblem) => string {
  const { t, i18n } = useTranslation('advisor');
  const num = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  return (step, problem) => {
    switch (problem.code) {
      case 'notNumber':
        return t('problems.notNumber');
      case 'notWhole':
        return KIND[step] === 'money' ? t('problems.notWholeMoney') : t('problems.notWhole');
      case 'tooSmall':
        return t('problems.tooSmall', { min: num(problem.min) });
      case 'tooLarge':
        return t('problems.tooLarge', { max: num(problem.max) });
      case 'exceedsEmployees':
        return t('problems.exceedsEmployees', { employees: num(problem.employees) });
    }
  };
}

/**
 * One question of the wizard as a form of its own: Enter goes on, the answer's problem is named at
 * the field, and the heading takes focus when the step appears (so screen readers read it).
 */
export function QuestionStep({
  index,
  answers,
  onChange,
  problem,
  currency,
  busy,
  focusHeading,
  onBack,
  onNext,
}: {
  index: number;
  answers: Answers;
  onChange: (step: StepKey, value: string) => void;
  problem: StepProblem | null;
  currency: string;
  busy: boolean;
  /** After the member moved between steps (not on the page's first showing). */
  focusHeading: boolean;
  onBack: () => void;
  onNext: () => void;
}) {
  const { t, i18n } = useTranslation('advisor');
  const problemText = useProblemText();
  const step = STEPS[index]!;
  const kind = KIND[step];
  const locale = i18n.language === 'de' ? 'de' : 'en';
  const heading = useRef<HTMLHeadingElement>(null);
  const last = index === STEPS.length - 1;
  const id = `advisor-${step}`;
  const question =
    step === 'hourlyRate'
      ? t('questions.hourlyRate', { currency })
      : ADVISOR_QUESTIONS[locale][step];
  const describedBy = [`${id}-help`, problem ? `${id}-error` : ''].filter(Boolean).join(' ');

  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [index, focusHeading]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onNext();
  };

  return (
    <form className="card advisor-step" onSubmit={submit} noValidate data-step={step}>
      <p className="muted" id="advisor-progress">
        {t('wizard.progress', { n: index + 1, total: STEPS.length })}
      </p>
      <progress
        className="advisor-progress"
        value={index + 1}
        max={STEPS.length}
        aria-labelledby="advisor-progress"
      />
      <h2 ref={heading} tabIndex={-1} id={`${id}-heading`} className="focus-target">
        {t(`fields.${step}`)}
      </h2>
      {kind === 'scale' ? (
        <fieldset aria-describedby={describedBy}>
          <legend>{question}</legend>
          <div className="scale-options">
            {SCALE.map((v) => {
              const end =
                v === 1
                  ? t(`scale.${step as 'regulation'}.low`)
                  : v === 5
                    ? t(`scale.${step as 'regulation'}.high`)
                    : null;
              return (
                <label key={v} className="scale-option">
                  <input
                    type="radio"
                    name={id}
                    value={v}
                    checked={answers[step] === String(v)}
                    onChange={() => onChange(step, String(v))}
                  />
                  <span className="scale-value">{t('scale.option', { value: v })}</span>
                  {end && <span className="scale-end">{end}</span>}
                </label>
              );
            })}
          </div>
        </fieldset>
      ) : (
        <div className="field">
          <label htmlFor={id}>{question}</label>
          <div className="input-with-unit">
            <input
              id={id}
              inputMode={kind === 'count' ? 'numeric' : 'decimal'}
              autoComplete="off"
              value={answers[step]}
              onChange={(e) => onChange(step, e.target.value)}
              aria-invalid={problem !== null}
              aria-describedby={describedBy}
              size={12}
            />
            {kind === 'percent' && <span aria-hidden="true">%</span>}
            {kind === 'money' && <span aria-hidden="true">{currency}</span>}
          </div>
        </div>
      )}
      <p id={`${id}-help`} className="muted advisor-help">
        {t(`help.${step}`)}{' '}
        {t('wizard.defaultHint', {
          value:
            kind === 'percent'
              ? `${SUGGESTED[step]} %`
              : kind === 'money'
                ? `${SUGGESTED[step]} ${currency}`
                : SUGGESTED[step],
        })}
      </p>
      {problem && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {problemText(step, problem)}
        </p>
      )}
      <div className="actions">
        {index > 0 && (
          <button type="button" className="button" onClick={onBack}>
            {t('wizard.back')}
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('wizard.working') : last ? t('wizard.finish') : t('wizard.next')}
        </button>
      </div>
    </form>
  );
}
