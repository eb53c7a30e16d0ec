import { NETWORKS } from '../text/limits.ts';

/**
 * The one table of media limits per network, beside the text limits (core/text/limits.ts). The
 * upload accepts the types in MEDIA_TYPES, sniffed from the content; whether a file fits a network
 * is checked when it is attached to a variant for a channel of that network.
 *
 * Figures from the networks' API documentation at the time of writing (rounded down where a
 * network states a range): X media upload (images 5 MB, GIF 15 MB, video 512 MB, 140 s, 4 items);
 * Bluesky lexicon `app.bsky.embed.images` (1,000,000 bytes, 4 images) and video upload (100 MB,
 * 3 min); Mastodon's defaults (images 16 MB, video 99 MB, 4 attachments); LinkedIn Images/Videos
 * API (images 36 MP ≈ 10 MB in practice, video 500 MB, 30 min, 20 images); Threads and
 * Instagram content publishing (images 8 MB, video 1 GB / 300 MB, carousels of 10–20); Facebook
 * Pages (images 10 MB, video 1 GB here, 10 items). Webhooks forward what they receive.
 */

/** The media types Mooring takes, by sniffed MIME type. */
export const MEDIA_TYPES = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'image/gif': 'gif',
  'video/mp4': 'video',
  'video/quicktime': 'video',
} as const;
export type MediaMime = keyof typeof MEDIA_TYPES;
export type MediaKind = (typeof MEDIA_TYPES)[MediaMime];

export function isMediaMime(mime: string): mime is MediaMime {
  return Object.hasOwn(MEDIA_TYPES, mime);
}

/** The largest upload accepted at all; each network's own limit is checked on attach. */
export const MEDIA_UPLOAD_MAX_BYTES = 1024 * 1024 * 1024;

export const MEDIA_NETWORKS = [...NETWORKS, 'webhook'] as const;
export type MediaNetwork = (typeof MEDIA_NETWORKS)[number];

export interface NetworkMediaLimit {
  /** Attachments per post. */
  maxItems: number;
  /** Largest file per kind, in bytes; a kind missing here is not accepted by the network. */
  maxBytes: Partial<Record<MediaKind, number>>;
  /** Longest video, in milliseconds. */
  videoMaxDurationMs?: number;
}

const MB = 1024 * 1024;

export const MEDIA_LIMITS: Readonly<Record<MediaNetwork, Readonly<NetworkMediaLimit>>> = {
  x: {
    maxItems: 4,
    maxBytes: { image: 5 * MB, gif: 15 * MB, video: 512 * MB },
    videoMaxDurationMs: 140_000,
  },
  bluesky: {
    maxItems: 4,
    maxBytes: { image: 1_000_000, gif: 1_000_000, video: 100 * MB },
    videoMaxDurationMs: 180_000,
  },
  mastodon: { maxItems: 4, maxBytes: { image: 16 * MB, gif: 16 * MB, video: 99 * MB } },
  linkedin: {
    maxItems: 20,
    maxBytes: { image: 10 * MB, gif: 10 * MB, video: 500 * MB },
    videoMaxDurationMs: 30 * 60_000,
  },
  threads: {
    maxItems: 20,
    maxBytes: { image: 8 * MB, video: 1024 * MB },
    videoMaxDurationMs: 5 * 60_000,
  },
  instagram: {
    maxItems: 10,
    maxBytes: { image: 8 * MB, video: 300 * MB },
    videoMaxDurationMs: 15 * 60_000,
  },
  facebook: { maxItems: 10, maxBytes: { image: 10 * MB, gif: 10 * MB, video: 1024 * MB } },
  webhook: { maxItems: 20, maxBytes: { image: 100 * MB, gif: 100 * MB, video: 1024 * MB } },
};

export interface MediaFacts {
  mimeType: string;
  sizeBytes: number;
  durationMs: number | null;
}

export type MediaProblemCode =
  | 'media.too_many_for_network'
  | 'media.type_not_supported_by_network'
  | 'media.too_large_for_network'
  | 'media.too_long_for_network';

export interface MediaProblem {
  /** The item's index, or null for a problem of the whole list. */
  index: number | null;
  code: MediaProblemCode;
  params: Record<string, string | number>;
}

/** Whether `network` has a row in the table (for networks read from the database). */
export function isMediaNetwork(value: string): value is MediaNetwork {
  return (MEDIA_NETWORKS as readonly string[]).includes(value);
}

/** What keeps `items` (in order) from being attached to one post on `network`; [] if nothing. */
export function checkMediaForNetwork(
  network: MediaNetwork,
  items: readonly MediaFacts[],
): MediaProblem[] {
  const limit = MEDIA_LIMITS[network];
  const problems: MediaProblem[] = [];
  if (items.length > limit.maxItems) {
    problems.push({
      index: null,
      code: 'media.too_many_for_network',
      params: { network, count: items.length, maxItems: limit.maxItems },
    });
  }
  items.forEach((item, index) => {
    const kind = isMediaMime(item.mimeType) ? MEDIA_TYPES[item.mimeType] : null;
    const maxBytes = kind === null ? undefined : limit.maxBytes[kind];
    if (kind === null || maxBytes === undefined) {
      problems.push({
        index,
        code: 'media.type_not_supported_by_network',
        params: { network, mimeType: item.mimeType },
      });
      return;
    }
    if (item.sizeBytes > maxBytes) {
      problems.push({
        index,
        code: 'media.too_large_for_network',
        params: { network, kind, sizeBytes: item.sizeBytes, maxBytes },
      });
    }
    const maxMs = limit.videoMaxDurationMs;
    if (kind === 'video' && maxMs !== undefined && (item.durationMs ?? 0) > maxMs) {
      problems.push({
        index,
        code: 'media.too_long_for_network',
        params: { network, durationMs: item.durationMs ?? 0, maxDurationMs: maxMs },
      });
    }
  });
  return problems;
}
