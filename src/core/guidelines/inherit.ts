import type { GuidelineRule, RuleOf, Severity } from './rules.ts';

/**
 * Guideline inheritance: rules flow down the unit tree, and a descendant may only make them
 * stricter.
 * - banned terms and disclaimers accumulate (one per term, per network and text);
 * - hashtag_max takes the minimum; link_domains and languages intersect; posting windows
 *   intersect (common days, latest start, earliest end). One effective rule per kind;
 * - severity may rise from warn to block, never fall.
 * Any attempt to loosen is reported and ignored; the stricter part of the same rule still counts.
 *
 * An effective rule is attributed to the highest unit that set it (`unitId`); descendants that
 * tightened it are listed in `tightenedBy`. Attribution upwards is the safe choice: in
 * multi_coordinated a warning of a global (root) rule blocks, and a region's tightening must not
 * turn that into a mere regional warning.
 */

export interface EffectiveRule {
  /** The highest unit in the chain that set this rule. */
  unitId: string;
  rule: GuidelineRule;
  /** Units below `unitId` that made the rule stricter, top down. */
  tightenedBy: string[];
}

export type LooseningCode =
  'severity_lowered' | 'limit_raised' | 'domains_added' | 'languages_added' | 'window_widened';

export interface LooseningIssue {
  /** The rule as the descendant wrote it. */
  rule: GuidelineRule;
  /** The effective rule it would have loosened. */
  inherited: GuidelineRule;
  code: LooseningCode;
}

export interface Loosening extends LooseningIssue {
  unitId: string;
}

export interface GuidelineChainLink {
  unitId: string;
  rules: readonly GuidelineRule[];
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { warn: 0, block: 1 };

function stricterSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

/** Rules with the same key are the same rule at different strictness. */
function keyOf(rule: GuidelineRule): string {
  switch (rule.kind) {
    case 'banned_term':
      return `banned_term\u0000${rule.term.trim().toLowerCase()}`;
    case 'disclaimer':
      return `disclaimer\u0000${rule.network ?? '*'}\u0000${rule.text.trim()}`;
    default:
      return rule.kind;
  }
}

/** Whether `domain` is one of `allowed` or a subdomain of one. */
function domainCovered(domain: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => domain === a || domain.endsWith(`.${a}`));
}

function intersectDomains(inherited: readonly string[], proposed: readonly string[]): string[] {
  const both = [
    ...inherited.filter((d) => domainCovered(d, proposed)),
    ...proposed.filter((d) => domainCovered(d, inherited)),
  ];
  const unique = [...new Set(both)];
  // Drop subdomains of domains already in the set: they add nothing.
  return unique.filter((d) => !unique.some((e) => e !== d && d.endsWith(`.${e}`)));
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The value part of `proposed` merged into `inherited` (same kind), with loosening codes. */
function mergeValue(
  inherited: GuidelineRule,
  proposed: GuidelineRule,
): { merged: GuidelineRule; codes: LooseningCode[] } {
  const codes: LooseningCode[] = [];
  switch (inherited.kind) {
    case 'hashtag_max': {
      const p = proposed as RuleOf<'hashtag_max'>;
      if (p.max > inherited.max) codes.push('limit_raised');
      return { merged: { ...inherited, max: Math.min(inherited.max, p.max) }, codes };
    }
    case 'link_domains': {
      const p = proposed as RuleOf<'link_domains'>;
      if (p.domains.some((d) => !domainCovered(d, inherited.domains))) codes.push('domains_added');
      return {
        merged: { ...inherited, domains: intersectDomains(inherited.domains, p.domains) },
        codes,
      };
    }
    case 'languages': {
      const p = proposed as RuleOf<'languages'>;
      if (p.codes.some((c) => !inherited.codes.includes(c))) codes.push('languages_added');
      return {
        merged: { ...inherited, codes: inherited.codes.filter((c) => p.codes.includes(c)) },
        codes,
      };
    }
    case 'posting_window': {
      const p = proposed as RuleOf<'posting_window'>;
      const widened =
        p.days.some((d) => !inherited.days.includes(d)) ||
        p.start < inherited.start ||
        p.end > inherited.end;
      if (widened) codes.push('window_widened');
      const start = p.start > inherited.start ? p.start : inherited.start;
      const end = p.end < inherited.end ? p.end : inherited.end;
      // Disjoint windows leave no time at all: no days, an empty interval.
      const empty = start >= end;
      const days = empty ? [] : inherited.days.filter((d) => p.days.includes(d));
      return { merged: { ...inherited, days, start, end: empty ? start : end }, codes };
    }
    default:
      // banned_term, disclaimer: same key, same content; only the severity can differ.
      return { merged: inherited, codes };
  }
}

function sameRule(a: GuidelineRule, b: GuidelineRule): boolean {
  if (a.severity !== b.severity) return false;
  switch (a.kind) {
    case 'hashtag_max':
      return a.max === (b as RuleOf<'hashtag_max'>).max;
    case 'link_domains':
      return sameList(a.domains, (b as RuleOf<'link_domains'>).domains);
    case 'languages':
      return sameList(a.codes, (b as RuleOf<'languages'>).codes);
    case 'posting_window': {
      const w = b as RuleOf<'posting_window'>;
      return sameList(a.days, w.days) && a.start === w.start && a.end === w.end;
    }
    default:
      return true;
  }
}

/** Applies one unit's rules onto the effective set, collecting loosening attempts. */
function apply(
  state: Map<string, EffectiveRule>,
  unitId: string,
  rules: readonly GuidelineRule[],
  issues: Loosening[],
): void {
  for (const rule of rules) {
    const key = keyOf(rule);
    const current = state.get(key);
    if (!current) {
      state.set(key, { unitId, rule, tightenedBy: [] });
      continue;
    }
    const { merged, codes } = mergeValue(current.rule, rule);
    if (SEVERITY_RANK[rule.severity] < SEVERITY_RANK[current.rule.severity]) {
      codes.unshift('severity_lowered');
    }
    for (const code of codes) issues.push({ unitId, rule, inherited: current.rule, code });
    const next = { ...merged, severity: stricterSeverity(current.rule.severity, rule.severity) };
    if (sameRule(next, current.rule)) continue;
    const tightenedBy =
      unitId === current.unitId || current.tightenedBy.includes(unitId)
        ? current.tightenedBy
        : [...current.tightenedBy, unitId];
    state.set(key, { unitId: current.unitId, rule: next, tightenedBy });
  }
}

/**
 * The rules in force for the last unit of `chain` (root first, each unit's own rules), and the
 * attempts to loosen an inherited rule, which are ignored.
 */
export function effectiveRules(chain: readonly GuidelineChainLink[]): {
  rules: EffectiveRule[];
  loosened: Loosening[];
} {
  const state = new Map<string, EffectiveRule>();
  const loosened: Loosening[] = [];
  for (const link of chain) apply(state, link.unitId, link.rules, loosened);
  return { rules: [...state.values()], loosened };
}

/**
 * For writes: the ways `proposed` (a unit's new rules) would loosen `inheritedEffective` (the
 * effective rules of its parent). Empty when the proposal only adds or tightens.
 */
export function checkStricter(
  inheritedEffective: readonly EffectiveRule[],
  proposed: readonly GuidelineRule[],
): LooseningIssue[] {
  const state = new Map<string, EffectiveRule>();
  for (const e of inheritedEffective) state.set(keyOf(e.rule), e);
  const issues: Loosening[] = [];
  apply(state, '', proposed, issues);
  return issues.map(({ rule, inherited, code }) => ({ rule, inherited, code }));
}
