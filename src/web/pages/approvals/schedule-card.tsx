import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../contracts/posts.ts';
import { schedulePost } from '../../api/posts.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useFormat } from '../../i18n/format.ts';
import { fromOrgInput, toOrgInput } from '../../posts/org-time.ts';
import { PostSummary } from '../../posts/post-summary.tsx';
import type { Directory } from '../../posts/use-directory.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';

/** The next full hour after now plus one, as a sensible first suggestion. */
function suggestion(timeZone: string): string {
  const at = new Date();
  at.setUTCMinutes(0, 0, 0);
  at.setUTCHours(at.getUTCHours() + 2);
  return toOrgInput(at, timeZone);
}

/** An approved post of mine: a time per channel, then `PUT /posts/:id/schedule`. */
export function ScheduleCard({
  post,
  directory,
  onScheduled,
}: {
  post: Post;
  directory: Directory;
  onScheduled: (message: string) => void;
}) {
  const { t } = useTranslation('approvals');
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const [times, setTimes] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      post.variants.map((v) => [
        v.channelId,
        v.dueAt ? toOrgInput(v.dueAt, fmt.timeZone) : suggestion(fmt.timeZone),
      ]),
    ),
  );
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: (variants: { channelId: string; dueAt: string }[]) =>
      schedulePost(post.id, { variants, version: post.version }),
    onSuccess: async () => {
      onScheduled(t('schedule.done'));
      await queryClient.invalidateQueries({ queryKey: queryKeys.posts });
    },
  });
  const id = `schedule-${post.id}`;

  const submit = () => {
    const variants = post.variants.map((v) => ({
      channelId: v.channelId,
      dueAt: fromOrgInput(times[v.channelId] ?? '', fmt.timeZone),
    }));
    const complete = variants.every((v) => v.dueAt !== null);
    setMissing(!complete);
    if (complete) mutation.mutate(variants as { channelId: string; dueAt: string }[]);
  };

  return (
    <article className="card" aria-labelledby={`${id}-title`} data-post={post.id}>
      <div id={`${id}-title`}>
        <PostSummary post={post} directory={directory} />
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {post.variants.map((v) => {
          const channel = directory.channel(v.channelId);
          return (
            <div className="field" key={v.channelId}>
              <label htmlFor={`${id}-${v.channelId}`}>
                {t('schedule.dueAt', {
                  channel: channel?.displayName ?? v.channelId,
                  timeZone: fmt.timeZone,
                })}
              </label>
              <input
                id={`${id}-${v.channelId}`}
                type="datetime-local"
                value={times[v.channelId] ?? ''}
                onChange={(e) => setTimes({ ...times, [v.channelId]: e.target.value })}
              />
            </div>
          );
        })}
        {missing && <p className="field-error">{t('schedule.missing')}</p>}
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {t('schedule.submit')}
        </button>
      </form>
    </article>
  );
}
