import twitter, { type MentionWithIndices, type UrlWithIndices } from 'twitter-text';
import { TEXT_LIMITS } from './limits.ts';
import { graphemeCount } from './unicode.ts';

/**
 * Mastodon's server is the authority (app/validators/status_length_validator.rb): it strips the
 * text and the content warning, rewrites the text (`countable_text`) and counts the grapheme
 * clusters of `spoiler_text + countable_text` (`each_grapheme_cluster.size`). The rewrite goes
 * through full entity extraction (the twitter-text gem, Mastodon's own mention regex), so only
 * what the server would turn into a link gets the concession:
 * - every URL with an `http://` or `https://` scheme becomes 23 x's (bare `example.com` counts in
 *   full; so does `ftp://…`, which twitter-text does not extract);
 * - a mention `@user@domain` becomes `@user`.
 * The content warning is counted as typed: its URLs and mentions get no concession.
 */

const URL_PLACEHOLDER = 'x'.repeat(TEXT_LIMITS.mastodon.urlLength ?? 23);
/** Extractor::MAX_DOMAIN_LENGTH: a longer domain is not a mention. */
const MAX_DOMAIN_LENGTH = 253;

// Ruby's [[:word:]] is Letter | Mark | Decimal_Number | Connector_Punctuation.
const WORD = '[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]';
// Account::USERNAME_RE and Account::MENTION_RE:
//   USERNAME_RE = /[a-z0-9_]+([.-]+[a-z0-9_]+)*/i
//   MENTION_RE  = %r{(?<![=/[:word:]])@((#{USERNAME_RE})(?:@[[:word:]]+([.-]+[[:word:]]+)*)?)}
const MENTION_RE = new RegExp(
  `(?<![=/\\p{L}\\p{M}\\p{Nd}\\p{Pc}])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*(?:@${WORD}+(?:[.-]+${WORD}+)*)?)`,
  'giu',
);

/** Ruby's `String#strip`: ASCII whitespace and NUL at both ends, nothing else. */
function rubyStrip(s: string): string {
  return s.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '');
}

/** ActiveSupport's `String#blank?`: empty or only Unicode whitespace. */
function isBlank(s: string): boolean {
  return /^\p{White_Space}*$/u.test(s);
}

/** Extractor.extract_mentions_or_lists_with_indices (Mastodon's override of the gem's). */
function extractMentions(text: string): MentionWithIndices[] {
  const found: MentionWithIndices[] = [];
  for (const match of text.matchAll(MENTION_RE)) {
    const screenName = match[1]!;
    const start = match.index;
    const end = start + 1 + screenName.length;
    // `@alice@@`, `@alicé`, `@alice://`: the gem's end_mention_match says this is no mention.
    if (twitter.regexen.endMentionMatch.test(text.slice(start + match[0].length))) continue;
    const domain = screenName.split('@')[1];
    if (domain !== undefined && domain.length > MAX_DOMAIN_LENGTH) continue;
    found.push({ screenName, indices: [start, end] });
  }
  return found;
}

/** `countable_text`: the text as the server measures it. */
export function mastodonCountableText(text: string): string {
  if (isBlank(text)) return '';
  const entities: (UrlWithIndices | MentionWithIndices)[] = [
    ...twitter.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false }),
    ...extractMentions(text),
  ];
  // Sorts by start and drops every entity that overlaps an earlier one (the gem's rule).
  twitter.removeOverlappingEntities(entities);
  let out = '';
  let last = 0;
  for (const entity of entities) {
    const [start, end] = entity.indices;
    out += text.slice(last, start);
    out += 'url' in entity ? URL_PLACEHOLDER : `@${entity.screenName.split('@')[0]}`;
    last = end;
  }
  return out + text.slice(last);
}

/**
 * The length Mastodon checks against the instance's `max_characters`: grapheme clusters of the
 * stripped content warning followed by the stripped, rewritten text. Joined without a separator, as
 * the server joins them (a combining mark at the start of the text merges with the warning's end).
 */
export function countMastodon(text: string, contentWarning = ''): number {
  return graphemeCount(rubyStrip(contentWarning) + mastodonCountableText(rubyStrip(text)));
}
