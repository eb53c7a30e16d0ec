/**
 * The filters of a list of posts (the calendar, the posts page), as `GET /calendar` and
 * `GET /posts` take them and as the address carries them (`?unitId=&channelId=…`).
 */
export const FILTER_KEYS = ['unitId', 'channelId', 'campaignId', 'status'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

/** The filters of the address as one string: it changes only when they do. */
export function filterParamsOf(search: URLSearchParams): string {
  return FILTER_KEYS.map((k) => search.get(k) ?? '').join('|');
}

/** The address `prev` with the filters `next` in place of its own, other parameters kept. */
export function withFilters(prev: URLSearchParams, next: Filters): URLSearchParams {
  const params = new URLSearchParams(prev);
  for (const key of FILTER_KEYS) {
    const value = next[key];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  return params;
}

export function filtersOf(filterParams: string): Filters {
  const [unitId, channelId, campaignId, status] = filterParams.split('|');
  return Object.fromEntries(
    Object.entries({ unitId, channelId, campaignId, status }).filter(([, v]) => v),
  );
}
