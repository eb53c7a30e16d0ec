/**
 * Case-insensitive matching for guideline texts (banned terms, disclaimers).
 *
 * Each code point is folded on its own: compatibility decomposition (NFKD), lower case, `ß` → `ss`
 * (`ẞ` lower-cases to `ß` first), final `ς` → `σ`, and invisible default-ignorable characters (soft
 * hyphen, zero-width space, variation selectors, …) dropped. So `Straße`, `STRASSE` and `strasse`
 * fold alike, composed and decomposed `é` fold alike, and `ﬁ` folds to `fi`; accents still count
 * (`Bär` ≠ `Bar`), unlike `Intl.Collator` at `base` sensitivity, which would also merge them and
 * gives no positions. `toLocaleLowerCase` alone is not used: it leaves `ß` and `ss` apart.
 *
 * Folding per code point keeps a map back to the original text, so a match in the folded text has
 * exact UTF-16 offsets in the original.
 */

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** For each UTF-16 unit of `text`: offset in the original of the code point it came from. */
  from: Int32Array;
  /** For each UTF-16 unit of `text`: end offset (exclusive) in the original of that code point. */
  to: Int32Array;
}

const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const cache = new Map<string, string>();

/** The fold of one code point (see the file comment). */
function foldCodePoint(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  let folded = cache.get(ch);
  if (folded === undefined) {
    folded = IGNORABLE.test(ch)
      ? ''
      : ch.normalize('NFKD').toLowerCase().replaceAll('ß', 'ss').replaceAll('ς', 'σ');
    cache.set(ch, folded);
  }
  return folded;
}

/** `text` folded for comparison (no offsets). */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) out += foldCodePoint(ch);
  return out;
}

/** `text` folded, with the map from folded units back to original offsets. */
export function foldWithOffsets(text: string): FoldedText {
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const folded = foldCodePoint(ch);
    const end = offset + ch.length;
    for (let k = 0; k < folded.length; k++) {
      from.push(offset);
      to.push(end);
    }
    out += folded;
    offset = end;
  }
  return { text: out, from: Int32Array.from(from), to: Int32Array.from(to) };
}

/**
 * The original span of the folded span `[start, end)` (non-empty), or null when it begins or ends
 * inside the fold of one code point (e.g. only one `s` of the `ss` that `ß` folds to).
 */
export function originalSpan(
  folded: FoldedText,
  start: number,
  end: number,
): { start: number; end: number } | null {
  const { from, to } = folded;
  if (start > 0 && from[start - 1] === from[start]) return null;
  if (end < from.length && from[end] === from[end - 1]) return null;
  return { start: from[start]!, end: to[end - 1]! };
}
