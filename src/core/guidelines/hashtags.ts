import type { Link } from './links.ts';

/**
 * Hashtags for the hashtag maximum: `#` followed by letters, digits, combining marks, `_` (and
 * ZWNJ/ZWJ, which some scripts need inside words), in any script (`#Café`, `#Straße`, `#日本語`).
 * Like X and Mastodon: the tag needs at least one letter (`#1`, `#2024` are no hashtags), the `#`
 * must not follow a word character (`C#`, `Seite#3`, the second `#` of `#a#b`), and a `#` inside a
 * link (`https://example.com/#top`) is none. Emoji keycaps (`#️⃣`) are no hashtags either.
 */

export interface Hashtag {
  /** UTF-16 offsets of `#` and the tag; `end` exclusive. */
  start: number;
  end: number;
  /** The tag without `#`, as written. */
  tag: string;
}

const HASHTAG = /(?<![\p{L}\p{N}\p{M}_])#([\p{L}\p{N}\p{M}_\u200c\u200d]+)/gu;
const LETTER = /\p{L}/u;

/** The hashtags of `text`, in text order; `links` (from `extractLinks`) are skipped. */
export function extractHashtags(text: string, links: readonly Link[]): Hashtag[] {
  const tags: Hashtag[] = [];
  for (const m of text.matchAll(HASHTAG)) {
    const tag = m[1]!;
    const start = m.index;
    const end = start + m[0].length;
    if (!LETTER.test(tag)) continue;
    if (links.some((l) => l.start < end && start < l.end)) continue;
    tags.push({ start, end, tag });
  }
  return tags;
}
