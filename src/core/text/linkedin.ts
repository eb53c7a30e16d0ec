/**
 * LinkedIn's Posts API reads `commentary` in its "little" text format, where
 * `| { } @ [ ] ( ) < > # \ * _ ~` are reserved: `@[Name](urn:li:person:…)` is a mention,
 * `{hashtag|#|tag}` a hashtag template. Every reserved character must be escaped with a backslash
 * to be plain text, "even if those characters are not used in one of the supported elements";
 * unescaped, LinkedIn may silently cut the post at the first one.
 */
const RESERVED = /[|{}@[\]()<>#\\*_~]/g;

/**
 * The text as it must be SENT in `commentary`, so that LinkedIn shows exactly `text`. Apply it
 * once, to plain text; it does not produce mentions or hashtag templates. Counting (and the 3000
 * limit) applies to `text` itself, not to this result: the backslashes are transport syntax.
 */
export function escapeLinkedInText(text: string): string {
  return text.replace(RESERVED, (c) => `\\${c}`);
}
