import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonDe } from './common.de.ts';
import { commonEn } from './common.en.ts';
import type { PageMessages } from './messages.ts';

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** Before sign-in: the browser's language if it is one we speak, else English. */
export function browserLocale(): Locale {
  // Unit tests run this module in Node, which may have no `navigator`.
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLocale(base)) return base;
  }
  return 'en';
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: browserLocale(),
  fallbackLng: 'en',
  supportedLngs: LOCALES,
  defaultNS: 'common',
  ns: ['common'],
  resources: { en: { common: commonEn }, de: { common: commonDe } },
  // React escapes what it renders; i18next must not escape a second time.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

if (typeof document !== 'undefined') {
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  document.documentElement.lang = i18n.language;
}

/**
 * Adds a page's texts as namespace `ns`. Pages call this at module load, so their texts arrive
 * with their code (route-level splitting) and are there before the first render.
 */
export function registerMessages<T extends object>(ns: string, messages: PageMessages<T>): void {
  if (i18n.hasResourceBundle('en', ns)) return;
  i18n.addResourceBundle('en', ns, messages.en);
  i18n.addResourceBundle('de', ns, messages.de);
}
