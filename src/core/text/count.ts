import { countBluesky, type Facet } from './bluesky.ts';
import { TEXT_LIMITS, type TextNetwork } from './limits.ts';
import { countMastodon } from './mastodon.ts';
import { countThreads } from './threads.ts';
import { countX } from './x.ts';

export interface CountTextInput {
  network: TextNetwork;
  text: string;
  /** Replaces the network's default maximum length (a Mastodon instance's `max_characters`). */
  limit?: number;
  /** Mastodon's content warning (`spoiler_text`), which counts toward the limit; ignored elsewhere. */
  contentWarning?: string;
}

export interface TextCount {
  network: TextNetwork;
  /** The length as the network measures it (see limits.ts for the unit of each network). */
  length: number;
  /** The maximum `length` in force: the input's `limit` or the network's default. */
  limit: number;
  /** Whether the network would accept the text: not blank, `length` and `bytes` within limits. */
  valid: boolean;
  /** Bluesky: UTF-8 bytes of the text. */
  bytes?: number;
  /** Bluesky: the fixed byte limit (3000). */
  byteLimit?: number;
  /** Bluesky: links, mentions and hashtags as UTF-8 byte ranges. */
  facets?: Facet[];
}

/**
 * twitter-text's URL extraction (X and Mastodon) is quadratic on long runs without spaces: 17 s
 * for 100,000 characters, during which the server serves no one. A text this long is past X's
 * limit and past the limit of almost every Mastodon instance, so above this size (and above the
 * limit in force) it is reported invalid with its UTF-16 length instead of being counted.
 */
export const TWITTER_TEXT_MAX_CHARS = 25_000;

/**
 * Counts `text` exactly as `network` counts it and says whether it fits. Pure and synchronous.
 *
 * `valid` needs a text that is not blank (empty or only whitespace is no post, even where a
 * content warning gives it a length), a `length` of 1 to `limit`, and for Bluesky at most 3000
 * UTF-8 bytes. For X it also needs text free of the characters X refuses (twitter-text's
 * `hasInvalidCharacters`).
 */
export function countText(input: CountTextInput): TextCount {
  const { network, text } = input;
  const rule = TEXT_LIMITS[network];
  const limit = input.limit ?? rule.maxLength;
  const hasContent = /[^\p{White_Space}]/u.test(text);
  const fits = (length: number) => hasContent && length > 0 && length <= limit;

  const uncountable =
    (rule.unit === 'x_weighted' || rule.unit === 'mastodon_graphemes') &&
    text.length > TWITTER_TEXT_MAX_CHARS &&
    text.length > limit;
  if (uncountable) return { network, length: text.length, limit, valid: false };

  switch (rule.unit) {
    case 'x_weighted': {
      const x = countX(text, limit);
      return { network, length: x.weightedLength, limit, valid: hasContent && x.valid };
    }
    case 'mastodon_graphemes': {
      const length = countMastodon(text, input.contentWarning);
      return { network, length, limit, valid: fits(length) };
    }
    case 'graphemes': {
      const bluesky = countBluesky(text);
      const byteLimit = rule.maxBytes;
      return {
        network,
        length: bluesky.graphemes,
        limit,
        valid: fits(bluesky.graphemes) && (byteLimit === undefined || bluesky.bytes <= byteLimit),
        bytes: bluesky.bytes,
        ...(byteLimit === undefined ? {} : { byteLimit }),
        facets: bluesky.facets,
      };
    }
    case 'threads_emoji_bytes': {
      const length = countThreads(text);
      return { network, length, limit, valid: fits(length) };
    }
    case 'utf16':
      return { network, length: text.length, limit, valid: fits(text.length) };
  }
}
