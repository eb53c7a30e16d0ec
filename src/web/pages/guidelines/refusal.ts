import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.ts';
import { guidelineRuleSchema } from '../../../contracts/guidelines.ts';
import type { GuidelineRule } from '../../../core/guidelines/rules.ts';

const LOOSENINGS = [
  'severity_lowered',
  'limit_raised',
  'domains_added',
  'languages_added',
  'window_widened',
] as const;

/**
 * The server's reasons for refusing a rule set that loosens inherited rules (422,
 * `guideline.loosens_inherited` per offending rule), one sentence each: which rule, why, and the
 * inherited rule it runs into with its unit. Null when the error is something else.
 */
export function refusalLines(
  err: unknown,
  t: TFunction<'guidelines'>,
  opts: {
    kindOf: (index: number) => GuidelineRule['kind'] | undefined;
    unitName: (id: string) => string | undefined;
    ruleWords: (rule: GuidelineRule) => string;
  },
): string[] | null {
  if (!(err instanceof ApiError) || err.status !== 422) return null;
  const details = err.details.filter((d) => d.code === 'guideline.loosens_inherited');
  if (details.length === 0) return null;
  return details.map((d) => {
    const index = Number(/^body\.rules\.(\d+)/.exec(d.path ?? '')?.[1] ?? NaN);
    const params = d.params ?? {};
    const code = String(params.loosening);
    const kind = Number.isNaN(index) ? undefined : opts.kindOf(index);
    const inherited = guidelineRuleSchema.safeParse(params.inherited);
    const from =
      typeof params.inheritedUnitId === 'string' ? opts.unitName(params.inheritedUnitId) : null;
    return t('own.refusedRule', {
      n: Number.isNaN(index) ? '?' : index + 1,
      kind: kind ? t(`kinds.${kind}`) : '?',
      reason: (LOOSENINGS as readonly string[]).includes(code)
        ? t(`loosening.${code as (typeof LOOSENINGS)[number]}`)
        : t('loosening.unknown'),
      from: from ?? '?',
      inherited: inherited.success ? opts.ruleWords(inherited.data).replace(/\.$/, '') : '?',
    });
  });
}
