import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerMessages } from '../../i18n/setup.ts';
import { PostSummary } from '../../posts/post-summary.tsx';
import { useApprovalQueue } from '../../posts/use-approval-queue.ts';
import { useDirectory } from '../../posts/use-directory.ts';
import { usePostPages } from '../../posts/use-post-pages.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { MoreButton } from '../../ui/more-button.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { approvalsMessages } from './messages.ts';
import { ReviewCard } from './review-card.tsx';
import { ScheduleCard } from './schedule-card.tsx';

registerMessages('approvals', approvalsMessages);

/**
 * Posts in review that wait for me (approve, request changes, reject), and the approved posts I
 * plan (`manageable`: my own, and others' I may pause on all their channels, as the hub in a
 * centralized organization) to schedule (`PUT /posts/:id/schedule`), and those already scheduled.
 */
export default function ApprovalsPage() {
  const { t } = useTranslation('approvals');
  usePageTitle(t('title'));
  const queue = useApprovalQueue();
  const { directory, error } = useDirectory();
  const toSchedule = usePostPages({ status: 'approved', manageable: 'true' });
  const inPlan = usePostPages({ status: 'scheduled', manageable: 'true' });
  const [notice, setNotice] = useState<string | null>(null);
  const failure = error ?? queue.error ?? toSchedule.error ?? inPlan.error;
  if (failure) return <ErrorAlert error={failure} onRetry={queue.refetch} />;
  if (!directory) return <Loading />;
  const approved = toSchedule.items;
  const scheduled = inPlan.items;

  return (
    <>
      <h1>{t('title')}</h1>
      <p role="status" className={notice ? 'alert alert-success' : 'visually-hidden'}>
        {notice}
      </p>
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">{t('queue.heading')}</h2>
        {queue.isPending ? (
          <Loading />
        ) : queue.items.length === 0 ? (
          <p>{t('queue.none')}</p>
        ) : (
          queue.items.map((p) => (
            <ReviewCard key={p.id} post={p} directory={directory} onDecided={setNotice} />
          ))
        )}
        <MoreButton hasMore={queue.hasMore} loading={queue.loadingMore} onMore={queue.loadMore} />
      </section>
      <section aria-labelledby="schedule-heading">
        <h2 id="schedule-heading">{t('schedule.heading')}</h2>
        <p>{t('schedule.intro')}</p>
        {toSchedule.isPending ? (
          <Loading />
        ) : approved.length === 0 ? (
          <p>{t('schedule.none')}</p>
        ) : (
          approved.map((p) => (
            <ScheduleCard key={p.id} post={p} directory={directory} onScheduled={setNotice} />
          ))
        )}
        <MoreButton
          hasMore={toSchedule.hasMore}
          loading={toSchedule.loadingMore}
          onMore={toSchedule.loadMore}
        />
      </section>
      <section aria-labelledby="scheduled-heading">
        <h2 id="scheduled-heading">{t('scheduled.heading')}</h2>
        {scheduled.length === 0 ? (
          <p>{t('scheduled.none')}</p>
        ) : (
          scheduled.map((p) => (
            <div className="card" key={p.id} data-post={p.id}>
              <PostSummary post={p} directory={directory} />
            </div>
          ))
        )}
        <MoreButton
          hasMore={inPlan.hasMore}
          loading={inPlan.loadingMore}
          onMore={inPlan.loadMore}
        />
      </section>
    </>
  );
}
