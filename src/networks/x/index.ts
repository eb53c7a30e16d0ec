import type { EUploadMimeType, SendTweetV2Params, TwitterApi } from 'twitter-api-v2';
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
import { findEarlierPost, LOOK_BACK_MS } from './timeline.ts';
import {
  isDuplicateContent,
  XResponseError,
  xAppClient,
  xCall,
  xClient,
  xFailure,
} from './transport.ts';

/**
 * X (Twitter) through `twitter-api-v2`, API v2, with every request sent through `ctx.fetch`.
 *
 * Credentials, primary: OAuth 2.0 user context — `accessToken` (scopes `tweet.read tweet.write
 * users.read media.write offline.access`), and for `refreshAuth` `refreshToken` + `clientId`
 * (+ `clientSecret` for a confidential client). X's access tokens live two hours and each refresh
 * token works once: the worker must store what `refreshAuth` returns before it uses it.
 * Alternative: OAuth 1.0a — `appKey`, `appSecret`, `accessToken`, `accessSecret` (never expire; a
 * 401 means revoked, so `refreshAuth` refuses). `userId` is stored by `connect`.
 *
 * Text: `text`, then the link on its own paragraph unless the text already contains it. Media:
 * up to 4 images (one GIF alone), uploaded with X's v2 chunked upload, alt text as media metadata.
 * `firstComment` is a reply of the account to the post.
 *
 * Idempotency: `reconcile`. X has no idempotency key, so before any attempt after the first the
 * worker calls `reconcile`, which reads the account's posts of the last 72 hours
 * (`GET /2/users/:id/tweets`, up to 300 posts) and returns the oldest one that is not a reply and
 * whose text is what this delivery sends (see `timeline.ts` for how X's rewriting is undone); if
 * the first comment is missing under it, it posts it. X itself refuses an exact duplicate of a
 * recent post with 403 "duplicate content": `publish` treats that as "already posted" and returns
 * the post reconcile finds, or `rejected` when it lies outside the window.
 * Limits: a match is by text only, so two deliveries with the same text on one account within the
 * window are one post (X would refuse the second anyway); an account posting more than 300 times
 * in 72 hours is not searched to the end; the look-up costs one timeline read per retry, which the
 * lower API tiers ration tightly.
 *
 * Failures: 401 auth_expired; 429 rate_limited until `x-rate-limit-reset` (or the 24-hour reset
 * when the daily cap is used up); 400/403 rejected with X's reason; 5xx and failed connections
 * transient. A first comment X refuses for good does not fail the delivery: the post is out, its id
 * kept, the refusal reported (`withFirstComment`); any other comment failure fails the attempt,
 * and the retry completes the comment.
 */

/** Subscriptions whose accounts may post up to 25,000 characters (X's "longer posts"). */
const LONG_POST_SUBSCRIPTIONS = new Set(['Premium', 'PremiumPlus']);
const MAX_ALT_TEXT = 1000;

const LIMITS = {
  maxMedia: 4,
  mediaTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'],
  // X's limit for images (GIFs may be 15 MB; one cap keeps the check simple and safe).
  maxMediaBytes: 5 * 1024 * 1024,
} as const;

/** What the delivery sends as the post's text. */
function sentText(input: PublishInput): string {
  if (!input.link || input.text.includes(input.link)) return input.text;
  return input.text ? `${input.text}\n\n${input.link}` : input.link;
}

function postUrl(ctx: AdapterContext, id: string): string {
  const user = ctx.handle.replace(/^@/, '');
  return user ? `https://x.com/${user}/status/${id}` : `https://x.com/i/web/status/${id}`;
}

interface OAuth2TokenAnswer {
  access_token: string;
  refresh_token?: string;
}

export interface XAdapterOptions {
  /** The clock (reconcile's window, rate-limit waits); tests fix it for stable recordings. */
  now?: () => number;
  /** How far back reconcile looks. */
  lookBackMs?: number;
}

export function createXAdapter(options: XAdapterOptions = {}): NetworkAdapter {
  const now = options.now ?? Date.now;
  const lookBackMs = options.lookBackMs ?? LOOK_BACK_MS;

  async function accountId(ctx: AdapterContext, client: TwitterApi): Promise<string> {
    if (ctx.credentials.userId) return ctx.credentials.userId;
    return (await client.v2.me()).data.id;
  }

  /** The post with its first comment, a reply of the account (`withFirstComment`'s rule). */
  function withComment(client: TwitterApi, post: Published, text: string): Promise<Published> {
    return withFirstComment(post, () => xCall(now, () => client.v2.reply(text, post.externalId)));
  }

  /** The post an earlier attempt made (its first comment completed), or null. */
  async function earlier(
    ctx: AdapterContext,
    client: TwitterApi,
    input: PublishInput,
  ): Promise<Published | null> {
    const found = await findEarlierPost({
      client,
      userId: await accountId(ctx, client),
      since: new Date(now() - lookBackMs),
      text: sentText(input),
      firstComment: input.firstComment,
    });
    if (!found) return null;
    const post = { externalId: found.post.id, url: postUrl(ctx, found.post.id) };
    if (!input.firstComment || found.hasComment) return post;
    return withComment(client, post, input.firstComment);
  }

  async function upload(client: TwitterApi, media: MediaInput): Promise<string> {
    const id = await client.v2.uploadMedia(Buffer.from(media.bytes), {
      media_type: media.mimeType as EUploadMimeType,
    });
    if (media.alt) await client.v2.createMediaMetadata(id, { alt_text: { text: media.alt } });
    return id;
  }

  return {
    network: 'x',
    idempotency: 'reconcile',
    limits: LIMITS,
    credentialFields: ['accessToken'],

    async connect(ctx) {
      const client = xClient(ctx);
      const me = await xCall(now, () => client.v2.me({ 'user.fields': ['subscription_type'] }));
      const long = LONG_POST_SUBSCRIPTIONS.has(me.data.subscription_type ?? 'None');
      return {
        handle: me.data.username,
        displayName: me.data.name || null,
        maxChars: long ? 25_000 : 280,
        credentials: { ...ctx.credentials, userId: me.data.id },
      };
    },

    validate(input) {
      const issues: ValidationIssue[] = [];
      if (!sentText(input).trim() && input.media.length === 0) {
        issues.push({ path: 'text', code: 'empty', message: 'A post needs text or media.' });
      }
      const media = mediaIssues(LIMITS, input.media, { maxAltText: MAX_ALT_TEXT });
      const tooMany = media.some((i) => i.code === 'too_many_media');
      if (
        !tooMany &&
        input.media.length > 1 &&
        input.media.some((m) => m.mimeType === 'image/gif')
      ) {
        issues.push({ path: 'media', code: 'gif_alone', message: 'A GIF must be the only media.' });
      }
      issues.push(...media);
      return issues;
    },

    async publish(ctx, input) {
      const client = xClient(ctx);
      const mediaIds: string[] = [];
      for (const media of input.media) {
        mediaIds.push(await xCall(now, () => upload(client, media)));
      }
      const text = sentText(input);
      const payload: Partial<SendTweetV2Params> = {
        ...(text ? { text } : {}),
        ...(mediaIds.length > 0
          ? {
              media: {
                media_ids: mediaIds as NonNullable<SendTweetV2Params['media']>['media_ids'],
              },
            }
          : {}),
      };
      let id: string;
      try {
        id = (await client.v2.tweet(payload)).data.id;
      } catch (err) {
        if (!isDuplicateContent(err)) throw new NetworkError(xFailure(err, now));
        // An earlier attempt (or an earlier delivery) posted this text: that post is the result.
        const found = await xCall(now, () => earlier(ctx, client, input));
        if (found) return found;
        throw new NetworkError({
          kind: 'rejected',
          reason: 'X refuses the text as a duplicate of a post older than the look-back window',
        });
      }
      const post = { externalId: id, url: postUrl(ctx, id) };
      return input.firstComment ? withComment(client, post, input.firstComment) : post;
    },

    async reconcile(ctx, input) {
      return xCall(now, () => earlier(ctx, xClient(ctx), input));
    },

    async refreshAuth(ctx) {
      const { refreshToken, clientId, accessSecret } = ctx.credentials;
      if (accessSecret || !refreshToken || !clientId) {
        throw new NetworkError({
          kind: 'auth_expired',
          message: 'X credentials cannot be refreshed (no refresh token): reconnect the account',
        });
      }
      let answer: OAuth2TokenAnswer;
      try {
        // X's token endpoint takes a form body; twitter-api-v2 1.29's refreshOAuth2Token sends
        // JSON, so the call is made here with the library's client authentication.
        answer = await xAppClient(ctx, clientId).post<OAuth2TokenAnswer>(
          'https://api.x.com/2/oauth2/token',
          { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId },
          { forceBodyMode: 'url', prefix: '' },
        );
      } catch (err) {
        // A refused refresh token (400 invalid_grant) cannot be retried: the account must reconnect.
        if (err instanceof XResponseError && (err.status === 400 || err.status === 401)) {
          throw new NetworkError({
            kind: 'auth_expired',
            message: `X refused the refresh token: ${err.detail}`,
          });
        }
        throw new NetworkError(xFailure(err, now));
      }
      return {
        ...ctx.credentials,
        accessToken: answer.access_token,
        refreshToken: answer.refresh_token ?? refreshToken,
      };
    },

    async delete(ctx, externalId) {
      try {
        await xClient(ctx).v2.deleteTweet(externalId);
      } catch (err) {
        if (err instanceof XResponseError && err.status === 404) return;
        throw new NetworkError(xFailure(err, now));
      }
    },
  };
}

export const xAdapter: NetworkAdapter = createXAdapter();
