import { setTimeout as sleep } from 'node:timers/promises';
import { NetworkError, type AdapterContext, type MediaInput } from '../contract.ts';
import { call } from './api.ts';
import { mediaAttachmentSchema } from './entities.ts';

/** How long to wait for Mastodon to finish processing an upload. */
export interface ProcessingWait {
  /** Wait before the first poll; doubles after each poll up to `maxPollIntervalMs`. */
  pollIntervalMs: number;
  maxPollIntervalMs: number;
  /** Polls before giving up (the attempt fails as `transient`; the worker tries again later). */
  maxPolls: number;
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
};

/**
 * Uploads one file with `POST /api/v2/media` (alt text as `description`) and resolves with its id
 * once Mastodon can attach it. Small images come back processed (200, `url` set); larger files
 * come back 202 with `url: null` and are processed in the background, so this polls
 * `GET /api/v1/media/:id` (206 while processing) until `url` is set, a bounded number of times and
 * aborting with `ctx.signal`. Mastodon refuses to attach a file that is still processing (422).
 *
 * Uploads are not idempotent: a repeated attempt uploads again. The earlier copies stay
 * unattached (the status posted under the same Idempotency-Key keeps its first media) and
 * Mastodon's media clean-up removes unattached files after a day.
 */
export async function uploadMedia(
  ctx: AdapterContext,
  media: MediaInput,
  wait: ProcessingWait,
): Promise<string> {
  const form = new FormData();
  const name = `${media.id}.${EXTENSIONS[media.mimeType] ?? 'bin'}`;
  form.append('file', new Blob([Buffer.from(media.bytes)], { type: media.mimeType }), name);
  if (media.alt?.trim()) form.append('description', media.alt);
  const uploaded = await call(ctx, {
    method: 'POST',
    path: '/api/v2/media',
    body: form,
    schema: mediaAttachmentSchema,
  });
  if (uploaded.data.url) return uploaded.data.id;

  const path = `/api/v1/media/${encodeURIComponent(uploaded.data.id)}`;
  let interval = wait.pollIntervalMs;
  for (let poll = 0; poll < wait.maxPolls; poll += 1) {
    try {
      await sleep(interval, undefined, { signal: ctx.signal });
    } catch {
      throw new NetworkError({ kind: 'transient', message: 'aborted while media was processing' });
    }
    interval = Math.min(interval * 2, wait.maxPollIntervalMs);
    const { data } = await call(ctx, { method: 'GET', path, schema: mediaAttachmentSchema });
    if (data.url) return data.id;
  }
  throw new NetworkError({
    kind: 'transient',
    message: `media ${uploaded.data.id} still processing after ${wait.maxPolls} polls`,
  });
}
