import { REASON_MESSAGES, translateReason } from '../../contracts/i18n/reasons.ts';
import { tDynamic } from '../i18n/dynamic.ts';
import { findingMessage } from '../i18n/findings.ts';
import { i18n } from '../i18n/setup.ts';
import { ApiError } from './client.ts';

export interface ErrorWords {
  /** One sentence for the whole error. */
  summary: string;
  /** One sentence per detail the app can put into words (a field, a reason, a finding). */
  lines: string[];
}

export interface DescribeOptions {
  /** Names a field from its path (`body.variants.0.text` → "LinkedIn: text"). */
  fieldLabel?: (path: string) => string | undefined;
  /** Names a unit for reason parameters that hold unit ids. */
  unitName?: (unitId: string) => string | undefined;
}

function locale(): 'de' | 'en' {
  return i18n.language === 'de' ? 'de' : 'en';
}

function detailWords(detail: ApiError['details'][number], opts: DescribeOptions): string | null {
  const params = detail.params ?? {};
  if (detail.code in REASON_MESSAGES[locale()]) {
    const values = Object.fromEntries(
      Object.entries(params).filter((e): e is [string, string | number | boolean] =>
        ['string', 'number', 'boolean'].includes(typeof e[1]),
      ),
    );
    return translateReason({ code: detail.code, params: values }, locale(), {
      unitName: opts.unitName,
    });
  }
  if (detail.code.startsWith('guideline.')) return findingMessage(detail.code, params);
  return tDynamic(`errors.detail.${detail.code}`, params);
}

function fieldOf(path: string | undefined, opts: DescribeOptions): string | undefined {
  if (!path) return undefined;
  const own = opts.fieldLabel?.(path);
  if (own) return own;
  const last = path.split('.').at(-1) ?? '';
  return tDynamic(`fields.${last}`) ?? undefined;
}

/**
 * Any error the app meets, in plain words in the member's language: API errors by their code and
 * details (reason codes through the shared de/en reason texts), everything else generically.
 */
export function describeError(err: unknown, opts: DescribeOptions = {}): ErrorWords {
  if (!(err instanceof ApiError)) return { summary: i18n.t('errors.generic'), lines: [] };
  const generic = tDynamic(`errors.code.${err.code}`) ?? i18n.t('errors.generic');
  // One reason and no field ("Email or password is wrong."): that reason says it best.
  const only = err.details.length === 1 && !err.details[0]!.path ? err.details[0]! : undefined;
  const onlyWords = only ? detailWords(only, opts) : null;
  if (onlyWords !== null) return { summary: onlyWords, lines: [] };
  const summary = generic;
  const lines: string[] = [];
  for (const d of err.details) {
    const words = detailWords(d, opts);
    if (words === null) continue;
    const field = fieldOf(d.path, opts);
    const line = field ? i18n.t('errors.field', { field, message: words }) : words;
    if (!lines.includes(line) && line !== summary) lines.push(line);
  }
  return { summary, lines };
}
