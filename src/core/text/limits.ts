/**
 * The one table of text limits per network. Counting itself lives beside it, one file per rule
 * (x.ts, mastodon.ts, bluesky.ts, threads.ts; UTF-16 needs none); count.ts picks the rule.
 *
 * The networks Mooring publishes text to. `contracts/channels.ts` builds its network enum from this
 * list (adding `webhook`, which has no text limit of its own).
 */
export const NETWORKS = [
  'bluesky',
  'mastodon',
  'x',
  'linkedin',
  'threads',
  'instagram',
  'facebook',
] as const;
export type TextNetwork = (typeof NETWORKS)[number];

/** How a network measures a post. */
export type CountingUnit =
  /** twitter-text's weighted length: most Latin 1, CJK and emoji 2, every URL 23. */
  | 'x_weighted'
  /** Grapheme clusters after Mastodon's rewrite: URLs with http(s) scheme 23, `@user@domain` as `@user`. */
  | 'mastodon_graphemes'
  /** Grapheme clusters, with a second limit on UTF-8 bytes. */
  | 'graphemes'
  /** UTF-16 code units, as the user typed the text (JavaScript's `length`). */
  | 'utf16'
  /** UTF-16 code units, except that an emoji counts its UTF-8 bytes (Meta's documented rule). */
  | 'threads_emoji_bytes';

export interface NetworkTextLimit {
  unit: CountingUnit;
  /** Default maximum length in `unit`; a channel (e.g. a Mastodon instance) may override it. */
  maxLength: number;
  /** A second, fixed limit on the UTF-8 bytes of the text (Bluesky). */
  maxBytes?: number;
  /** What one URL counts, where a network counts URLs at a fixed length. */
  urlLength?: number;
}

/**
 * Sources (checked when this table was written):
 * - x: twitter-text 3.1.0 `configs.defaults` (version 3): 280 weighted, URLs 23.
 * - mastodon: `StatusLengthValidator` (MAX_CHARS 500, URL_PLACEHOLDER 23 x's); an instance may
 *   raise the limit and reports it as `configuration.statuses.max_characters`.
 * - bluesky: lexicon `app.bsky.feed.post#text`: maxGraphemes 300, maxLength 3000 (UTF-8 bytes).
 * - linkedin: Posts API `commentary` ("ShareCommentary … maximum allowed (3000 characters)").
 * - threads: Threads API "Text posts are limited to 500 characters. Emojis are counted as the
 *   number of UTF-8 bytes."
 * - instagram: Graph API caption, 2200 characters. facebook: 63206 characters.
 */
export const TEXT_LIMITS: Readonly<Record<TextNetwork, Readonly<NetworkTextLimit>>> = {
  x: { unit: 'x_weighted', maxLength: 280, urlLength: 23 },
  mastodon: { unit: 'mastodon_graphemes', maxLength: 500, urlLength: 23 },
  bluesky: { unit: 'graphemes', maxLength: 300, maxBytes: 3000 },
  linkedin: { unit: 'utf16', maxLength: 3000 },
  threads: { unit: 'threads_emoji_bytes', maxLength: 500 },
  instagram: { unit: 'utf16', maxLength: 2200 },
  facebook: { unit: 'utf16', maxLength: 63206 },
};

/** Whether `value` names a network in the table (for input from outside, e.g. a channel's network). */
export function isTextNetwork(value: string): value is TextNetwork {
  return (NETWORKS as readonly string[]).includes(value);
}
