import type { QueryClient } from '@tanstack/react-query';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Me } from './api/auth.ts';
import type { commonEn } from './i18n/common.en.ts';
import { prefetchCalendar } from './pages/calendar/calendar-query.ts';
import { meQuery } from './session/session.tsx';

/**
 * Every page of the app. A page is a folder under `pages/` whose `*-page.tsx` default-exports the
 * component (and registers its texts); adding one is that folder plus one entry here (and its
 * namespace in `i18n/types.ts`). Pages load on first visit, so heavy libraries (React Flow,
 * FullCalendar, recharts) stay out of the first download.
 */
export interface PageRoute {
  path: string;
  /** The navigation entry (`nav.<key>` in the common texts); none: reached by links only. */
  nav?: keyof typeof commonEn.nav;
  page: LazyExoticComponent<ComponentType>;
  /**
   * On a visit straight to the page (`prefetchLandingPage`): asks for the data the page opens
   * with, into the cache, before the page's code has loaded.
   */
  prefetch?: (queryClient: QueryClient, me: Me) => Promise<unknown>;
}

const composer = lazy(() => import('./pages/composer/composer-page.tsx'));

const loadCalendar = () => import('./pages/calendar/calendar-page.tsx');
// FullCalendar makes the calendar's chunks the largest: on a visit straight to the calendar they
// load while the session is checked and the entries are asked for, not after.
if (typeof window !== 'undefined' && window.location.pathname === '/calendar') void loadCalendar();

export const PAGES: readonly PageRoute[] = [
  { path: '/', nav: 'dashboard', page: lazy(() => import('./pages/dashboard/dashboard-page.tsx')) },
  { path: '/compose', nav: 'composer', page: composer },
  { path: '/compose/:postId', page: composer },
  {
    path: '/approvals',
    nav: 'approvals',
    page: lazy(() => import('./pages/approvals/approvals-page.tsx')),
  },
  {
    path: '/calendar',
    nav: 'calendar',
    page: lazy(loadCalendar),
    prefetch: (queryClient, me) =>
      prefetchCalendar(queryClient, me, new URLSearchParams(window.location.search)),
  },
  {
    path: '/posts',
    nav: 'posts',
    page: lazy(() => import('./pages/posts/posts-page.tsx')),
  },
  {
    path: '/guidelines',
    nav: 'guidelines',
    page: lazy(() => import('./pages/guidelines/guidelines-page.tsx')),
  },
  {
    path: '/deliveries',
    nav: 'deliveries',
    page: lazy(() => import('./pages/deliveries/deliveries-page.tsx')),
  },
  {
    path: '/settings',
    nav: 'settings',
    page: lazy(() => import('./pages/settings/settings-page.tsx')),
  },
  {
    path: '/organization',
    nav: 'organization',
    page: lazy(() => import('./pages/organization/organization-page.tsx')),
  },
  {
    path: '/channels',
    nav: 'channels',
    page: lazy(() => import('./pages/channels/channels-page.tsx')),
  },
  {
    path: '/strategy',
    nav: 'strategy',
    page: lazy(() => import('./pages/strategy/strategy-page.tsx')),
  },
  { path: '/duties', nav: 'duties', page: lazy(() => import('./pages/duties/duties-page.tsx')) },
  {
    path: '/advisor',
    nav: 'advisor',
    page: lazy(() => import('./pages/advisor/advisor-page.tsx')),
  },
  {
    path: '/model-switch',
    nav: 'modelSwitch',
    page: lazy(() => import('./pages/model-switch/model-switch-page.tsx')),
  },
  { path: '/costs', nav: 'costs', page: lazy(() => import('./pages/costs/costs-page.tsx')) },
];

export const LoginPage = lazy(() => import('./pages/login/login-page.tsx'));

/**
 * On a visit straight to a page with `prefetch`, its data is asked for as soon as the session
 * check answers, while the page's code still loads, rather than once it has loaded and rendered.
 */
export function prefetchLandingPage(queryClient: QueryClient): void {
  if (typeof window === 'undefined') return;
  const prefetch = PAGES.find((p) => p.path === window.location.pathname)?.prefetch;
  if (!prefetch) return;
  // The same query as the session's: one request, whoever asks first. Signed out (null) or
  // failed: nothing to ask for; the page shows what it shows.
  queryClient
    .fetchQuery(meQuery)
    .then((member) => (member ? prefetch(queryClient, member) : undefined))
    .catch(() => undefined);
}
