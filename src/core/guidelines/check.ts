import type { FoldedText } from './fold.ts';
import { fold, foldWithOffsets, originalSpan } from './fold.ts';
import type { Hashtag } from './hashtags.ts';
import { extractHashtags } from './hashtags.ts';
import type { EffectiveRule } from './inherit.ts';
import type { Link } from './links.ts';
import { domainAllowed, extractLinks, normalizeDomain } from './links.ts';
import { clockMinutes, formatClock, localTime } from './local-time.ts';
import type { GuidelineKind, GuidelineRule, RuleOf, Severity } from './rules.ts';

/**
 * Guideline checks on one variant of a post (the text for one channel). Pure: the caller passes
 * the effective rules of the channel's unit (`effectiveRules`) and the variant's facts.
 *
 * Decisions (see also fold.ts, links.ts, hashtags.ts):
 * - Banned terms match whole words only: `billig` does not match `billiger` or `Billigflug`.
 *   A word character is a letter, digit or combining mark of any script (`\p{L}\p{N}\p{M}`);
 *   `_`, `#`, `-` and punctuation are boundaries, so `#billig` and `billig-Angebot` match. A term
 *   that starts or ends with a non-word character (`C++`) has no boundary on that side. Words of
 *   a multi-word term match across any run of whitespace (line breaks, no-break spaces). Case and
 *   `ß`/`ss` are folded, accents are not. Every occurrence is a position.
 * - A disclaimer is present when the folded text, whitespace runs collapsed, contains the folded
 *   disclaimer. A rule with a `network` only applies to variants for that network.
 * - Hashtag maximum: the positions are those of the hashtags past the maximum (the ones to drop,
 *   counting from the start); `params.count` is the total.
 * - Link domains: one finding per rule, a position per link outside the allowed domains (a link
 *   whose host cannot be parsed is outside too). An empty allowed list allows no links.
 * - Posting window: the local time of `scheduledAt` must lie in `[start, end)` on one of `days`;
 *   no `scheduledAt` (publish now) → no finding.
 * - Languages: RFC 4647 basic filtering after canonicalizing the tags (`Intl.getCanonicalLocales`,
 *   `_` read as `-`), case-insensitive: allowed `de` admits `de`, `de-AT`, `de-CH`; allowed `de-at`
 *   admits only `de-AT…`. Legacy codes match their successors (`iw` = `he`).
 */

/** The finding code of each rule kind. Stable: the edge translates them; add, never rename. */
export const FINDING_CODES = {
  banned_term: 'guideline.banned_term',
  disclaimer: 'guideline.disclaimer_missing',
  hashtag_max: 'guideline.too_many_hashtags',
  link_domains: 'guideline.link_domain_not_allowed',
  posting_window: 'guideline.outside_posting_window',
  languages: 'guideline.language_not_allowed',
} as const satisfies Record<GuidelineKind, `guideline.${string}`>;
export type FindingCode = (typeof FINDING_CODES)[GuidelineKind];

/** A span of the variant's text in UTF-16 offsets; `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Parameters of a finding for its message; lists are for `Intl.ListFormat` at the edge. */
export type FindingParams = Readonly<Record<string, string | number | readonly string[]>>;

/** A violated rule of kind `K`. */
export interface FindingOf<K extends GuidelineKind> {
  /** The unit the rule is attached to (`EffectiveRule.unitId`), for `decide`. */
  ruleUnitId: string;
  rule: RuleOf<K>;
  kind: K;
  /** The rule's base severity; what it means in the model: `effectiveSeverity`. */
  severity: Severity;
  /** Where in the text, in text order; empty when the rule is about something absent or the time. */
  positions: TextSpan[];
  code: (typeof FINDING_CODES)[K];
  params: FindingParams;
}

/** A violated rule; `kind` narrows `rule`. */
export type Finding = { [K in GuidelineKind]: FindingOf<K> }[GuidelineKind];

export interface VariantInput {
  /** The effective rules of the channel's unit, each with the unit it belongs to. */
  rules: readonly EffectiveRule[];
  text: string;
  /** The channel's network key (`linkedin`, `mastodon`, …). */
  network: string;
  /** Not used by any rule kind yet (rules are scoped by network); accepted for callers. */
  channelId?: string;
  /** The post's language, a BCP 47 tag (`de`, `de-AT`). */
  language: string;
  /** When the post is scheduled; null or absent: published on approval, no window check. */
  scheduledAt?: Date | null;
  /** The organization's IANA time zone (`Europe/Berlin`). */
  timeZone: string;
}

type Violation = { positions: TextSpan[]; params: FindingParams } | null;

/** The variant with its derived forms, each computed on first use. */
class Variant {
  #folded: FoldedText | undefined;
  #flat: string | undefined;
  #links: Link[] | undefined;
  #hashtags: Hashtag[] | undefined;

  constructor(readonly input: VariantInput) {}

  get folded(): FoldedText {
    return (this.#folded ??= foldWithOffsets(this.input.text));
  }

  /** Folded, whitespace runs collapsed to one space. */
  get flat(): string {
    return (this.#flat ??= flatten(this.folded.text));
  }

  get links(): Link[] {
    return (this.#links ??= extractLinks(this.input.text));
  }

  get hashtags(): Hashtag[] {
    return (this.#hashtags ??= extractHashtags(this.input.text, this.links));
  }
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}\\p{M}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}\\p{M}])';

function flatten(folded: string): string {
  return folded.replace(/\s+/gu, ' ').trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** The folded term as a pattern over folded text, or null for a term that folds to nothing. */
function termPattern(term: string): RegExp | null {
  const words = fold(term)
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length === 0) return null;
  const chars = [...words.join(' ')];
  const before = WORD_CHAR.test(chars[0]!) ? NOT_AFTER_WORD : '';
  const after = WORD_CHAR.test(chars.at(-1)!) ? NOT_BEFORE_WORD : '';
  return new RegExp(`${before}${words.map(escapeRegExp).join('\\s+')}${after}`, 'gu');
}

function checkBannedTerm(rule: RuleOf<'banned_term'>, v: Variant): Violation {
  const pattern = termPattern(rule.term);
  if (pattern === null) return null;
  const folded = v.folded;
  const positions: TextSpan[] = [];
  for (let m = pattern.exec(folded.text); m !== null; m = pattern.exec(folded.text)) {
    const span = originalSpan(folded, m.index, m.index + m[0].length);
    if (span !== null) positions.push(span);
    // A match that starts or ends inside one code point's fold is no match; try the next one.
    else pattern.lastIndex = m.index + (folded.text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  if (positions.length === 0) return null;
  return { positions, params: { term: rule.term, reason: rule.reason, count: positions.length } };
}

function checkDisclaimer(rule: RuleOf<'disclaimer'>, v: Variant): Violation {
  const { network } = v.input;
  if (rule.network !== undefined && rule.network.toLowerCase() !== network.toLowerCase()) {
    return null;
  }
  if (v.flat.includes(flatten(fold(rule.text)))) return null;
  const params: FindingParams =
    rule.network === undefined ? { text: rule.text } : { text: rule.text, network };
  return { positions: [], params };
}

function checkHashtagMax(rule: RuleOf<'hashtag_max'>, v: Variant): Violation {
  const tags = v.hashtags;
  if (tags.length <= rule.max) return null;
  return {
    positions: tags.slice(rule.max).map(({ start, end }) => ({ start, end })),
    params: { max: rule.max, count: tags.length },
  };
}

function checkLinkDomains(rule: RuleOf<'link_domains'>, v: Variant): Violation {
  const allowed = rule.domains.map(normalizeDomain);
  const outside = v.links.filter((l) => l.host === null || !domainAllowed(l.host, allowed));
  if (outside.length === 0) return null;
  return {
    positions: outside.map(({ start, end }) => ({ start, end })),
    params: {
      domains: [...new Set(outside.map((l) => l.host ?? l.url))],
      allowed: rule.domains,
      count: outside.length,
    },
  };
}

function checkPostingWindow(rule: RuleOf<'posting_window'>, v: Variant): Violation {
  const { scheduledAt, timeZone } = v.input;
  if (scheduledAt === undefined || scheduledAt === null) return null;
  const { day, minutes } = localTime(scheduledAt, timeZone);
  const inside =
    rule.days.includes(day) &&
    clockMinutes(rule.start) <= minutes &&
    minutes < clockMinutes(rule.end);
  if (inside) return null;
  return { positions: [], params: { day, time: formatClock(minutes), timeZone } };
}

/** Canonical, lower-case BCP 47 tag; the input lower-cased if it is no valid tag. */
function canonicalTag(tag: string): string {
  const t = tag.trim().replaceAll('_', '-');
  try {
    return (Intl.getCanonicalLocales(t)[0] ?? t).toLowerCase();
  } catch {
    return t.toLowerCase();
  }
}

function checkLanguages(rule: RuleOf<'languages'>, v: Variant): Violation {
  const tag = canonicalTag(v.input.language);
  const admitted = rule.codes.some((code) => {
    const range = canonicalTag(code);
    return tag === range || tag.startsWith(`${range}-`);
  });
  if (admitted) return null;
  return { positions: [], params: { language: v.input.language, allowed: rule.codes } };
}

function check(rule: GuidelineRule, v: Variant): Violation {
  switch (rule.kind) {
    case 'banned_term':
      return checkBannedTerm(rule, v);
    case 'disclaimer':
      return checkDisclaimer(rule, v);
    case 'hashtag_max':
      return checkHashtagMax(rule, v);
    case 'link_domains':
      return checkLinkDomains(rule, v);
    case 'posting_window':
      return checkPostingWindow(rule, v);
    case 'languages':
      return checkLanguages(rule, v);
  }
}

/**
 * The violated rules of one variant, in the order of `input.rules`; rules that hold produce
 * nothing. Positions are UTF-16 offsets into `input.text`. Throws `RangeError` for an unknown
 * time zone or an invalid `scheduledAt` (validated at the boundary).
 */
export function checkVariant(input: VariantInput): Finding[] {
  const v = new Variant(input);
  const findings: Finding[] = [];
  for (const { unitId, rule } of input.rules) {
    const violation = check(rule, v);
    if (violation === null) continue;
    // `kind`, `rule` and `code` agree by construction; TypeScript cannot correlate them here.
    findings.push({
      ruleUnitId: unitId,
      rule,
      kind: rule.kind,
      severity: rule.severity,
      code: FINDING_CODES[rule.kind],
      ...violation,
    } as Finding);
  }
  return findings;
}
