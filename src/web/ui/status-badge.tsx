import { useTranslation } from 'react-i18next';
import type { Post } from '../../contracts/posts.ts';

export function StatusBadge({ status }: { status: Post['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge-status badge-${status}`}>{t(`status.${status}`)}</span>;
}
