import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../contracts/campaigns.ts';
import { POST_STATUSES } from '../../../core/posts/status.ts';
import type { Directory } from '../../posts/use-directory.ts';
import { FILTER_KEYS, type FilterKey, type Filters } from './calendar-query.ts';

/** Units in tree order, each with its depth, so the list reads like the organization chart. */
function unitsInTreeOrder(directory: Directory): { id: string; name: string; depth: number }[] {
  const children = new Map<string | null, Directory['units']>();
  for (const u of directory.units) {
    const list = children.get(u.parentId) ?? [];
    list.push(u);
    children.set(u.parentId, list);
  }
  const out: { id: string; name: string; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    for (const u of list) {
      out.push({ id: u.id, name: u.name, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** Unit (with the units below it), channel, campaign and status: each a labelled select. */
export function CalendarFilters({
  filters,
  directory,
  campaigns,
  onChange,
}: {
  filters: Filters;
  directory: Directory | undefined;
  campaigns: Campaign[] | undefined;
  onChange: (next: Filters) => void;
}) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const set = (key: FilterKey, value: string) =>
    onChange({ ...filters, [key]: value === '' ? undefined : value });
  const active = FILTER_KEYS.some((k) => filters[k] !== undefined);
  const channels = [...(directory?.channels ?? [])].sort((a, b) =>
    a.displayName.localeCompare(b.displayName),
  );
  return (
    <fieldset className="calendar-filters">
      <legend>{t('filters.legend')}</legend>
      <div className="field">
        <label htmlFor="cal-filter-unit">{t('filters.unit')}</label>
        <select
          id="cal-filter-unit"
          value={filters.unitId ?? ''}
          onChange={(e) => set('unitId', e.target.value)}
        >
          <option value="">{t('filters.all')}</option>
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
        <label htmlFor="cal-filter-channel">{t('filters.channel')}</label>
        <select
          id="cal-filter-channel"
          value={filters.channelId ?? ''}
          onChange={(e) => set('channelId', e.target.value)}
        >
          <option value="">{t('filters.all')}</option>
          {channels.map((c) => (
            <option key={c.id} value={c.id}>
              {c.displayName} ({tc(`networks.${c.network}`)})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="cal-filter-campaign">{t('filters.campaign')}</label>
        <select
          id="cal-filter-campaign"
          value={filters.campaignId ?? ''}
          onChange={(e) => set('campaignId', e.target.value)}
        >
          <option value="">{t('filters.all')}</option>
          {(campaigns ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="cal-filter-status">{t('filters.status')}</label>
        <select
          id="cal-filter-status"
          value={filters.status ?? ''}
          onChange={(e) => set('status', e.target.value)}
        >
          <option value="">{t('filters.all')}</option>
          {POST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {tc(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button" disabled={!active} onClick={() => onChange({})}>
        {t('filters.reset')}
      </button>
    </fieldset>
  );
}
