import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { login } from '../../api/auth.ts';
import { registerMessages } from '../../i18n/setup.ts';
import { LanguageSwitch } from '../../shell/language-switch.tsx';
import { useSession } from '../../session/session.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { loginMessages } from './messages.ts';

registerMessages('login', loginMessages);

export default function LoginPage() {
  const { t } = useTranslation('login');
  const { t: tc } = useTranslation();
  const { refresh } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  usePageTitle(t('title'));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login({ email: email.trim(), password });
      await refresh();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <div className="login-layout">
      <a className="skip-link" href="#main">
        {tc('shell.skipToContent')}
      </a>
      <header className="login-header">
        <span className="brand">{tc('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1} className="login-main">
        <h1>{t('title')}</h1>
        <p className="muted">{tc('app.tagline')}</p>
        <p>{t('intro')}</p>
        <form onSubmit={(e) => void submit(e)} className="form" noValidate>
          <div className="field">
            <label htmlFor="login-email">{t('email')}</label>
            <input
              id="login-email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t('password')}</label>
            <input
              id="login-password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          {error !== null && <ErrorAlert error={error} />}
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('submitting') : t('submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
