import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffingPlanView } from '../../../contracts/staffing.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { applyStaffingPlan, discardStaffingPlan } from '../../api/staffing-plans.ts';
import { useFormat } from '../../i18n/format.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { isNotProposed, useAfterApplied, usePutPlan } from './staffing-plans-query.ts';

/**
 * Apply (after a confirmation that says how many people get a role) or discard a proposed plan.
 * A plan applied or discarded meanwhile (409) is said so in words, and the list read again.
 */
export function StaffingPlanActions({
  plan,
  onApplied,
  onDiscarded,
  onStale,
}: {
  plan: StaffingPlanView;
  onApplied: () => void;
  onDiscarded: () => void;
  /** The plan was applied or discarded meanwhile; the list is read again. */
  onStale: () => void;
}) {
  const { t } = useTranslation('advisor');
  const fmt = useFormat();
  const id = useId();
  const queryClient = useQueryClient();
  const putPlan = usePutPlan();
  const afterApplied = useAfterApplied();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const date = fmt.dateTime(plan.createdAt);
  const people = new Set(plan.proposals.map((p) => p.memberId)).size;

  const onError = (err: Error) => {
    if (!isNotProposed(err)) return;
    setConfirming(false);
    onStale();
    void queryClient.invalidateQueries({ queryKey: queryKeys.staffingPlans });
  };
  const apply = useMutation({
    mutationFn: () => applyStaffingPlan(plan.id),
    onSuccess: async (view) => {
      setConfirming(false);
      onApplied();
      await putPlan(view);
      await afterApplied();
    },
    onError,
  });
  const discard = useMutation({
    mutationFn: () => discardStaffingPlan(plan.id),
    onSuccess: async (view) => {
      onDiscarded();
      await putPlan(view);
    },
    onError,
  });
  const busy = apply.isPending || discard.isPending;
  const error = [apply.error, discard.error].find((e) => e && !isNotProposed(e));

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  return (
    <div className="staffing-plan-actions">
      {!confirming ? (
        <div className="actions">
          <button
            ref={openRef}
            type="button"
            className="button button-primary"
            aria-label={t('plans.applyLabel', { date })}
            disabled={busy}
            onClick={() => {
              apply.reset();
              discard.reset();
              setConfirming(true);
            }}
          >
            {t('plans.apply')}
          </button>
          <button
            type="button"
            className="button button-danger"
            aria-label={t('plans.discardLabel', { date })}
            disabled={busy}
            onClick={() => {
              apply.reset();
              discard.mutate();
            }}
          >
            {discard.isPending ? t('plans.discarding') : t('plans.discard')}
          </button>
        </div>
      ) : (
        <div role="group" aria-labelledby={`${id}-question`} className="plan-confirm">
          <p id={`${id}-question`} className="alert-title">
            {t('plans.confirmQuestion', { count: people })}
          </p>
          <div className="actions">
            <button
              ref={confirmRef}
              type="button"
              className="button button-primary"
              disabled={apply.isPending}
              onClick={() => apply.mutate()}
            >
              {apply.isPending ? t('plans.applying') : t('plans.confirm')}
            </button>
            <button
              type="button"
              className="button"
              disabled={apply.isPending}
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => openRef.current?.focus());
              }}
            >
              {t('plans.cancel')}
            </button>
          </div>
        </div>
      )}
      {error && <ErrorAlert error={error} />}
    </div>
  );
}
