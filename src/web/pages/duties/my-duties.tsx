import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DutyNotice } from '../../../contracts/duties.ts';
import { renderDutyNotice } from '../../../contracts/i18n/duties.ts';
import { acknowledgeDuty, listDuties } from '../../api/duties.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useFormat } from '../../i18n/format.ts';
import { useSession } from '../../session/session.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';

const FILTERS = ['all', 'true', 'false'] as const;
type Filter = (typeof FILTERS)[number];

/** The member's own notices, newest first, in the language they read the app in. */
export function MyDuties() {
  const { t } = useTranslation('duties');
  const id = useId();
  const [filter, setFilter] = useState<Filter>('all');
  const duties = useInfiniteQuery({
    queryKey: queryKeys.dutyList(filter),
    queryFn: ({ pageParam }) =>
      listDuties({
        limit: 20,
        cursor: pageParam ?? undefined,
        pending: filter === 'all' ? undefined : filter,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const pendingCount = duties.data?.pages[0]?.pendingCount;
  const notices = duties.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="duties-mine">
      <h2 id="duties-mine">{t('mine.heading')}</h2>
      {pendingCount !== undefined && (
        <p className={pendingCount > 0 ? 'warn-text' : undefined} data-testid="duties-pending">
          {t('mine.pending', { count: pendingCount })}
        </p>
      )}
      <div className="field duties-filter">
        <label htmlFor={`${id}-filter`}>{t('mine.filter')}</label>
        <select
          id={`${id}-filter`}
          value={filter}
          onChange={(e) => setFilter(e.target.value as Filter)}
        >
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {t(`mine.filters.${f}`)}
            </option>
          ))}
        </select>
      </div>
      {duties.error ? (
        <ErrorAlert error={duties.error} onRetry={() => void duties.refetch()} />
      ) : !duties.data ? (
        <Loading />
      ) : notices.length === 0 ? (
        <p>{t('mine.none')}</p>
      ) : (
        <ul className="duty-list">
          {notices.map((n) => (
            <li key={n.id}>
              <DutyCard notice={n} />
            </li>
          ))}
        </ul>
      )}
      {duties.hasNextPage && (
        <button
          type="button"
          className="button"
          disabled={duties.isFetchingNextPage}
          onClick={() => void duties.fetchNextPage()}
        >
          {t('mine.more')}
        </button>
      )}
    </section>
  );
}

function DutyCard({ notice }: { notice: DutyNotice }) {
  const { t, i18n } = useTranslation('duties');
  const fmt = useFormat();
  const { refresh } = useSession();
  const queryClient = useQueryClient();
  const locale = i18n.language === 'de' ? 'de' : 'en';
  // Rendered here from the items, so a change of language shows at once.
  const { title, lines } = renderDutyNotice(notice.source, notice.items, locale);
  const ack = useMutation({
    mutationFn: () => acknowledgeDuty(notice.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.duties });
      if (notice.source === 'strategy') {
        // Acknowledging the current strategy's notice acknowledges the strategy itself.
        await queryClient.invalidateQueries({ queryKey: queryKeys.strategy });
        await queryClient.invalidateQueries({ queryKey: ['decide'] });
        await refresh();
      }
    },
  });
  const headingId = `duty-${notice.id}`;
  const open = notice.acknowledgedAt === null;
  return (
    <article
      className={`card duty-card ${open ? 'card-attention' : ''}`}
      aria-labelledby={headingId}
      data-duty={notice.id}
      data-source={notice.source}
      data-acknowledged={!open}
    >
      <h3 id={headingId}>
        {title}
        {open && <span className="badge badge-in_review">{t('mine.waiting')}</span>}
      </h3>
      <p className="muted small">{t('mine.received', { date: fmt.dateTime(notice.createdAt) })}</p>
      <ul className="duty-lines">
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {open ? (
        <button
          type="button"
          className="button button-primary"
          disabled={ack.isPending}
          aria-label={t('mine.acknowledgeLabel', { title })}
          onClick={() => ack.mutate()}
        >
          {ack.isPending ? t('mine.acknowledging') : t('mine.acknowledge')}
        </button>
      ) : (
        <p className="duty-acknowledged" role="status">
          {t('mine.acknowledgedAt', { date: fmt.dateTime(notice.acknowledgedAt!) })}
        </p>
      )}
      {ack.error && <ErrorAlert error={ack.error} />}
    </article>
  );
}
