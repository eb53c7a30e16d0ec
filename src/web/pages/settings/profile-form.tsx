import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateMe, type Me } from '../../api/auth.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { LOCALES, type Locale } from '../../i18n/setup.ts';
import { useMe } from '../../session/session.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';

/** Own name, language and whether notifications also come by email (`PATCH /auth/me`). */
export function ProfileForm() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [name, setName] = useState(me.member.name);
  const [locale, setLocale] = useState<Locale>(me.member.locale);
  const [emailNotifications, setEmailNotifications] = useState(me.member.emailNotifications);
  const save = useMutation({
    mutationFn: () => updateMe({ name, locale, emailNotifications }),
    // The session follows the saved locale, so the app switches language with it.
    onSuccess: ({ member }) =>
      queryClient.setQueryData<Me | null>(queryKeys.me, (old) => (old ? { ...old, member } : old)),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const fieldLabel = (path: string) =>
    path === 'body.name'
      ? t('profile.name')
      : path === 'body.locale'
        ? t('profile.locale')
        : undefined;
  return (
    <section className="card" aria-labelledby="settings-profile">
      <h2 id="settings-profile">{t('profile.heading')}</h2>
      <form className="settings-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="profile-name">{t('profile.name')}</label>
          <input
            id="profile-name"
            autoComplete="name"
            required
            maxLength={200}
            value={name}
            onChange={(e) => {
              save.reset();
              setName(e.target.value);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="profile-email">{t('profile.email')}</label>
          <input
            id="profile-email"
            type="email"
            readOnly
            value={me.member.email}
            aria-describedby="profile-email-hint"
          />
          <p id="profile-email-hint" className="muted small">
            {t('profile.emailHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="profile-locale">{t('profile.locale')}</label>
          <select
            id="profile-locale"
            value={locale}
            onChange={(e) => {
              save.reset();
              setLocale(e.target.value as Locale);
            }}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {tc(`languages.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-check">
          <input
            id="profile-email-notifications"
            type="checkbox"
            checked={emailNotifications}
            aria-describedby="profile-email-notifications-hint"
            onChange={(e) => {
              save.reset();
              setEmailNotifications(e.target.checked);
            }}
          />
          <label htmlFor="profile-email-notifications">{t('profile.emailNotifications')}</label>
          <p id="profile-email-notifications-hint" className="muted small">
            {t('profile.emailNotificationsHint')}
          </p>
        </div>
        {save.error && <ErrorAlert error={save.error} options={{ fieldLabel }} />}
        <p role="status" className={save.isSuccess ? 'alert alert-success' : 'visually-hidden'}>
          {save.isSuccess ? t('profile.saved') : ''}
        </p>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t('profile.saving') : t('profile.save')}
        </button>
      </form>
    </section>
  );
}
