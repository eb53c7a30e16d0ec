import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StaffingPlanView } from '../../../contracts/staffing.ts';
import { STAFFING_ROLE_LABELS } from '../../../contracts/i18n/advisor.ts';
import { PlanHeading, type HeadingLevel } from './plan-heading.tsx';

/**
 * What applying a plan did: memberships created and raised, duty notices sent, and the proposals
 * skipped because they no longer held, each with its reason. `focus`: just applied here, so the
 * heading takes the focus the vanished Apply button had.
 */
export function StaffingPlanResult({
  plan,
  level,
  focus,
}: {
  plan: StaffingPlanView;
  level: HeadingLevel;
  focus: boolean;
}) {
  const { t, i18n } = useTranslation('advisor');
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const locale = i18n.language === 'de' ? 'de' : 'en';
  const result = plan.result;

  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);

  if (!result) return null;
  // A skipped proposal is one of the plan's, so its names are there.
  const memberName = (id: string) =>
    plan.proposals.find((p) => p.memberId === id)?.memberName ?? t('applied.someone');
  const unitName = (id: string) =>
    plan.proposals.find((p) => p.unitId === id)?.unitName ?? t('applied.someUnit');
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="alert alert-success staffing-plan-result"
      data-testid="plan-result"
    >
      <PlanHeading
        level={level}
        id={`${id}-heading`}
        ref={heading}
        tabIndex={-1}
        className="focus-target"
      >
        {t('applied.heading')}
      </PlanHeading>
      <ul>
        <li data-count="created">{t('applied.created', { count: result.membershipsCreated })}</li>
        <li data-count="raised">{t('applied.raised', { count: result.membershipsRaised })}</li>
        <li data-count="notices">{t('applied.notices', { count: result.notices })}</li>
      </ul>
      {result.skipped.length === 0 ? (
        <p>{t('applied.skippedNone')}</p>
      ) : (
        <>
          <p className="alert-title">{t('applied.skippedHeading')}</p>
          <ul data-testid="plan-skipped">
            {result.skipped.map((s) => (
              <li key={`${s.memberId}:${s.unitId}:${s.role}`} data-reason={s.reason}>
                {t('applied.skippedItem', {
                  member: memberName(s.memberId),
                  role: STAFFING_ROLE_LABELS[locale][s.role],
                  unit: unitName(s.unitId),
                  reason: t(`applied.reasons.${s.reason}`),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.notices > 0 && <Link to="/duties">{t('applied.toDuties')}</Link>}
    </section>
  );
}
