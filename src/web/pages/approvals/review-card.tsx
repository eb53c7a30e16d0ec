import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decideApprovalBody, type Post } from '../../../contracts/posts.ts';
import { decideApproval } from '../../api/posts.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { PostSummary } from '../../posts/post-summary.tsx';
import type { Directory } from '../../posts/use-directory.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';

type Decision = 'approve' | 'request_changes' | 'reject';

/** A post waiting for me: what it says, its chain, and my decision with a comment. */
export function ReviewCard({
  post,
  directory,
  onDecided,
}: {
  post: Post;
  directory: Directory;
  onDecided: (message: string) => void;
}) {
  const { t } = useTranslation('approvals');
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const [invalid, setInvalid] = useState(false);
  const opened = useState(() => Date.now())[0];
  const id = `review-${post.id}`;
  const mutation = useMutation({
    mutationFn: (decision: Decision) =>
      decideApproval(post.id, {
        decision,
        comment,
        // Review time counts toward the cost reports.
        spentMinutes: Math.min(1440, Math.round((Date.now() - opened) / 60_000)),
      }),
    onSuccess: async (_post, decision) => {
      onDecided(t(`queue.done.${decision}`));
      await queryClient.invalidateQueries({ queryKey: queryKeys.posts });
    },
  });

  const decide = (decision: Decision) => {
    // The contract's own rule: rejecting or requesting changes needs a comment.
    const ok = decideApprovalBody.safeParse({ decision, comment }).success;
    setInvalid(!ok);
    if (ok) mutation.mutate(decision);
  };

  return (
    <article className="card review" aria-labelledby={`${id}-title`} data-post={post.id}>
      <div id={`${id}-title`}>
        <PostSummary post={post} directory={directory} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('queue.comment')}</label>
        <textarea
          id={`${id}-comment`}
          rows={2}
          value={comment}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-comment-error` : undefined}
          onChange={(e) => setComment(e.target.value)}
        />
        {invalid && (
          <p id={`${id}-comment-error`} className="field-error">
            {t('queue.commentNeeded')}
          </p>
        )}
      </div>
      {mutation.error && (
        <ErrorAlert error={mutation.error} options={{ unitName: directory.unitName }} />
      )}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={mutation.isPending}
          onClick={() => decide('approve')}
        >
          {t('queue.approve')}
        </button>
        <button
          type="button"
          className="button"
          disabled={mutation.isPending}
          onClick={() => decide('request_changes')}
        >
          {t('queue.requestChanges')}
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={mutation.isPending}
          onClick={() => decide('reject')}
        >
          {t('queue.reject')}
        </button>
      </div>
    </article>
  );
}
