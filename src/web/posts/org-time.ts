import { TZDateMini } from '@date-fns/tz';

/**
 * `<input type="datetime-local">` holds a wall-clock time without a zone. Mooring plans in the
 * organization's time zone (posting windows are local there), so the input is read and written in
 * that zone, whatever zone the browser runs in.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the input's value (`2026-05-12T09:30`) in `timeZone`. */
export function toOrgInput(iso: string | Date, timeZone: string): string {
  const d = new TZDateMini(new Date(iso).getTime(), timeZone);
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}`
  );
}

/** The input's value read in `timeZone`, as an ISO instant; null when it is not a full value. */
export function fromOrgInput(value: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  return new Date(new TZDateMini(y, mo - 1, d, h, mi, timeZone).getTime()).toISOString();
}
