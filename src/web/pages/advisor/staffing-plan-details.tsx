import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffingPlanView } from '../../../contracts/staffing.ts';
import { STAFFING_ROLE_LABELS } from '../../../contracts/i18n/advisor.ts';
import { useFormat } from '../../i18n/format.ts';
import { PlanHeading, type HeadingLevel } from './plan-heading.tsx';
import { StaffingPlanActions } from './staffing-plan-actions.tsx';
import { StaffingPlanResult } from './staffing-plan-result.tsx';
import { hours, usePlannedUnitText } from './staffing-table.tsx';

/**
 * One stored plan: the people it proposes, the roles it could not place and why; for a proposed
 * plan the buttons to apply or discard it, for an applied one what applying did.
 */
export function StaffingPlanDetails({
  plan,
  level,
}: {
  plan: StaffingPlanView;
  level: HeadingLevel;
}) {
  const { t, i18n } = useTranslation('advisor');
  const fmt = useFormat();
  const id = useId();
  const locale = i18n.language === 'de' ? 'de' : 'en';
  const unitText = usePlannedUnitText();
  const [justApplied, setJustApplied] = useState(false);
  const [justDiscarded, setJustDiscarded] = useState(false);
  const [stale, setStale] = useState(false);
  const discardedNote = useRef<HTMLParagraphElement>(null);
  const roleLabel = (role: StaffingPlanView['proposals'][number]['role']) =>
    STAFFING_ROLE_LABELS[locale][role];
  const unitOfKey = (key: string) => plan.plan.roles.find((r) => r.unit.key === key)?.unit;

  useEffect(() => {
    if (justDiscarded && plan.status === 'discarded') discardedNote.current?.focus();
  }, [justDiscarded, plan.status]);

  return (
    <div className="staffing-plan" data-status={plan.status}>
      {stale && (
        <p className="alert" role="alert">
          {t('plans.stale')}
        </p>
      )}
      {plan.status === 'applied' && plan.appliedAt && (
        <p>{t('plans.appliedAt', { date: fmt.dateTime(plan.appliedAt) })}</p>
      )}
      {plan.status === 'discarded' && (
        <p ref={discardedNote} tabIndex={-1} className="muted focus-target">
          {t('plans.discarded')}
        </p>
      )}
      <PlanHeading level={level} id={`${id}-proposals`}>
        {t('plans.proposalsHeading')}
      </PlanHeading>
      {plan.proposals.length === 0 ? (
        <p>{t('plans.proposalsNone')}</p>
      ) : (
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-labelledby={`${id}-proposals`}
        >
          <table className="table" data-testid="plan-proposals">
            <thead>
              <tr>
                <th scope="col">{t('staffing.role')}</th>
                <th scope="col">{t('staffing.unit')}</th>
                <th scope="col">{t('plans.member')}</th>
                <th scope="col" className="num">
                  {t('staffing.hoursPerWeek')}
                </th>
                <th scope="col">{t('plans.source')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.proposals.map((p) => (
                <tr
                  key={`${p.role}:${p.unitId}:${p.memberId}`}
                  data-role={p.role}
                  data-source={p.source}
                >
                  <th scope="row" className="staffing-role">
                    {roleLabel(p.role)}
                  </th>
                  <td>{p.unitName}</td>
                  <td>{p.memberName}</td>
                  <td className="num">{hours(p.minutesPerWeek, locale)}</td>
                  <td>{t(`plans.sources.${p.source}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {plan.unplaced.length > 0 && (
        <>
          <PlanHeading level={level} id={`${id}-unplaced`}>
            {t('plans.unplacedHeading')}
          </PlanHeading>
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-labelledby={`${id}-unplaced`}
          >
            <table className="table" data-testid="plan-unplaced">
              <thead>
                <tr>
                  <th scope="col">{t('staffing.role')}</th>
                  <th scope="col">{t('staffing.unit')}</th>
                  <th scope="col" className="num">
                    {t('staffing.people')}
                  </th>
                  <th scope="col">{t('plans.why')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.unplaced.map((u) => {
                  const unit = unitOfKey(u.unitKey);
                  return (
                    <tr key={`${u.role}:${u.unitKey}`} data-role={u.role} data-reason={u.reason}>
                      <th scope="row" className="staffing-role">
                        {roleLabel(u.role)}
                      </th>
                      <td>{unit ? unitText(unit) : u.unitKey}</td>
                      <td className="num">{fmt.number(u.count)}</td>
                      <td>{t(`plans.reasons.${u.reason}`)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      {plan.status === 'proposed' && (
        <StaffingPlanActions
          plan={plan}
          onApplied={() => setJustApplied(true)}
          onDiscarded={() => setJustDiscarded(true)}
          onStale={() => setStale(true)}
        />
      )}
      {plan.status === 'applied' && plan.result && (
        <StaffingPlanResult plan={plan} level={level} focus={justApplied} />
      )}
    </div>
  );
}
