import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { ApiError } from './api/client.ts';
import { LoginPage, PAGES, prefetchLandingPage } from './routes.tsx';
import { AppShell } from './shell/app-shell.tsx';
import { NotFound } from './shell/not-found.tsx';
import { meQuery, SessionProvider, useSession } from './session/session.tsx';
import { Loading } from './ui/loading.tsx';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A refusal (4xx) will not change on retry; a lost connection might.
      retry: (count, err) => count < 2 && !(err instanceof ApiError && err.status >= 400),
    },
  },
});
// The session check starts with the app, not after its first render (its answer is preloaded by
// index.html): a page's data can be asked for the sooner.
void queryClient.prefetchQuery(meQuery);
prefetchLandingPage(queryClient);

function SignedOut() {
  const location = useLocation();
  if (location.pathname === '/login') return <LoginPage />;
  const next = location.pathname + location.search;
  return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
}

function AppRoutes() {
  const { me } = useSession();
  if (me === undefined) return <Loading />;
  if (me === null) {
    return (
      <Suspense fallback={<Loading />}>
        <SignedOut />
      </Suspense>
    );
  }
  return (
    <Routes>
      <Route path="/login" element={<AfterLogin />} />
      <Route element={<AppShell />}>
        {PAGES.map(({ path, page: Page }) => (
          <Route key={path} path={path} element={<Page />} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

/** Signed in on the sign-in page: back to where the member wanted to go. */
function AfterLogin() {
  const next = new URLSearchParams(useLocation().search).get('next');
  // Only paths of this app: `//evil.example` would leave it.
  const safe = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
  return <Navigate to={safe} replace />;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </SessionProvider>
    </QueryClientProvider>
  );
}
