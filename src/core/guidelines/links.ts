import twitterText from 'twitter-text';

/**
 * Links in a post, for the link-domain rule and to keep hashtags inside URLs from counting.
 *
 * Detection is twitter-text's (`extractUrlsWithIndices`), the library the X counter is built on:
 * URLs with a scheme and without one (`example.com/x`, `www.example.de`, valid TLDs only, so
 * `z.B.` or `file.txt` are no links; `name@example.com` neither). twitter-text skips some links
 * with a scheme that other networks still link (IP addresses, `localhost`, user info such as
 * `https://example.com@evil.com`); a rule that allows domains must not let those through, so every
 * `http(s)://…` run that twitter-text did not find as a link of its own is a link too, replacing
 * any link twitter-text found inside it.
 */

export interface Link {
  /** UTF-16 offsets into the text; `end` exclusive. */
  start: number;
  end: number;
  /** The link as written. */
  url: string;
  /** Lower-case ASCII host (IDN as punycode, no trailing dot); null if it cannot be parsed. */
  host: string | null;
}

const SCHEME_RUN = /https?:\/\/[^\s<>"'`]+/giu;
// Sentence punctuation after a link is not part of it.
const TRAILING = /[.,:;!?'")\]}…]+$/u;

/** The host of `url` (with or without scheme) in the form `Link.host` describes. */
export function hostOf(url: string): string | null {
  try {
    const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(url) ? url : `http://${url}`;
    const host = new URL(withScheme).hostname.toLowerCase().replace(/\.$/, '');
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

/** An allowed domain as written in a rule, normalized like `Link.host`. */
export function normalizeDomain(domain: string): string {
  const d = domain.trim().toLowerCase().replace(/^\*\./, '');
  return hostOf(d) ?? d;
}

/**
 * Whether `host` is one of the `allowed` domains or a subdomain of one (`news.example.com` under
 * `example.com`; `evil-example.com` and `example.com.evil.com` are not). `allowed` must be
 * normalized (`normalizeDomain`).
 */
export function domainAllowed(host: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => host === a || host.endsWith(`.${a}`));
}

/** Every link in `text`, in text order. */
export function extractLinks(text: string): Link[] {
  let links: Link[] = twitterText.extractUrlsWithIndices(text).map(({ url, indices }) => ({
    start: indices[0],
    end: indices[1],
    url,
    host: hostOf(url),
  }));
  for (const m of text.matchAll(SCHEME_RUN)) {
    const start = m.index;
    if (links.some((l) => l.start === start)) continue;
    const url = m[0].replace(TRAILING, '');
    const end = start + url.length;
    // twitter-text may have found a link inside the run (`http://localhost/?next=example.com`):
    // the run's host is the one that counts.
    links = links.filter((l) => l.end <= start || end <= l.start);
    links.push({ start, end, url, host: hostOf(url) });
  }
  return links.sort((a, b) => a.start - b.start);
}
