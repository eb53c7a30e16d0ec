import type { TFunction } from 'i18next';
import type { ConflictView } from '../../../contracts/calendar.ts';

export interface ConflictNames {
  unitName: (id: string) => string | undefined;
  campaignName: (id: string) => string | undefined;
  /** A day in the organization's zone, for campaign windows. */
  date: (iso: string) => string;
  locale: string;
}

/**
 * One conflict in plain words, naming the units and campaigns involved. A kind this build does not
 * know (a newer server) still says something and never shows raw data.
 */
export function conflictWords(
  c: ConflictView,
  t: TFunction<'calendar'>,
  names: ConflictNames,
): string {
  const list = (items: readonly string[]) =>
    new Intl.ListFormat(names.locale, { type: 'conjunction' }).format(items);
  const campaign = (id: string) => names.campaignName(id) ?? '?';
  switch (c.kind) {
    case 'campaign_link_mismatch':
      return t('conflicts.campaign_link_mismatch', {
        link: c.link,
        campaign: campaign(c.campaignId),
        expected: list(c.expected),
      });
    case 'campaign_missing_element':
      return t('conflicts.campaign_missing_element', {
        campaign: campaign(c.campaignId),
        missing: list([...c.hashtags, ...(c.link ? [c.link] : [])]),
      });
    case 'same_topic':
      return t('conflicts.same_topic', {
        unit: names.unitName(c.unitId) ?? '?',
        topics: list([...c.hashtags, ...c.links]),
      });
    case 'outside_campaign_window':
      return t('conflicts.outside_campaign_window', {
        campaign: campaign(c.campaignId),
        start: c.startsAt ? names.date(c.startsAt) : t('conflicts.openEnd'),
        end: c.endsAt ? names.date(c.endsAt) : t('conflicts.openEnd'),
      });
    case 'duplicate_published':
      return t('conflicts.duplicate_published');
    default:
      return t('conflicts.unknown', { kind: (c as { kind: string }).kind });
  }
}
