import type { GuidelineKind, GuidelineRule, Severity } from '../../../core/guidelines/rules.ts';

/**
 * A rule as the form edits it: every field of every kind, lists and numbers as the text typed.
 * `key` keeps React's identity of a row while rows are added and removed.
 */
export interface RuleDraft {
  key: number;
  kind: GuidelineKind;
  severity: Severity;
  term: string;
  reason: string;
  text: string;
  /** '' = every network. */
  network: string;
  max: string;
  domains: string;
  days: number[];
  start: string;
  end: string;
  codes: string;
}

let nextKey = 1;

const BLANK: Omit<RuleDraft, 'key' | 'kind'> = {
  severity: 'warn',
  term: '',
  reason: '',
  text: '',
  network: '',
  max: '3',
  domains: '',
  days: [1, 2, 3, 4, 5],
  start: '08:00',
  end: '18:00',
  codes: '',
};

export function blankDraft(kind: GuidelineKind): RuleDraft {
  return { key: nextKey++, kind, ...BLANK };
}

export function draftOf(rule: GuidelineRule): RuleDraft {
  const draft = blankDraft(rule.kind);
  draft.severity = rule.severity;
  switch (rule.kind) {
    case 'banned_term':
      return { ...draft, term: rule.term, reason: rule.reason };
    case 'disclaimer':
      return { ...draft, text: rule.text, network: rule.network ?? '' };
    case 'hashtag_max':
      return { ...draft, max: String(rule.max) };
    case 'link_domains':
      return { ...draft, domains: rule.domains.join(', ') };
    case 'posting_window':
      return { ...draft, days: [...rule.days], start: rule.start, end: rule.end };
    case 'languages':
      return { ...draft, codes: rule.codes.join(', ') };
  }
}

/** "a.example, b.example c.example" → the three, without empty entries. */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The rule the API receives. Nothing is checked here: the server validates (400 with the field's
 * path) and refuses loosenings (422), and the page shows both in words. A hashtag limit that is
 * not a whole number is sent as such and refused with its field named.
 */
export function ruleOf(d: RuleDraft): GuidelineRule {
  const severity = d.severity;
  switch (d.kind) {
    case 'banned_term':
      return { kind: d.kind, severity, term: d.term, reason: d.reason };
    case 'disclaimer':
      return { kind: d.kind, severity, text: d.text, ...(d.network ? { network: d.network } : {}) };
    case 'hashtag_max': {
      const max = d.max.trim() === '' ? NaN : Number(d.max);
      return { kind: d.kind, severity, max: Number.isFinite(max) ? max : (d.max as never) };
    }
    case 'link_domains':
      return { kind: d.kind, severity, domains: splitList(d.domains) };
    case 'posting_window':
      return {
        kind: d.kind,
        severity,
        days: [...d.days].sort((a, b) => a - b),
        start: d.start,
        end: d.end,
      };
    case 'languages':
      return { kind: d.kind, severity, codes: splitList(d.codes) };
  }
}
