import { tDynamic } from './dynamic.ts';
import { i18n } from './setup.ts';

/** Lists in a finding's parameters (`allowed`, `domains`) read as a sentence: "a, b and c". */
function readable(params: Record<string, unknown>, locale: string): Record<string, unknown> {
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      Array.isArray(v) ? list.format(v.map((x) => String(x))) : v,
    ]),
  );
}

/** A guideline finding (`guideline.banned_term`, …) in plain words in the current language. */
export function findingMessage(code: string, params: Record<string, unknown>): string {
  return (
    tDynamic(`findings.${code}`, readable(params, i18n.language)) ??
    i18n.t('findings.unknown', { code })
  );
}
