import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { createStaffingPlanBody } from '../../../contracts/staffing.ts';
import { createStaffingPlan } from '../../api/staffing-plans.ts';
import { useFormat } from '../../i18n/format.ts';
import { useDirectory } from '../../posts/use-directory.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { choiceFieldId, StaffingChoices } from './staffing-choices.tsx';
import {
  assignmentsOf,
  choiceKey,
  openRoles,
  problemsOf,
  type Choices,
} from './staffing-choices-state.ts';
import { StaffingPlanDetails } from './staffing-plan-details.tsx';
import { usePutPlan, useStaffingPlanList } from './staffing-plans-query.ts';
import type { Plan } from './staffing-table.tsx';

/**
 * Admins keep the plan just shown: the same profile, rate and model go to the server with the
 * people the admin chose for its open roles; the server proposes people for the rest. The stored
 * plan shows here, as the list holds it (applying it in one place shows in both).
 */
export function SavePlan({
  body,
  plan,
}: {
  body: z.input<typeof createStaffingPlanBody>;
  /** The plan shown above, whose open roles the admin may fill. */
  plan: Plan;
}) {
  const { t } = useTranslation('advisor');
  const fmt = useFormat();
  const idBase = useId();
  const putPlan = usePutPlan();
  const list = useStaffingPlanList();
  const { directory, error: directoryError } = useDirectory();
  const [choices, setChoices] = useState<Choices>({});
  const save = useMutation({ mutationFn: createStaffingPlan, onSuccess: putPlan });
  const done = useRef<HTMLParagraphElement>(null);
  const savedId = save.data?.id;
  useEffect(() => {
    if (savedId) done.current?.focus();
  }, [savedId]);
  const roles = openRoles(plan);
  const sent = save.variables?.assignments ?? [];
  // A refusal stays at its select until the admin picks someone else there.
  const refused = problemsOf(save.error, sent);
  const problems = new Map(
    [...refused].filter(([key]) =>
      sent.some((a) => choiceKey(a.role, a.unitId) === key && choices[key] === a.memberId),
    ),
  );
  const firstProblem = [...refused.keys()][0];
  useEffect(() => {
    if (firstProblem) document.getElementById(choiceFieldId(idBase, firstProblem))?.focus();
  }, [save.error, firstProblem, idBase]);
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
          {roles.length > 0 &&
            (directory ? (
              <StaffingChoices
                idBase={idBase}
                roles={roles}
                members={directory.members}
                choices={choices}
                problems={problems}
                disabled={save.isPending}
                onChange={(key, memberId) =>
                  setChoices((c) => {
                    const { [key]: _, ...rest } = c;
                    return memberId ? { ...rest, [key]: memberId } : rest;
                  })
                }
              />
            ) : directoryError ? (
              <ErrorAlert error={directoryError} />
            ) : (
              <Loading />
            ))}
          <button
            type="button"
            className="button button-primary"
            disabled={save.isPending}
            onClick={() => save.mutate({ ...body, assignments: assignmentsOf(roles, choices) })}
          >
            {save.isPending ? t('save.working') : t('save.button')}
          </button>
        </>
      ) : (
        <StaffingPlanDetails plan={saved} level={4} />
      )}
      {save.error &&
        (refused.size > 0 ? (
          <div className="alert alert-error" role="alert">
            <p className="alert-title">{t('choose.refused')}</p>
          </div>
        ) : (
          <ErrorAlert error={save.error} />
        ))}
    </section>
  );
}
