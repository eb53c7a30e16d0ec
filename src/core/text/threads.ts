import { graphemes, utf8Length } from './unicode.ts';

/**
 * A grapheme cluster is an emoji when it holds a pictographic code point, a regional indicator
 * (flags) or the combining keycap U+20E3 (`1️⃣`). Broader than the RGI list on purpose: a symbol
 * such as `©` then counts its 2 bytes, never less than Threads may count.
 */
const EMOJI_PART = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3]/u;

/**
 * Counts `text` as the Threads API documents it: "Text posts are limited to 500 characters. Emojis
 * are counted as the number of UTF-8 bytes." An emoji cluster counts its UTF-8 bytes (👍 4, 👍🏽 8,
 * 🇩🇪 8, 👨‍👩‍👧‍👦 25); every other character counts its UTF-16 code units, the largest of the plausible
 * units for a rule that names none (so a combining accent counts on its own).
 */
export function countThreads(text: string): number {
  let length = 0;
  for (const cluster of graphemes(text)) {
    length += EMOJI_PART.test(cluster) ? utf8Length(cluster) : cluster.length;
  }
  return length;
}
