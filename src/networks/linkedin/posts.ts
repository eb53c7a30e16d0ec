import { z } from 'zod';
import type { AdapterContext } from '../contract.ts';
import { answerOf, LINKEDIN_API, LinkedInResponseError, linkedinRequest, urnPath } from './rest.ts';

/**
 * Reading what is already on LinkedIn: the author's recent posts (reconcile), one post by URN
 * (LinkedIn's duplicate refusal names one), and a post's comments (a first comment done or not).
 */

/** How far back reconcile looks. */
export const LOOK_BACK_MS = 72 * 60 * 60 * 1000;
/** Posts read per look-up (one page, newest first). */
export const FINDER_COUNT = 50;

/** Undoes `escapeLinkedInText` (LinkedIn may give `commentary` back in its escaped form). */
export function unescapeLinkedInText(text: string): string {
  return text.replace(/\\([|{}@[\]()<>#\\*_~])/g, '$1');
}

/** A form two texts share when LinkedIn would show them the same. */
export function comparable(text: string): string {
  return unescapeLinkedInText(text).normalize('NFC').replace(/\s+/g, ' ').trim();
}

const postsPage = z.object({
  elements: z.array(
    z.object({
      id: z.string(),
      commentary: z.string().optional(),
      createdAt: z.number().optional(),
      publishedAt: z.number().optional(),
    }),
  ),
});

/**
 * The oldest post of `author` created since `since` whose commentary is `text`, or null.
 * `GET /rest/posts?q=author` needs `r_organization_social` (organizations) or the restricted
 * `r_member_social` (members); without it LinkedIn answers 403, and this returns `undefined`:
 * "cannot tell", for the caller to decide.
 */
export async function findPostByText(
  ctx: AdapterContext,
  opts: { author: string; since: number; text: string },
): Promise<string | null | undefined> {
  let answer;
  try {
    answer = await linkedinRequest(ctx, {
      method: 'GET',
      url: `${LINKEDIN_API}/rest/posts?author=${encodeURIComponent(opts.author)}&q=author&count=${FINDER_COUNT}&sortBy=LAST_MODIFIED`,
      restliMethod: 'FINDER',
    });
  } catch (err) {
    if (err instanceof LinkedInResponseError && err.status === 403) return undefined;
    throw err;
  }
  const wanted = comparable(opts.text);
  const matches = answerOf(postsPage, answer, 'the posts finder')
    .elements.filter(
      (p) =>
        (p.createdAt ?? p.publishedAt ?? 0) >= opts.since &&
        comparable(p.commentary ?? '') === wanted,
    )
    .sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0));
  return matches[0]?.id ?? null;
}

/** Whether the post exists: true, false (404), or undefined when LinkedIn will not say (403). */
export async function postExists(ctx: AdapterContext, urn: string): Promise<boolean | undefined> {
  try {
    await linkedinRequest(ctx, {
      method: 'GET',
      url: `${LINKEDIN_API}/rest/posts/${urnPath(urn)}`,
    });
    return true;
  } catch (err) {
    if (err instanceof LinkedInResponseError && (err.status === 404 || err.status === 410)) {
      return false;
    }
    if (err instanceof LinkedInResponseError && err.status === 403) return undefined;
    throw err;
  }
}

const commentsPage = z.object({
  elements: z.array(
    z.object({ actor: z.string().optional(), message: z.object({ text: z.string() }).optional() }),
  ),
});

/**
 * Whether `author` already commented `text` under the post: true, false, or undefined when the
 * comments cannot be read (403).
 */
export async function hasComment(
  ctx: AdapterContext,
  opts: { author: string; postUrn: string; text: string },
): Promise<boolean | undefined> {
  let answer;
  try {
    answer = await linkedinRequest(ctx, {
      method: 'GET',
      url: `${LINKEDIN_API}/rest/socialActions/${urnPath(opts.postUrn)}/comments`,
    });
  } catch (err) {
    if (err instanceof LinkedInResponseError && err.status === 403) return undefined;
    throw err;
  }
  const wanted = comparable(opts.text);
  return answerOf(commentsPage, answer, 'the comments').elements.some(
    (c) => c.actor === opts.author && comparable(c.message?.text ?? '') === wanted,
  );
}

/** Comments `text` under the post as `author` (Social Actions API; plain text, no escaping). */
export async function addComment(
  ctx: AdapterContext,
  opts: { author: string; postUrn: string; text: string },
): Promise<void> {
  await linkedinRequest(ctx, {
    method: 'POST',
    url: `${LINKEDIN_API}/rest/socialActions/${urnPath(opts.postUrn)}/comments`,
    json: { actor: opts.author, object: opts.postUrn, message: { text: opts.text } },
  });
}
