import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { advise } from '../../api/advisor.ts';
import { ApiError } from '../../api/client.ts';
import { useOrgCurrency } from '../../i18n/money.ts';
import { registerMessages } from '../../i18n/setup.ts';
import { useMe } from '../../session/session.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { AdviceResult } from './advice-result.tsx';
import './advisor.css';
import { advisorMessages } from './messages.ts';
import { QuestionStep } from './question-step.tsx';
import { SavePlan } from './save-plan.tsx';
import { StaffingPlans } from './staffing-plans.tsx';
import {
  defaultAnswers,
  firstProblemStep,
  KIND,
  stepOfPath,
  stepProblem,
  STEPS,
  toRequest,
  toStaffingPlanBody,
  type Answers,
  type StepKey,
} from './wizard-state.ts';

registerMessages('advisor', advisorMessages);

/**
 * The advisor as a wizard: one question per step with a suggestion and help, checked as the server
 * checks it; then the five models ranked with reasons, the uncertainties and the staffing plan.
 * Admins can keep that plan, and apply or discard the plans kept so far (listed below).
 */
export default function AdvisorPage() {
  const { t, i18n } = useTranslation('advisor');
  usePageTitle(t('title'));
  const currency = useOrgCurrency();
  const me = useMe();
  const [answers, setAnswers] = useState<Answers>(defaultAnswers);
  const [index, setIndex] = useState(0);
  const [checked, setChecked] = useState<ReadonlySet<StepKey>>(new Set());
  const [moved, setMoved] = useState(false);
  const [showResult, setShowResult] = useState(false);
  const ranking = useMutation({ mutationFn: advise, onSuccess: () => setShowResult(true) });

  const step = STEPS[index]!;
  const problem = checked.has(step) ? stepProblem(step, answers) : null;

  const go = (to: number) => {
    setIndex(to);
    setMoved(true);
  };

  const next = () => {
    setChecked((c) => new Set(c).add(step));
    if (stepProblem(step, answers)) return;
    if (index < STEPS.length - 1) return go(index + 1);
    // An earlier answer may have become invalid (fewer employees than departments): go there.
    const bad = firstProblemStep(answers);
    if (bad) {
      setChecked(new Set(STEPS));
      return go(STEPS.indexOf(bad));
    }
    ranking.mutate(toRequest(answers, i18n.language === 'de' ? 'de' : 'en'), {
      onError: (err) => {
        const at = err instanceof ApiError ? stepOfPath(err.details[0]?.path) : null;
        if (at) go(STEPS.indexOf(at));
      },
    });
  };

  const fieldLabel = (path: string) => {
    const at = stepOfPath(path);
    return at ? t(`fields.${at}`) : undefined;
  };

  if (showResult && ranking.data) {
    return (
      <>
        <h1>{t('title')}</h1>
        <AnswersSummary answers={answers} currency={currency} />
        <div className="actions advisor-again">
          <button
            type="button"
            className="button"
            onClick={() => {
              setShowResult(false);
              go(0);
            }}
          >
            {t('result.change')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setAnswers(defaultAnswers());
              setChecked(new Set());
              setShowResult(false);
              ranking.reset();
              go(0);
            }}
          >
            {t('result.restart')}
          </button>
        </div>
        <AdviceResult advice={ranking.data} currency={currency}>
          {me.member.admin && (
            <SavePlan
              // A new ranking starts a new plan to keep.
              key={ranking.submittedAt}
              body={toStaffingPlanBody(answers, ranking.data.ranking[0]!.model)}
              plan={ranking.data.staffing}
            />
          )}
        </AdviceResult>
        <StaffingPlans />
      </>
    );
  }

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <section aria-label={t('wizard.label')}>
        <QuestionStep
          key={step}
          index={index}
          answers={answers}
          onChange={(s, v) => setAnswers((a) => ({ ...a, [s]: v }))}
          problem={problem}
          currency={currency}
          busy={ranking.isPending}
          focusHeading={moved}
          onBack={() => go(index - 1)}
          onNext={next}
        />
        {ranking.error && <ErrorAlert error={ranking.error} options={{ fieldLabel }} />}
      </section>
      <StaffingPlans />
    </>
  );
}

/** The answers the ranking rests on, for reading beside it. */
function AnswersSummary({ answers, currency }: { answers: Answers; currency: string }) {
  const { t } = useTranslation('advisor');
  return (
    <details className="card advisor-answers">
      <summary>{t('result.answersHeading')}</summary>
      <dl>
        {STEPS.map((s) => (
          <div key={s}>
            <dt>{t(`fields.${s}`)}</dt>
            <dd>
              {answers[s]}
              {KIND[s] === 'percent' ? ' %' : KIND[s] === 'money' ? ` ${currency}` : ''}
              {KIND[s] === 'scale' ? ' / 5' : ''}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
