import { useTranslation } from 'react-i18next';
import type { StaffingPlanView } from '../../../contracts/staffing.ts';
import { MODEL_LABELS } from '../../../contracts/i18n/advisor.ts';
import { ApiError } from '../../api/client.ts';
import { useFormat } from '../../i18n/format.ts';
import { useMe } from '../../session/session.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { StaffingPlanDetails } from './staffing-plan-details.tsx';
import { useStaffingPlanList } from './staffing-plans-query.ts';

const STATUS_BADGE: Record<StaffingPlanView['status'], string> = {
  proposed: 'badge-in_review',
  applied: 'badge-approved',
  discarded: '',
};

/**
 * The organization's stored staffing plans, newest first, each opening to its proposals and, while
 * proposed, to Apply and Discard. Admins only: for anyone the server refuses (403), no section.
 */
export function StaffingPlans() {
  const me = useMe();
  return me.member.admin ? <StaffingPlanList /> : null;
}

function StaffingPlanList() {
  const { t } = useTranslation('advisor');
  const list = useStaffingPlanList();
  if (list.error instanceof ApiError && list.error.status === 403) return null;
  const plans = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="staffing-plans" className="staffing-plans">
      <h2 id="staffing-plans">{t('plans.heading')}</h2>
      <p className="muted">{t('plans.intro')}</p>
      {list.error ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <Loading />
      ) : plans.length === 0 ? (
        <p>{t('plans.none')}</p>
      ) : (
        <ul className="plain-list staffing-plan-list" data-testid="staffing-plans">
          {plans.map((plan) => (
            <li key={plan.id} data-plan={plan.id} data-status={plan.status}>
              <PlanItem plan={plan} />
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <button
          type="button"
          className="button"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {t('plans.more')}
        </button>
      )}
    </section>
  );
}

function PlanItem({ plan }: { plan: StaffingPlanView }) {
  const { t, i18n } = useTranslation('advisor');
  const fmt = useFormat();
  const locale = i18n.language === 'de' ? 'de' : 'en';
  return (
    <details className="card staffing-plan-item">
      <summary>
        <strong>
          {t('plans.summary', {
            model: MODEL_LABELS[locale][plan.model],
            date: fmt.dateTime(plan.createdAt),
          })}
        </strong>
        <span className={`badge ${STATUS_BADGE[plan.status]}`} data-testid="plan-status">
          {t(`plans.status.${plan.status}`)}
        </span>
      </summary>
      <StaffingPlanDetails plan={plan} level={3} />
    </details>
  );
}
