import { useTranslation } from 'react-i18next';
import { registerMessages } from '../../i18n/setup.ts';
import { useMe } from '../../session/session.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { ApprovalsCard } from './approvals-card.tsx';
import { FailedDeliveriesCard } from './failed-deliveries-card.tsx';
import { dashboardMessages } from './messages.ts';
import { MyPostsCard } from './my-posts-card.tsx';
import { NotificationsCard } from './notifications-card.tsx';
import { StrategyCard } from './strategy-card.tsx';

registerMessages('dashboard', dashboardMessages);

/** My tasks: approvals waiting for me, my posts that need me, the strategy, notifications. */
export default function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const me = useMe();
  usePageTitle(t('title'));
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('greeting', { name: me.member.name })}</p>
      <div className="card-grid">
        <ApprovalsCard />
        <MyPostsCard />
        <StrategyCard />
        <NotificationsCard />
        <FailedDeliveriesCard />
      </div>
    </>
  );
}
