import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateMe, type Me } from '../api/auth.ts';
import { queryKeys } from '../api/query-keys.ts';
import { i18n, isLocale, LOCALES } from '../i18n/setup.ts';
import { useSession } from '../session/session.tsx';
import { ErrorAlert } from '../ui/error-alert.tsx';

/**
 * Switches the language at once; when signed in, it is saved as the member's setting
 * (`PATCH /auth/me`), so the next sign-in on any device starts in it.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const id = useId();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);

  const change = async (locale: string) => {
    if (!isLocale(locale)) return;
    setError(null);
    const before = i18n.language;
    await i18n.changeLanguage(locale);
    if (!me) return;
    try {
      const { member } = await updateMe({ locale });
      queryClient.setQueryData<Me | null>(queryKeys.me, (old) => (old ? { ...old, member } : old));
    } catch (err) {
      await i18n.changeLanguage(before);
      setError(err);
    }
  };

  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('shell.language')}</label>
      <select id={id} value={i18n.language} onChange={(e) => void change(e.target.value)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </select>
      {error !== null && <ErrorAlert error={error} />}
    </div>
  );
}
