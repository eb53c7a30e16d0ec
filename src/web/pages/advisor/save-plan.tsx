import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { createStaffingPlanBody } from '../../../contracts/staffing.ts';
import { createStaffingPlan } from '../../api/staffing-plans.ts';
import { useFormat } from '../../i18n/format.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { StaffingPlanDetails } from './staffing-plan-details.tsx';
import { usePutPlan, useStaffingPlanList } from './staffing-plans-query.ts';

/**
 * Admins keep the plan just shown: the same profile, rate and model go to the server, which adds
 * the people it proposes. The stored plan shows here, as the list holds it (applying it in one
 * place shows in both).
 */
export function SavePlan({ body }: { body: z.input<typeof createStaffingPlanBody> }) {
  const { t } = useTranslation('advisor');
  const fmt = useFormat();
  const putPlan = usePutPlan();
  const list = useStaffingPlanList();
  const save = useMutation({ mutationFn: createStaffingPlan, onSuccess: putPlan });
  const done = useRef<HTMLParagraphElement>(null);
  const savedId = save.data?.id;
  useEffect(() => {
    if (savedId) done.current?.focus();
  }, [savedId]);
  const saved = save.data
    ? (list.data?.pages.flatMap((p) => p.items).find((p) => p.id === save.data.id) ?? save.data)
    : null;
  return (
    <section aria-labelledby="advisor-save" className="card" data-testid="advisor-save">
      <h3 id="advisor-save">{t('save.heading')}</h3>
      {/* Announced when the plan is stored; takes the focus of the button that goes away. */}
      <p role="status" ref={done} tabIndex={-1} className="focus-target save-status">
        {saved && t('save.done', { date: fmt.dateTime(saved.createdAt) })}
      </p>
      {!saved ? (
        <>
          <p className="muted">{t('save.intro')}</p>
          <button
            type="button"
            className="button button-primary"
            disabled={save.isPending}
            onClick={() => save.mutate(body)}
          >
            {save.isPending ? t('save.working') : t('save.button')}
          </button>
        </>
      ) : (
        <StaffingPlanDetails plan={saved} level={4} />
      )}
      {save.error && <ErrorAlert error={save.error} />}
    </section>
  );
}
