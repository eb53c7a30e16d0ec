import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../contracts/campaigns.ts';
import { POST_STATUSES } from '../../core/posts/status.ts';
import { unitsInTreeOrder, type Directory } from './use-directory.ts';
import { FILTER_KEYS, type FilterKey, type Filters } from './post-filters.ts';

/**
 * Unit (with the units below it), channel, campaign and status: each a labelled select, and a
 * button that clears them. `idPrefix` keeps the controls' ids apart between pages.
 */
export function PostFiltersForm({
  filters,
  directory,
  campaigns,
  onChange,
  idPrefix,
}: {
  filters: Filters;
  directory: Directory | undefined;
  campaigns: Campaign[] | undefined;
  onChange: (next: Filters) => void;
  idPrefix: string;
}) {
  const { t: tc } = useTranslation();
  const { t } = useTranslation(undefined, { keyPrefix: 'postFilters' });
  const set = (key: FilterKey, value: string) =>
    onChange({ ...filters, [key]: value === '' ? undefined : value });
  const active = FILTER_KEYS.some((k) => filters[k] !== undefined);
  const channels = [...(directory?.channels ?? [])].sort((a, b) =>
    a.displayName.localeCompare(b.displayName),
  );
  return (
    <fieldset className="post-filters">
      <legend>{t('legend')}</legend>
      <div className="field">
        <label htmlFor={`${idPrefix}-unit`}>{t('unit')}</label>
        <select
          id={`${idPrefix}-unit`}
          value={filters.unitId ?? ''}
          onChange={(e) => set('unitId', e.target.value)}
        >
          <option value="">{t('all')}</option>
          {directory &&
            unitsInTreeOrder(directory).map((u) => (
              <option key={u.id} value={u.id}>
                {'\u2002'.repeat(u.depth)}
                {u.name}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-channel`}>{t('channel')}</label>
        <select
          id={`${idPrefix}-channel`}
          value={filters.channelId ?? ''}
          onChange={(e) => set('channelId', e.target.value)}
        >
          <option value="">{t('all')}</option>
          {channels.map((c) => (
            <option key={c.id} value={c.id}>
              {c.displayName} ({tc(`networks.${c.network}`)})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-campaign`}>{t('campaign')}</label>
        <select
          id={`${idPrefix}-campaign`}
          value={filters.campaignId ?? ''}
          onChange={(e) => set('campaignId', e.target.value)}
        >
          <option value="">{t('all')}</option>
          {(campaigns ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-status`}>{t('status')}</label>
        <select
          id={`${idPrefix}-status`}
          value={filters.status ?? ''}
          onChange={(e) => set('status', e.target.value)}
        >
          <option value="">{t('all')}</option>
          {POST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {tc(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button" disabled={!active} onClick={() => onChange({})}>
        {t('reset')}
      </button>
    </fieldset>
  );
}
