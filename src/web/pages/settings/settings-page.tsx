import { useTranslation } from 'react-i18next';
import { registerMessages } from '../../i18n/setup.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { FeedLink } from '../calendar/feed-link.tsx';
import { ApiTokens } from './api-tokens.tsx';
import { settingsMessages } from './messages.ts';
import './settings.css';
import { ProfileForm } from './profile-form.tsx';

registerMessages('settings', settingsMessages);

/** My own settings: profile and notifications, personal API tokens, the calendar feed. */
export default function SettingsPage() {
  const { t } = useTranslation('settings');
  usePageTitle(t('title'));
  return (
    <>
      <h1>{t('title')}</h1>
      <div className="settings-grid">
        <ProfileForm />
        <FeedLink />
      </div>
      <ApiTokens />
    </>
  );
}
