import type { TFunction } from 'i18next';
import type { GuidelineRule } from '../../../core/guidelines/rules.ts';

/** Weekday names (0 = Sunday) in `locale`. 2026-01-04 was a Sunday. */
export function weekdayNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return [0, 1, 2, 3, 4, 5, 6].map((d) => format.format(Date.UTC(2026, 0, 4 + d)));
}

function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'language' }).of(code) ?? code;
  } catch {
    // Not a code Intl knows (`xx-invalid`): show it as it is.
    return code;
  }
}

/**
 * A guideline rule as one sentence in the current language: what it demands, with the lists
 * spelled out ("Links only to a.example and b.example."). `networkName` names a network code.
 */
export function ruleWords(
  rule: GuidelineRule,
  t: TFunction<'guidelines'>,
  opts: { locale: string; networkName: (network: string) => string },
): string {
  const list = (items: readonly string[]) =>
    new Intl.ListFormat(opts.locale, { type: 'conjunction' }).format(items);
  switch (rule.kind) {
    case 'banned_term':
      return t('rule.banned_term', { term: rule.term, reason: rule.reason });
    case 'disclaimer':
      return t('rule.disclaimer', {
        text: rule.text,
        network: rule.network ? opts.networkName(rule.network) : t('fields.allNetworks'),
      });
    case 'hashtag_max':
      return t('rule.hashtag_max', { max: rule.max });
    case 'link_domains':
      return rule.domains.length === 0
        ? t('rule.link_domains_none')
        : t('rule.link_domains', { domains: list(rule.domains) });
    case 'posting_window': {
      if (rule.days.length === 0 || rule.start >= rule.end) return t('rule.posting_window_none');
      const names = weekdayNames(opts.locale);
      // Monday first, as both languages' calendars read.
      const days = [...rule.days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
      return t('rule.posting_window', {
        days: list(days.map((d) => names[d]!)),
        start: rule.start,
        end: rule.end,
      });
    }
    case 'languages':
      return rule.codes.length === 0
        ? t('rule.languages_none')
        : t('rule.languages', {
            languages: list(rule.codes.map((c) => languageName(c, opts.locale))),
          });
  }
}
