import { extractHashtags } from '../guidelines/hashtags.ts';
import { extractLinks } from '../guidelines/links.ts';

/**
 * What a post is "about", for the calendar's conflict checks: its hashtags and its links, each
 * with a comparison key and the form a person reads. Hashtags and links are found exactly as the
 * guideline checks find them (`core/guidelines`), so a post never has one set of hashtags there
 * and another here.
 */

/** A hashtag or link: `key` compares, `shown` is the first form seen (`#Sommer`, `https://…`). */
export interface TopicMark {
  key: string;
  shown: string;
}

export interface Topics {
  hashtags: ReadonlyMap<string, string>;
  links: ReadonlyMap<string, string>;
  /** The post's link: the variant's link field, else the first link in its text. */
  primaryLink: TopicMark | null;
}

/** Tracking parameters say who shared a link, not what it points to. */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * The comparison key of a link: host in lower case without `www.`, path without a trailing
 * slash, query without tracking parameters; scheme and fragment do not count. A link that does
 * not parse compares as written (trimmed, lower case).
 */
export function linkKey(url: string): string {
  const trimmed = url.trim();
  try {
    const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
    const u = new URL(withScheme);
    const host = u.hostname
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/^www\./, '');
    const params = [...u.searchParams].filter(([k]) => !TRACKING_PARAM.test(k));
    const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
    const port = u.port ? `:${u.port}` : '';
    return `${host}${port}${u.pathname.replace(/\/+$/, '')}${query}`;
  } catch {
    return trimmed.toLowerCase();
  }
}

/** The comparison key of a hashtag (without `#`): NFKC, lower case. */
export function hashtagKey(tag: string): string {
  return tag.normalize('NFKC').toLowerCase();
}

/** Hashtags and links of a variant's text, plus its link field. */
export function topicsOf(text: string, link: string | null): Topics {
  const found = extractLinks(text);
  const hashtags = new Map<string, string>();
  for (const h of extractHashtags(text, found)) {
    const key = hashtagKey(h.tag);
    if (!hashtags.has(key)) hashtags.set(key, `#${h.tag}`);
  }
  const links = new Map<string, string>();
  const linkField = link?.trim() ? link.trim() : null;
  for (const url of [...(linkField ? [linkField] : []), ...found.map((l) => l.url)]) {
    const key = linkKey(url);
    if (!links.has(key)) links.set(key, url);
  }
  const first = links.entries().next();
  return {
    hashtags,
    links,
    primaryLink: first.done ? null : { key: first.value[0], shown: first.value[1] },
  };
}

/**
 * Text as compared for duplicates: Unicode NFKC, lower case, runs of white space as one space,
 * trimmed. So a re-post that differs only in case, spacing or compatibility characters (full-width
 * letters, ligatures) still counts as the same text.
 */
export function normalizeForDuplicate(text: string): string {
  return collapseWhiteSpace(text.normalize('NFKC').toLowerCase()).trim();
}

// White space that is not a single space between two non-spaces: what there is to collapse.
const UNCOLLAPSED = /\s\s|[^\S ]/u;

/**
 * Runs of white space as one space. Most texts have none to collapse and come back as they are,
 * without the copy (a busy calendar reads thousands of them per request).
 */
export function collapseWhiteSpace(text: string): string {
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/gu, ' ') : text;
}
