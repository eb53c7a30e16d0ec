import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { getMe, logout, type Me } from '../api/auth.ts';
import { ApiError, onUnauthenticated, setCsrfToken } from '../api/client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { browserLocale, i18n, isLocale, type Locale } from '../i18n/setup.ts';

export interface Session {
  /** Null while signed out; undefined while the first answer is outstanding. */
  me: Me | null | undefined;
  signOut: () => Promise<void>;
  /** After sign-in or a profile change: read `/auth/me` again. */
  refresh: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside <SessionProvider>');
  return session;
}

/** The signed-in member (or none), and the app's language following their setting. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe outside a signed-in page');
  return me;
}

/** The app's language: the member's setting, else (signed out, or not known yet) the browser's. */
export function memberLocale(me: Me | null | undefined): Locale {
  const locale = me?.member.locale;
  return locale && isLocale(locale) ? locale : browserLocale();
}

/** `/auth/me` as a query: the member, or null for "signed out" (a 401). */
export const meQuery = {
  queryKey: queryKeys.me,
  queryFn: async (): Promise<Me | null> => {
    try {
      return await getMe();
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return null;
      throw err;
    }
  },
  staleTime: Infinity,
  retry: false,
} as const;

/**
 * Reads `/auth/me` once; a 401 means "signed out". Any later 401 (session expired, signed out in
 * another tab) drops the cached member, and the router shows the sign-in page.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const query = useQuery(meQuery);

  useEffect(() => {
    onUnauthenticated(() => {
      setCsrfToken(null);
      queryClient.setQueryData(queryKeys.me, null);
    });
  }, [queryClient]);

  const locale = memberLocale(query.data);
  useEffect(() => {
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
  }, [locale]);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      setCsrfToken(null);
      // Nothing of this member may show for the next one; the `me` query stays (observed).
      queryClient.setQueryData(queryKeys.me, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.me[0] });
    }
  }, [queryClient]);

  const refresh = useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.me });
  }, [queryClient]);

  const value = useMemo<Session>(
    () => ({ me: query.isError ? null : query.data, signOut, refresh }),
    [query.data, query.isError, signOut, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
