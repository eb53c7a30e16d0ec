import twitter, { type ParseTweetOptions } from 'twitter-text';
import { TEXT_LIMITS } from './limits.ts';

// twitter-text exports its configurations at run time, but @types/twitter-text does not declare
// them. `defaults` is version 3 (emoji weigh 2 as one unit), the rule X applies today.
const X_DEFAULTS = (twitter as unknown as { configs: { defaults: ParseTweetOptions } }).configs
  .defaults;

export interface XCount {
  /** twitter-text's weighted length (280 for a full post). */
  weightedLength: number;
  /** Within `limit`, not empty, and free of characters X refuses (U+FFFE, U+FEFF, U+FFFF, …). */
  valid: boolean;
  /** Weighted length per mille of `limit`, floored. */
  permillage: number;
}

/**
 * Counts `text` as X does, with the official `twitter-text` library (`parseTweet`, configuration
 * version 3): the text is NFC-normalized, most Latin, Greek, Cyrillic, Hebrew and Arabic characters
 * weigh 1, CJK and every emoji (a whole ZWJ sequence, flag or keycap) weigh 2, and every URL, with
 * or without a scheme (`example.com` too), weighs 23 whatever its real length.
 *
 * `limit` replaces the 280 of a standard account (longer posts of paid accounts); weights do not
 * change with it.
 */
export function countX(text: string, limit: number): XCount {
  const parsed = twitter.parseTweet(text, {
    ...X_DEFAULTS,
    maxWeightedTweetLength: limit,
    transformedURLLength: TEXT_LIMITS.x.urlLength,
  });
  return {
    weightedLength: parsed.weightedLength,
    valid: parsed.valid,
    permillage: parsed.permillage,
  };
}
