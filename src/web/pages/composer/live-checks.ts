import type { FindingView } from '../../../contracts/posts.ts';
import { effectiveSeverity, type SeverityModel } from '../../../core/governance/severity.ts';
import { checkVariant, type Finding } from '../../../core/guidelines/check.ts';
import type { EffectiveRule } from '../../../core/guidelines/inherit.ts';

/** Rules that also apply to a link or a first comment (as on the server: content-checks.ts). */
const SIDE_KINDS = new Set(['banned_term', 'link_domains']);

export interface LiveCheckInput {
  rules: readonly EffectiveRule[];
  /** The model and root unit: what a `warn` means here (core/governance/severity.ts). */
  org: SeverityModel;
  network: string;
  language: string;
  timeZone: string;
  scheduledAt: Date | null;
  text: string;
  link: string;
  firstComment: string;
}

/**
 * The guideline findings of one variant while it is typed, computed with the same pure checks
 * and the same severity mapping the server runs on submit, so the warning shown here is the one
 * the submission meets. The server stays the judge: its answer to the submit replaces these.
 */
export function liveFindings(input: LiveCheckInput): FindingView[] {
  const base = {
    network: input.network,
    language: input.language,
    scheduledAt: input.scheduledAt,
    timeZone: input.timeZone,
  };
  const out: FindingView[] = [];
  const add = (field: FindingView['field'], list: Finding[]) => {
    for (const f of list) {
      out.push({
        code: f.code,
        field,
        ruleUnitId: f.ruleUnitId,
        severity: f.severity,
        effectiveSeverity: effectiveSeverity(input.org, f) === 'block' ? 'block' : 'warn',
        positions: f.positions,
        params: { ...f.params },
      });
    }
  };
  add('text', checkVariant({ ...base, rules: input.rules, text: input.text }));
  const side = input.rules.filter((r) => SIDE_KINDS.has(r.rule.kind));
  if (input.link) add('link', checkVariant({ ...base, rules: side, text: input.link }));
  if (input.firstComment) {
    add('firstComment', checkVariant({ ...base, rules: side, text: input.firstComment }));
  }
  return out;
}
