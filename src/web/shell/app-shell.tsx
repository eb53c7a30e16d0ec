import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { PAGES } from '../routes.tsx';
import { useMe, useSession } from '../session/session.tsx';
import { Loading } from '../ui/loading.tsx';
import { LanguageSwitch } from './language-switch.tsx';

/** Header with navigation, language and sign-out; the page below it. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const { signOut } = useSession();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(location.pathname);

  // After a navigation, focus moves to the new page, as a full page load would do. Keyed to the
  // path itself: React may run the effect again without a navigation (when it re-attaches a
  // tree that suspended), and a fresh page load must leave focus where the browser puts it.
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    main.current?.focus();
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-top">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <span className="org-line">
            {t('shell.organizationModel', {
              organization: me.organization.name,
              model: t(`models.${me.organization.model}`),
            })}
          </span>
          <div className="header-tools">
            <LanguageSwitch />
            <span className="signed-in-as">{t('shell.signedInAs', { name: me.member.name })}</span>
            <button type="button" className="button button-quiet" onClick={() => void signOut()}>
              {t('shell.signOut')}
            </button>
          </div>
        </div>
        <nav aria-label={t('shell.mainNavigation')} className="main-nav">
          <ul>
            {PAGES.filter((p) => p.nav).map((p) => (
              <li key={p.path}>
                <NavLink to={p.path} end={p.path === '/'}>
                  {t(`nav.${p.nav!}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
