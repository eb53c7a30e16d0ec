import { useTranslation } from 'react-i18next';
import type { Post } from '../../contracts/posts.ts';
import { useFormat } from '../i18n/format.ts';
import { StatusBadge } from '../ui/status-badge.tsx';
import { ApprovalSteps } from './approval-steps.tsx';
import { excerpt } from './excerpt.ts';
import type { Directory } from './use-directory.ts';

/** A post at a glance: title, status, author, and each variant with its channel. */
export function PostSummary({
  post,
  directory,
  headingLevel = 3,
}: {
  post: Post;
  directory: Directory;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const title = post.title || excerpt(post.variants[0]?.text ?? '') || post.id;
  return (
    <div className="post-summary">
      <Heading className="post-title">
        {title} <StatusBadge status={post.status} />
      </Heading>
      <p className="muted">
        {directory.memberName(post.authorId)} · {directory.unitName(post.unitId)} ·{' '}
        {fmt.dateTime(post.submittedAt ?? post.updatedAt)}
      </p>
      <ul className="variant-list">
        {post.variants.map((v) => {
          const channel = directory.channel(v.channelId);
          return (
            <li key={v.id}>
              <p className="variant-channel">
                {t(`networks.${v.network}`)} · {channel?.displayName ?? v.channelId}
                {v.dueAt && ` · ${fmt.dateTime(v.dueAt)}`}
              </p>
              <p className="variant-text">{v.text}</p>
              {v.link && (
                <p className="variant-link">
                  {t('fields.link')}: {v.link}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <ApprovalSteps post={post} directory={directory} />
    </div>
  );
}
