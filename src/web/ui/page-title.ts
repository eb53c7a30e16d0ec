import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The browser tab names the page, so screen-reader users hear where a navigation led. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = `${title} · ${app}`;
  }, [title, app]);
}
