import { MEDIA_LIMITS, MEDIA_TYPES, type MediaKind } from '../../core/media/limits.ts';
import {
  withFirstComment,
  type AdapterContext,
  type NetworkAdapter,
  type NetworkLimits,
  type PublishInput,
  type ValidationIssue,
} from '../contract.ts';
import { call, raiseUnlessOk, send, targetOf } from './api.ts';
import { accountSchema, instanceSchema, statusSchema, type MastodonInstance } from './entities.ts';
import { uploadMedia, type ProcessingWait } from './media.ts';

/**
 * Mastodon (and servers speaking its client API), through its REST API with `ctx.fetch`.
 *
 * Credentials: `instance`, the base URL of the server (`https://social.example`; plain `http:`
 * only for loopback), and `accessToken`, a user token with the scopes `read:accounts`,
 * `write:statuses` and `write:media` (an application created under Preferences → Development, or
 * the OAuth flow). `connect` reads the account (`GET /api/v1/accounts/verify_credentials`, handle
 * as `@user@domain` with the instance's own domain) and the limits (`GET /api/v2/instance`:
 * `configuration.statuses.max_characters` becomes the channel's `maxChars`).
 *
 * Idempotency: the status is posted with `Idempotency-Key: <deliveryId>`, the first comment (a
 * reply to it) with `Idempotency-Key: <deliveryId>:comment`. Mastodon keeps a key for one hour per
 * account and answers a repeat with the status it first created, creating nothing; a repeat whose
 * status was deleted meanwhile is answered 404 (`rejected`). The worker's retries (backoff, an
 * expired lease, a rate-limit wait of at most Mastodon's 30-minute media window) come within
 * minutes of the first attempt, well inside the hour. Beyond it Mastodon has forgotten the key and
 * a repeat would post a second status: a delivery whose first attempt may have reached Mastodon
 * more than an hour ago must not be retried blindly but checked by a person. Media uploads are not
 * idempotent (see media.ts); the status keeps the media of its first attempt.
 *
 * Limits: text is counted by `core/text` (URLs 23, `@user@domain` as `@user`) against the
 * instance's `max_characters`, which only `connect` can know, so `validate` checks media alone:
 * at most 4 files, no video beside other files, sizes from `core/media`, alt text of at most 1500
 * characters. Mastodon's rate limits (300 requests per 5 minutes, 30 uploads and 30 deletions per
 * 30 minutes, per account) come back as `rate_limited` with the wait from `X-RateLimit-Reset`.
 */

const LIMITS: NetworkLimits = {
  maxMedia: MEDIA_LIMITS.mastodon.maxItems,
  mediaTypes: Object.keys(MEDIA_TYPES),
  maxMediaBytes: Math.max(...Object.values(MEDIA_LIMITS.mastodon.maxBytes)),
};

/** MediaAttachment::MAX_DESCRIPTION_LENGTH (counted in code points, as Ruby counts). */
const MAX_ALT_LENGTH = 1500;

export interface MastodonAdapterOptions {
  /** Waiting for uploads Mastodon processes in the background (tests shorten it). */
  processing?: Partial<ProcessingWait>;
}

const DEFAULT_WAIT: ProcessingWait = {
  pollIntervalMs: 1000,
  maxPollIntervalMs: 8000,
  maxPolls: 20,
};

/** The status text: the post's text, and its link unless the text already carries it. */
export function statusText(input: Pick<PublishInput, 'text' | 'link'>): string {
  const text = input.text.trim();
  if (!input.link || text.includes(input.link)) return text;
  return text ? `${text}\n\n${input.link}` : input.link;
}

function mediaLimitsOf(instance: MastodonInstance): NetworkLimits {
  const statuses = instance.configuration?.statuses;
  const media = instance.configuration?.media_attachments;
  const supported = media?.supported_mime_types;
  const sizes = [media?.image_size_limit, media?.video_size_limit].filter(
    (n): n is number => n !== undefined,
  );
  return {
    maxMedia: statuses?.max_media_attachments ?? LIMITS.maxMedia,
    mediaTypes: supported
      ? LIMITS.mediaTypes.filter((t) => supported.includes(t))
      : LIMITS.mediaTypes,
    maxMediaBytes: sizes.length > 0 ? Math.max(...sizes) : LIMITS.maxMediaBytes,
  };
}

function validateMedia(input: PublishInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (input.media.length > LIMITS.maxMedia) {
    issues.push({
      path: 'media',
      code: 'too_many_media',
      message: `At most ${LIMITS.maxMedia} media files.`,
    });
  }
  const kinds = input.media.map((m) => MEDIA_TYPES[m.mimeType as keyof typeof MEDIA_TYPES]);
  if (input.media.length > 1 && kinds.includes('video')) {
    issues.push({
      path: 'media',
      code: 'media_mix',
      message: 'A video must be the only media file.',
    });
  }
  input.media.forEach((m, i) => {
    const kind: MediaKind | undefined = kinds[i];
    const maxBytes = kind ? MEDIA_LIMITS.mastodon.maxBytes[kind] : undefined;
    if (!kind || maxBytes === undefined) {
      issues.push({
        path: `media.${i}`,
        code: 'media_type',
        message: `${m.mimeType} is not sent.`,
      });
    } else if (m.bytes.byteLength > maxBytes) {
      issues.push({ path: `media.${i}`, code: 'media_too_large', message: 'File too large.' });
    }
    if (m.alt && [...m.alt].length > MAX_ALT_LENGTH) {
      issues.push({
        path: `media.${i}.alt`,
        code: 'alt_too_long',
        message: `Alt text of at most ${MAX_ALT_LENGTH} characters.`,
      });
    }
  });
  return issues;
}

async function postStatus(
  ctx: AdapterContext,
  fields: { status: string; mediaIds?: string[]; inReplyToId?: string },
  idempotencyKey: string,
) {
  const body = new URLSearchParams({ status: fields.status });
  for (const id of fields.mediaIds ?? []) body.append('media_ids[]', id);
  if (fields.inReplyToId) body.set('in_reply_to_id', fields.inReplyToId);
  const { data } = await call(ctx, {
    method: 'POST',
    path: '/api/v1/statuses',
    body,
    idempotencyKey,
    schema: statusSchema,
  });
  return data;
}

/** An adapter with its own processing wait; `mastodonAdapter` is the one with the defaults. */
export function createMastodonAdapter(options: MastodonAdapterOptions = {}): NetworkAdapter {
  const wait: ProcessingWait = { ...DEFAULT_WAIT, ...options.processing };
  return {
    network: 'mastodon',
    idempotency: 'idempotency_key',
    limits: LIMITS,
    credentialFields: ['instance', 'accessToken'],

    async connect(ctx) {
      const { base } = targetOf(ctx);
      const { data: account } = await call(ctx, {
        method: 'GET',
        path: '/api/v1/accounts/verify_credentials',
        schema: accountSchema,
      });
      const { data: instance } = await call(ctx, {
        method: 'GET',
        path: '/api/v2/instance',
        schema: instanceSchema,
      });
      const domain = instance.domain ?? new URL(base).host;
      return {
        handle: `@${account.acct.includes('@') ? account.acct : `${account.acct}@${domain}`}`,
        displayName: account.display_name?.trim() || null,
        maxChars: instance.configuration?.statuses?.max_characters ?? null,
        mediaLimits: mediaLimitsOf(instance),
      };
    },

    validate(input) {
      const issues = validateMedia(input);
      if (!statusText(input) && input.media.length === 0) {
        issues.push({ path: 'text', code: 'empty_text', message: 'A post needs text or media.' });
      }
      return issues;
    },

    async publish(ctx, input) {
      targetOf(ctx);
      const mediaIds: string[] = [];
      for (const media of input.media) mediaIds.push(await uploadMedia(ctx, media, wait));
      const status = await postStatus(
        ctx,
        { status: statusText(input), mediaIds },
        input.deliveryId,
      );
      const published = { externalId: status.id, url: status.url ?? null };
      const comment = input.firstComment?.trim();
      if (!comment) return published;
      return withFirstComment(published, () =>
        postStatus(ctx, { status: comment, inReplyToId: status.id }, `${input.deliveryId}:comment`),
      );
    },

    async delete(ctx, externalId) {
      const path = `/api/v1/statuses/${encodeURIComponent(externalId)}`;
      const answer = await send(ctx, { method: 'DELETE', path });
      // 404: already gone (or never this account's), which is what deleting asks for.
      if (answer.status !== 404) raiseUnlessOk(answer, path);
    },
  };
}

export const mastodonAdapter: NetworkAdapter = createMastodonAdapter();
