import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../../../contracts/notifications.ts';
import { listNotifications, readAllNotifications } from '../../api/notifications.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { tDynamic } from '../../i18n/dynamic.ts';
import { useDirectory } from '../../posts/use-directory.ts';
import { useFormat } from '../../i18n/format.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';

function describe(
  n: Notification,
  memberName: (id: string) => string,
  otherText: (kind: string) => string,
): string {
  const author = typeof n.data.authorId === 'string' ? memberName(n.data.authorId) : '';
  return tDynamic(`notificationKinds.${n.kind}`, { ...n.data, author }) ?? otherText(n.kind);
}

export function NotificationsCard() {
  const { t } = useTranslation('dashboard');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  const { directory } = useDirectory();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: queryKeys.notifications, queryFn: () => listNotifications() });
  const readAll = useMutation({
    mutationFn: readAllNotifications,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications }),
  });
  return (
    <section className="card" aria-labelledby="dash-notifications">
      <h2 id="dash-notifications">
        {t('notifications.title')}
        {list.data && list.data.unreadCount > 0 && (
          <span className="badge badge-count">
            {t('notifications.unread', { count: list.data.unreadCount })}
          </span>
        )}
      </h2>
      {list.error ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <Loading />
      ) : list.data.items.length === 0 ? (
        <p>{t('notifications.none')}</p>
      ) : (
        <>
          <ul className="plain-list">
            {list.data.items.map((n) => (
              <li key={n.id} className={n.readAt ? '' : 'unread'}>
                {!n.readAt && (
                  <span className="visually-hidden">{t('notifications.unreadMark')}: </span>
                )}
                {describe(
                  n,
                  (id) => directory?.memberName(id) ?? '…',
                  (kind) => tc('notificationKinds.other', { kind }),
                )}{' '}
                <time className="muted" dateTime={n.createdAt}>
                  {fmt.relative(n.createdAt)}
                </time>
              </li>
            ))}
          </ul>
          {list.data.unreadCount > 0 && (
            <button
              type="button"
              className="button"
              onClick={() => readAll.mutate()}
              disabled={readAll.isPending}
            >
              {t('notifications.markAllRead')}
            </button>
          )}
          {readAll.error && <ErrorAlert error={readAll.error} />}
        </>
      )}
    </section>
  );
}
