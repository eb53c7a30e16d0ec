import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session.tsx';

/** Money is stored in cents; the organizations Mooring knows so far pay in euros. */
const CURRENCY = 'EUR';

export interface Formatters {
  /** Date and time in the organization's time zone, e.g. "12 May 2026, 09:30". */
  dateTime: (iso: string | Date) => string;
  date: (iso: string | Date) => string;
  number: (n: number) => string;
  currency: (cents: number) => string;
  /** "in 3 hours", "2 days ago". */
  relative: (iso: string | Date, now?: Date) => string;
  timeZone: string;
}

export function makeFormatters(locale: string, timeZone: string): Formatters {
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  const number = new Intl.NumberFormat(locale);
  const currency = new Intl.NumberFormat(locale, { style: 'currency', currency: CURRENCY });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const toDate = (v: string | Date) => (typeof v === 'string' ? new Date(v) : v);
  return {
    dateTime: (v) => dateTime.format(toDate(v)),
    date: (v) => date.format(toDate(v)),
    number: (n) => number.format(n),
    currency: (cents) => currency.format(cents / 100),
    relative: (v, now = new Date()) => {
      const seconds = (toDate(v).getTime() - now.getTime()) / 1000;
      const abs = Math.abs(seconds);
      if (abs < 60) return relative.format(Math.round(seconds), 'second');
      if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
      if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
      return relative.format(Math.round(seconds / 86_400), 'day');
    },
    timeZone,
  };
}

/** Formatters for the current language and the organization's time zone. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const session = useSession();
  const timeZone = session.me?.organization.timeZone ?? 'UTC';
  return useMemo(() => makeFormatters(i18n.language, timeZone), [i18n.language, timeZone]);
}
