import { z } from 'zod';
import { escapeLinkedInText } from '../../core/text/linkedin.ts';
import {
  NetworkError,
  withFirstComment,
  type AdapterContext,
  type MediaInput,
  type NetworkAdapter,
  type PublishInput,
  type Published,
  type ValidationIssue,
  mediaIssues,
} from '../contract.ts';
import { addComment, findPostByText, hasComment, LOOK_BACK_MS, postExists } from './posts.ts';
import {
  answerOf,
  LINKEDIN_API,
  LinkedInResponseError,
  linkedinCall,
  linkedinFailure,
  linkedinRequest,
  urnPath,
} from './rest.ts';

/**
 * LinkedIn through its versioned REST API (Posts, Images, Social Actions), over `ctx.fetch`.
 *
 * Credentials: `accessToken` (3-legged OAuth; scopes `w_member_social` for a member author,
 * `w_organization_social` + `r_organization_social` for a page, `openid profile` to connect a
 * member), `author` (`urn:li:person:<id>` or `urn:li:organization:<id>`), and for `refreshAuth`
 * `refreshToken` + `clientId` + `clientSecret` (LinkedIn grants refresh tokens to approved
 * Marketing/Community Management apps only; others reconnect when the 60-day token expires).
 *
 * Text: `commentary` is LinkedIn's "little" text format, so the text (with the link on its own
 * paragraph unless it already contains it) is sent escaped (`core/text/linkedin.ts`); the 3000
 * limit counts the unescaped text. Media: images through the Images API (initialize, PUT the
 * bytes, reference the image URN): one as `media`, 2–20 as `multiImage`. `firstComment` is a
 * comment of the author (Social Actions API).
 *
 * Idempotency: `reconcile`. LinkedIn has no idempotency key; before any attempt after the first,
 * `reconcile` reads the author's latest 50 posts (`GET /rest/posts?q=author`) and returns the
 * oldest one of the last 72 hours whose commentary is what this delivery sends (completing its
 * first comment if that is missing). Reading a member's posts needs the restricted
 * `r_member_social`; without it LinkedIn answers 403 and reconcile cannot tell, so the attempt
 * posts — and LinkedIn itself refuses an exact duplicate with 422 DUPLICATE_POST naming the
 * existing post, which `publish` returns as the result (after checking it still exists: the
 * duplicate of a deleted post is rejected). Limits: matching is by text, so two deliveries with the
 * same text to one author within the window are one post (LinkedIn would refuse the second anyway).
 *
 * Failures: 401 auth_expired; 429 rate_limited (`Retry-After` if sent, else the contract's
 * default); 400/403/422 rejected with LinkedIn's message; 5xx and failed connections transient. A
 * first comment LinkedIn refuses for good does not fail the delivery (the post is out, the refusal
 * reported: `withFirstComment`); other comment failures do, and the retry completes the comment.
 */

const AUTHOR = /^urn:li:(person|organization):[A-Za-z0-9_-]+$/;
const MAX_ALT_TEXT = 4086;
/** LinkedIn's documented pixel limit for images. */
const MAX_PIXELS = 36_152_320;

const LIMITS = {
  maxMedia: 20,
  mediaTypes: ['image/jpeg', 'image/png', 'image/gif'],
  // LinkedIn states a pixel limit, not a byte limit; this keeps uploads reasonable.
  maxMediaBytes: 10 * 1024 * 1024,
} as const;

/** What the delivery sends as the post's text (before escaping). */
function sentText(input: PublishInput): string {
  if (!input.link || input.text.includes(input.link)) return input.text;
  return input.text ? `${input.text}\n\n${input.link}` : input.link;
}

function postUrl(urn: string): string {
  return `https://www.linkedin.com/feed/update/${urn}/`;
}

function authorOf(ctx: AdapterContext): string {
  const author = ctx.credentials.author ?? '';
  if (!AUTHOR.test(author)) {
    throw new NetworkError({
      kind: 'auth_expired',
      message: 'LinkedIn author must be urn:li:person:<id> or urn:li:organization:<id>',
    });
  }
  return author;
}

const userinfo = z.object({ sub: z.string(), name: z.string().optional() });
const organization = z.object({
  localizedName: z.string().optional(),
  vanityName: z.string().optional(),
});
const initializedUpload = z.object({
  value: z.object({ uploadUrl: z.url(), image: z.string().startsWith('urn:li:image:') }),
});
const tokenAnswer = z.object({ access_token: z.string(), refresh_token: z.string().optional() });

export interface LinkedInAdapterOptions {
  /** The clock (reconcile's window, Retry-After dates); tests fix it for stable recordings. */
  now?: () => number;
  /** How far back reconcile looks. */
  lookBackMs?: number;
}

export function createLinkedInAdapter(options: LinkedInAdapterOptions = {}): NetworkAdapter {
  const now = options.now ?? Date.now;
  const lookBackMs = options.lookBackMs ?? LOOK_BACK_MS;

  async function uploadImage(ctx: AdapterContext, author: string, media: MediaInput) {
    const init = answerOf(
      initializedUpload,
      await linkedinRequest(ctx, {
        method: 'POST',
        url: `${LINKEDIN_API}/rest/images?action=initializeUpload`,
        json: { initializeUploadRequest: { owner: author } },
      }),
      'the image upload',
    );
    // The upload URL gets the bearer token: only ever LinkedIn's own hosts.
    const host = new URL(init.value.uploadUrl).hostname;
    if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) {
      throw new NetworkError({ kind: 'transient', message: `unexpected upload host ${host}` });
    }
    await linkedinRequest(ctx, {
      method: 'PUT',
      url: init.value.uploadUrl,
      bytes: { data: media.bytes, mimeType: media.mimeType },
    });
    return { id: init.value.image, ...(media.alt ? { altText: media.alt } : {}) };
  }

  /** The post with the author's first comment under it (`withFirstComment`'s rule). */
  function withComment(ctx: AdapterContext, author: string, post: Published, text: string) {
    return withFirstComment(post, () =>
      linkedinCall(now, () => addComment(ctx, { author, postUrn: post.externalId, text })),
    );
  }

  /** The found post as the result, its first comment completed when it can be told missing. */
  async function found(ctx: AdapterContext, input: PublishInput, author: string, urn: string) {
    const post: Published = { externalId: urn, url: postUrl(urn) };
    if (!input.firstComment) return post;
    const done = await hasComment(ctx, { author, postUrn: urn, text: input.firstComment });
    // Unknown (403): posting might duplicate the comment; leaving it out is the lesser harm.
    return done === false ? withComment(ctx, author, post, input.firstComment) : post;
  }

  /** LinkedIn refused the post as a duplicate of the post its message names. */
  async function duplicateOf(ctx: AdapterContext, input: PublishInput, err: LinkedInResponseError) {
    const urn = /urn:li:(?:share|ugcPost):\d+/.exec(err.detail)?.[0];
    if (!urn) return null;
    if ((await postExists(ctx, urn)) === false) {
      throw new NetworkError({
        kind: 'rejected',
        reason: `LinkedIn refuses the text as a duplicate of a deleted post (${urn})`,
      });
    }
    return found(ctx, input, authorOf(ctx), urn);
  }

  return {
    network: 'linkedin',
    idempotency: 'reconcile',
    limits: LIMITS,
    credentialFields: ['accessToken', 'author'],

    async connect(ctx) {
      const author = authorOf(ctx);
      const [, kind, id] = /^urn:li:(person|organization):(.+)$/.exec(author)!;
      return linkedinCall(now, async () => {
        if (kind === 'organization') {
          const org = answerOf(
            organization,
            await linkedinRequest(ctx, {
              method: 'GET',
              url: `${LINKEDIN_API}/rest/organizations/${id}`,
            }),
            'the organization',
          );
          return {
            handle: org.vanityName ?? author,
            displayName: org.localizedName ?? null,
            maxChars: 3000,
          };
        }
        const me = answerOf(
          userinfo,
          await linkedinRequest(ctx, { method: 'GET', url: `${LINKEDIN_API}/v2/userinfo` }),
          'userinfo',
        );
        if (me.sub !== id) {
          throw new NetworkError({
            kind: 'rejected',
            reason: `The token belongs to urn:li:person:${me.sub}, not to ${author}`,
          });
        }
        return { handle: me.name ?? author, displayName: me.name ?? null, maxChars: 3000 };
      });
    },

    validate(input) {
      const issues: ValidationIssue[] = [];
      if (!sentText(input).trim() && input.media.length === 0) {
        issues.push({ path: 'text', code: 'empty', message: 'A post needs text or media.' });
      }
      const media = mediaIssues(LIMITS, input.media, { maxAltText: MAX_ALT_TEXT });
      issues.push(...media);
      input.media.forEach((m, i) => {
        // Only for files the shared check let through (type and size fine).
        if (media.some((issue) => issue.path === `media.${i}`)) return;
        if ((m.width ?? 0) * (m.height ?? 0) > MAX_PIXELS) {
          issues.push({
            path: `media.${i}`,
            code: 'media_too_many_pixels',
            message: `At most ${MAX_PIXELS} pixels.`,
          });
        }
      });
      return issues;
    },

    async publish(ctx, input) {
      const author = authorOf(ctx);
      const images = [];
      for (const media of input.media) {
        images.push(await linkedinCall(now, () => uploadImage(ctx, author, media)));
      }
      const content =
        images.length === 1
          ? { media: images[0] }
          : images.length > 1
            ? { multiImage: { images } }
            : undefined;
      let urn: string | null;
      try {
        const answer = await linkedinRequest(ctx, {
          method: 'POST',
          url: `${LINKEDIN_API}/rest/posts`,
          json: {
            author,
            commentary: escapeLinkedInText(sentText(input)),
            visibility: 'PUBLIC',
            distribution: {
              feedDistribution: 'MAIN_FEED',
              targetEntities: [],
              thirdPartyDistributionChannels: [],
            },
            ...(content ? { content } : {}),
            lifecycleState: 'PUBLISHED',
            isReshareDisabledByAuthor: false,
          },
        });
        urn = answer.headers.get('x-restli-id');
      } catch (err) {
        if (err instanceof LinkedInResponseError && err.status === 422) {
          const earlier = await linkedinCall(now, () => duplicateOf(ctx, input, err));
          if (earlier) return earlier;
        }
        throw new NetworkError(linkedinFailure(err, now));
      }
      if (!urn) {
        // Created, but unnamed: the retry's reconcile (or LinkedIn's duplicate check) finds it.
        throw new NetworkError({ kind: 'transient', message: 'LinkedIn sent no x-restli-id' });
      }
      const post = { externalId: urn, url: postUrl(urn) };
      return input.firstComment ? withComment(ctx, author, post, input.firstComment) : post;
    },

    async reconcile(ctx, input) {
      const author = authorOf(ctx);
      return linkedinCall(now, async () => {
        const urn = await findPostByText(ctx, {
          author,
          since: now() - lookBackMs,
          text: sentText(input),
        });
        return urn ? found(ctx, input, author, urn) : null;
      });
    },

    async refreshAuth(ctx) {
      const { refreshToken, clientId, clientSecret } = ctx.credentials;
      if (!refreshToken || !clientId || !clientSecret) {
        throw new NetworkError({
          kind: 'auth_expired',
          message: 'LinkedIn credentials cannot be refreshed (no refresh token): reconnect',
        });
      }
      let answer;
      try {
        answer = await linkedinRequest(ctx, {
          method: 'POST',
          url: 'https://www.linkedin.com/oauth/v2/accessToken',
          form: {
            grant_type: 'refresh_token',
            refresh_token: refreshToken,
            client_id: clientId,
            client_secret: clientSecret,
          },
          auth: false,
        });
      } catch (err) {
        // An expired or revoked refresh token (400/401) cannot be retried: reconnect.
        if (err instanceof LinkedInResponseError && (err.status === 400 || err.status === 401)) {
          throw new NetworkError({
            kind: 'auth_expired',
            message: `LinkedIn refused the refresh token: ${err.detail}`,
          });
        }
        throw new NetworkError(linkedinFailure(err, now));
      }
      const token = answerOf(tokenAnswer, answer, 'the token refresh');
      return {
        ...ctx.credentials,
        accessToken: token.access_token,
        refreshToken: token.refresh_token ?? refreshToken,
      };
    },

    async delete(ctx, externalId) {
      try {
        await linkedinRequest(ctx, {
          method: 'DELETE',
          url: `${LINKEDIN_API}/rest/posts/${urnPath(externalId)}`,
          restliMethod: 'DELETE',
        });
      } catch (err) {
        if (err instanceof LinkedInResponseError && (err.status === 404 || err.status === 410)) {
          return;
        }
        throw new NetworkError(linkedinFailure(err, now));
      }
    },
  };
}

export const linkedinAdapter: NetworkAdapter = createLinkedInAdapter();
