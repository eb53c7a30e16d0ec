import tlds from 'tlds' with { type: 'json' };
import { graphemeCount, utf8Length } from './unicode.ts';

/**
 * Bluesky rich text: the facets the official app attaches to a post, detected as
 * `@atproto/api` 0.21's `detectFacets` does (rich-text/detection.ts and util.ts), with byte ranges
 * in UTF-8 as the `app.bsky.richtext.facet` lexicon requires. Mentions carry the handle; the
 * adapter resolves it to a DID at publish time (a facet without a DID is not valid on the wire).
 * Cashtags (`$aapl`) become tags too (`$AAPL`), as in 0.21.
 */

export interface ByteSlice {
  /** Inclusive start, in UTF-8 bytes. */
  byteStart: number;
  /** Exclusive end, in UTF-8 bytes. */
  byteEnd: number;
}

export interface LinkFeature {
  $type: 'app.bsky.richtext.facet#link';
  uri: string;
}
export interface MentionFeature {
  $type: 'app.bsky.richtext.facet#mention';
  /** The handle as written, without `@`. */
  handle: string;
  /** Set when the handle has been resolved (at publish time); absent here. */
  did?: string;
}
export interface TagFeature {
  $type: 'app.bsky.richtext.facet#tag';
  /** Without the leading `#`. */
  tag: string;
}
export type FacetFeature = LinkFeature | MentionFeature | TagFeature;

export interface Facet {
  index: ByteSlice;
  features: FacetFeature[];
}

// The regular expressions of @atproto/api 0.21 (rich-text/util.ts), unchanged.
const MENTION_REGEX = /(^|\s|\()(@)([a-zA-Z0-9.-]+)(\b)/g;
const URL_REGEX = /(^|\s|\()((https?:\/\/[\S]+)|((?<domain>[a-z][a-z0-9]*(\.[a-z0-9]+)+)[\S]*))/gim;
const TRAILING_PUNCTUATION_REGEX = /\p{P}+$/gu;
// `\ufe0f` (emoji presentation selector) may not start a tag; the listed zero-width characters end
// one.
const TAG_REGEX =
  // eslint-disable-next-line no-misleading-character-class
  /(^|\s)[#＃]((?!\ufe0f)[^\s\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]*[^\d\s\p{P}\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]+[^\s\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]*)?/gu;
const CASHTAG_REGEX = /(^|\s|\()\$([A-Za-z][A-Za-z0-9]{0,4})(?=\s|$|[.,;:!?)"'\u2019])/gu;
/** A tag is at most 64 graphemes (lexicon `app.bsky.richtext.facet#tag`). */
const MAX_TAG_GRAPHEMES = 64;

const TLDS: ReadonlySet<string> = new Set(tlds);

/**
 * True when `str` ends in `.<tld>` for a TLD in IANA's list (the `tlds` package, as the app uses).
 * The app tests every TLD with `lastIndexOf`; no TLD contains a dot, so looking up the last label
 * gives the same answer without walking the list.
 */
function isValidDomain(str: string): boolean {
  const dot = str.lastIndexOf('.');
  return dot !== -1 && TLDS.has(str.slice(dot + 1));
}

/**
 * Finds links (with a scheme, or a bare domain with a known TLD such as `example.com`, which gets
 * `https://`), mentions (`@handle.domain`), hashtags (`#tag`) and cashtags (`$tick`) in `text`,
 * sorted by position. Trailing punctuation is not part of a link or a tag; a link ending in `)` keeps it only when it
 * also contains `(`.
 */
export function detectBlueskyFacets(text: string): Facet[] {
  const byteOffset = utf8Offsets(text);
  const facets: Facet[] = [];

  for (const match of text.matchAll(MENTION_REGEX)) {
    const handle = match[3]!;
    if (!isValidDomain(handle) && !handle.endsWith('.test')) continue; // probably not a handle
    const start = text.indexOf(handle, match.index) - 1;
    facets.push({
      index: { byteStart: byteOffset(start), byteEnd: byteOffset(start + handle.length + 1) },
      features: [{ $type: 'app.bsky.richtext.facet#mention', handle }],
    });
  }

  for (const match of text.matchAll(URL_REGEX)) {
    const written = match[2]!;
    let uri = written;
    if (!uri.startsWith('http')) {
      const domain = match.groups?.domain;
      if (!domain || !isValidDomain(domain)) continue;
      uri = `https://${uri}`;
    }
    const start = text.indexOf(written, match.index);
    let end = start + written.length;
    if (/[.,;:!?]$/.test(uri)) {
      uri = uri.slice(0, -1);
      end--;
    }
    if (/[)]$/.test(uri) && !uri.includes('(')) {
      uri = uri.slice(0, -1);
      end--;
    }
    facets.push({
      index: { byteStart: byteOffset(start), byteEnd: byteOffset(end) },
      features: [{ $type: 'app.bsky.richtext.facet#link', uri }],
    });
  }

  for (const match of text.matchAll(TAG_REGEX)) {
    const leading = match[1]!;
    let tag = match[2];
    if (!tag) continue;
    tag = tag.trim().replace(TRAILING_PUNCTUATION_REGEX, '');
    // UTF-16 length bounds graphemes from above: count graphemes only when it could matter.
    if (
      tag.length === 0 ||
      (tag.length > MAX_TAG_GRAPHEMES && graphemeCount(tag) > MAX_TAG_GRAPHEMES)
    ) {
      continue;
    }
    const start = match.index + leading.length;
    facets.push({
      index: { byteStart: byteOffset(start), byteEnd: byteOffset(start + 1 + tag.length) },
      features: [{ $type: 'app.bsky.richtext.facet#tag', tag }],
    });
  }

  for (const match of text.matchAll(CASHTAG_REGEX)) {
    const ticker = match[2]!.toUpperCase();
    const start = match.index + match[1]!.length;
    facets.push({
      index: { byteStart: byteOffset(start), byteEnd: byteOffset(start + 1 + ticker.length) },
      features: [{ $type: 'app.bsky.richtext.facet#tag', tag: `$${ticker}` }],
    });
  }

  // Stable: facets starting at the same byte keep the order above (mentions, links, tags, cashtags).
  return facets.sort((a, b) => a.index.byteStart - b.index.byteStart);
}

/** Maps UTF-16 indices of `text` to UTF-8 byte offsets (computed once, then looked up). */
function utf8Offsets(text: string): (utf16Index: number) => number {
  const offsets = new Uint32Array(text.length + 1);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    offsets[i] = bytes;
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      // A surrogate pair is one code point of 4 bytes; its second half starts no character.
      offsets[i + 1] = bytes;
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  offsets[text.length] = bytes;
  return (i) => offsets[i]!;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

export interface BlueskyCount {
  graphemes: number;
  bytes: number;
  facets: Facet[];
}

/** Counts `text` as the `app.bsky.feed.post` lexicon does: grapheme clusters and UTF-8 bytes. */
export function countBluesky(text: string): BlueskyCount {
  return {
    graphemes: graphemeCount(text),
    bytes: utf8Length(text),
    facets: detectBlueskyFacets(text),
  };
}
