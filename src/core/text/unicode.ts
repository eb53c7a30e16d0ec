/**
 * The units networks count in. JavaScript strings are UTF-16; grapheme clusters (what a reader
 * sees as one character: a flag, a family emoji, `e` + a combining accent) come from the platform's
 * `Intl.Segmenter`, which implements Unicode's extended grapheme clusters (UAX #29), the same rule
 * Ruby's `each_grapheme_cluster` (Mastodon) and `@atproto/lex-data`'s `graphemeLen` (Bluesky) use.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const encoder = new TextEncoder();

/**
 * V8's segment iterator slows down with the length of the string it walks (100,000 characters took
 * ~3 s here, 500 characters ~0.5 ms), so long text is segmented a window at a time. A window always
 * starts on a cluster boundary and ends between two code points, and every boundary inside it is
 * exact, since UAX #29 decides a boundary from the characters before it and the one after; only the
 * window's last cluster may run on past its end, so it is left for the next window.
 */
const WINDOW = 512;

/** The grapheme clusters of `text`, in order. */
export function* graphemes(text: string): Generator<string> {
  let start = 0;
  let size = WINDOW;
  while (start < text.length) {
    let end = start + size;
    // Never cut a surrogate pair: the boundary before the last cluster needs its whole first
    // character.
    if (isHighSurrogate(text.charCodeAt(end - 1))) end++;
    if (end >= text.length) {
      for (const s of segmenter.segment(text.slice(start))) yield s.segment;
      return;
    }
    const clusters = Array.from(segmenter.segment(text.slice(start, end)), (s) => s.segment);
    if (clusters.length === 1) {
      size *= 2; // one cluster longer than the window (a letter with thousands of accents)
      continue;
    }
    clusters.pop();
    for (const cluster of clusters) {
      yield cluster;
      start += cluster.length;
    }
    size = WINDOW;
  }
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** The number of grapheme clusters in `text`. */
export function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of graphemes(text)) n++;
  return n;
}

/** The length of `text` in UTF-8 bytes. Lone surrogates count 3 (they are sent as U+FFFD). */
export function utf8Length(text: string): number {
  return encoder.encode(text).byteLength;
}
