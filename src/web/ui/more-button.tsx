import { useTranslation } from 'react-i18next';

/** "Show more" under a paged list while the server has more; says it is loading meanwhile. */
export function MoreButton({
  hasMore,
  loading,
  onMore,
}: {
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <button type="button" className="button" disabled={loading} onClick={onMore}>
      {loading ? t('app.loading') : t('actions.more')}
    </button>
  );
}
