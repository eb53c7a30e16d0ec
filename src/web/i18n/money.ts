import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys.ts';
import { getCostSettings } from '../api/reports.ts';
import { useSession } from '../session/session.tsx';

/** Used until the organization's own currency is known (and for members who may not read it). */
export const FALLBACK_CURRENCY = 'EUR';

/** Integer cents as money in `currency`, written the way `locale` writes it. */
export function makeMoney(locale: string, currency: string): (cents: number) => string {
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  } catch {
    // A code Intl does not know must not break the page: the amount with the code beside it.
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return (cents) => `${format.format(cents / 100)} ${currency}`;
  }
  return (cents) => format.format(cents / 100);
}

/**
 * The organization's currency, from its cost settings. Only administrators and unit leads may read
 * them; for everyone else (and while loading) the fallback stands in.
 */
export function useOrgCurrency(): string {
  const { me } = useSession();
  const mayRead = !!me && (me.member.admin || me.memberships.some((m) => m.role === 'lead'));
  const settings = useQuery({
    queryKey: queryKeys.costSettings,
    queryFn: getCostSettings,
    enabled: mayRead,
    staleTime: 5 * 60_000,
  });
  return settings.data?.currency ?? FALLBACK_CURRENCY;
}
