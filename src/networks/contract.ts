/**
 * What every network adapter offers the delivery worker, and nothing more. One folder per network
 * (`networks/<network>/index.ts` exports one `NetworkAdapter`); `registry.ts` maps a channel's
 * network to its adapter. Adapters do no database work and read no configuration: everything they
 * need arrives in the call (credentials already unsealed, media as bytes, the HTTP `fetch` to use).
 *
 * Idempotency (DESIGN.md §5): a delivery can be attempted more than once — a worker may die after
 * the network accepted the post but before the result was recorded, and its lease then runs out.
 * Every adapter must make a repeated `publish` with the same `deliveryId` yield the same one post,
 * never a second one, and states how in `idempotency`:
 * - `record_key`: the post is written under a key derived from `deliveryId`; a repeat finds the key
 *   taken and returns the existing post (Bluesky's record key).
 * - `idempotency_key`: the network de-duplicates requests carrying the same key for long enough
 *   (Mastodon's `Idempotency-Key`, the webhook's `Idempotency-Key` header).
 * - `reconcile`: the network has neither; before any attempt after the first, the worker calls
 *   `reconcile`, which looks for a post made by an earlier attempt (a marker or the exact text in
 *   the account's recent posts) and returns it instead of posting again.
 */

/** The closed set of ways a network call fails, and what the worker does about each. */
export type PublishFailure =
  /** Credentials expired or revoked: `refreshAuth` if the adapter has it, else the delivery fails. */
  | { kind: 'auth_expired'; message: string }
  /** The network asked us to wait `retryAfterMs` before trying again; not counted as an attempt. */
  | { kind: 'rate_limited'; retryAfterMs: number; message: string }
  /** The network refused the content for good (too long, bad media, duplicate…): fail, no retry. */
  | { kind: 'rejected'; reason: string }
  /** Anything else (timeouts, 5xx, connection resets): retry with backoff while attempts remain. */
  | { kind: 'transient'; message: string };

/** Thrown by adapters for every failure; anything else thrown counts as `transient`. */
export class NetworkError extends Error {
  readonly failure: PublishFailure;
  constructor(failure: PublishFailure) {
    super(failure.kind === 'rejected' ? failure.reason : failure.message);
    this.name = 'NetworkError';
    this.failure = failure;
  }
}

/** Declarative limits of a network as the adapter sends to it (text limits live in core/text). */
export interface NetworkLimits {
  /** Most media attachments per post (0: the adapter sends no media). */
  maxMedia: number;
  /** MIME types the adapter can upload. */
  mediaTypes: readonly string[];
  /** Largest single media file in bytes. */
  maxMediaBytes: number;
}

export interface MediaInput {
  id: string;
  mimeType: string;
  /** The file's bytes (media are small: images up to a few MB). */
  bytes: Uint8Array;
  width: number | null;
  height: number | null;
  alt: string | null;
}

/** Where and as whom to talk to the network. */
export interface AdapterContext {
  /** The channel's credentials, unsealed. Field names are the adapter's own (see its README). */
  credentials: Record<string, string>;
  /** The channel's handle as stored (e.g. `bakery.bsky.social`, `@news@social.example`). */
  handle: string;
  /** HTTP client to use; tests hand in one that only reaches loopback or recorded exchanges. */
  fetch: typeof globalThis.fetch;
  /** Aborted when the worker gives up on the call (lease about to run out, shutdown). */
  signal: AbortSignal;
}

export interface PublishInput {
  /** The delivery's id: stable across attempts; the root of every idempotency key. */
  deliveryId: string;
  /** The post's id (the webhook sends it; others may ignore it). */
  postId: string;
  text: string;
  link: string | null;
  firstComment: string | null;
  media: MediaInput[];
  /** How many attempts came before this one (0 on the first). */
  previousAttempts: number;
}

/** A post as it now exists on the network. */
export interface Published {
  externalId: string;
  /** A public link to the post, when the network has one. */
  url: string | null;
  /** The network's reason, when it refused the first comment for good (see `withFirstComment`). */
  firstCommentRefused?: string;
}

/** The failure an error stands for: a `NetworkError`'s own, anything else `transient`. */
export function failureOf(err: unknown): PublishFailure {
  if (err instanceof NetworkError) return err.failure;
  return { kind: 'transient', message: err instanceof Error ? err.message : String(err) };
}

/**
 * The one rule for a first comment, sent by `send` after its post is out: if the network refuses
 * the comment for good (`rejected`), the post stays published — its id kept, never posted again —
 * and the refusal comes back in `firstCommentRefused` for the worker to record and tell the
 * author. Any other failure is thrown as it came: the attempt fails, and the next one finds the
 * post (by its key or by reconciling) and completes the comment. `classify` maps the adapter's own
 * errors to failures where `send` does not throw `NetworkError`s.
 */
export async function withFirstComment(
  post: Published,
  send: () => Promise<unknown>,
  classify: (err: unknown) => PublishFailure = failureOf,
): Promise<Published> {
  try {
    await send();
    return post;
  } catch (err) {
    const failure = classify(err);
    if (failure.kind !== 'rejected') throw err;
    return { ...post, firstCommentRefused: failure.reason };
  }
}

/** What connecting a channel learns from the network. */
export interface Connection {
  /** The account's handle as the network spells it. */
  handle: string;
  /** The account's display name, when the network has one. */
  displayName: string | null;
  /** Limits read from the network (e.g. a Mastodon instance's `max_characters`). */
  maxChars: number | null;
  /** Media limits read from the network, where it states them (a Mastodon instance does). */
  mediaLimits?: NetworkLimits;
  /** Credentials to store instead of the ones given (e.g. a session obtained from a password). */
  credentials?: Record<string, string>;
}

/** A problem `validate` finds before anything is sent (`path` as in API error details). */
export interface ValidationIssue {
  path: string;
  code: string;
  message: string;
}

export interface NetworkAdapter {
  readonly network: string;
  readonly idempotency: 'record_key' | 'idempotency_key' | 'reconcile';
  readonly limits: NetworkLimits;
  /** Names of the credential fields the adapter needs (checked when a channel is connected). */
  readonly credentialFields: readonly string[];
  /** Checks the credentials against the network and reads the account and its limits. */
  connect(ctx: AdapterContext): Promise<Connection>;
  /** Checks what can be checked without the network (media count and types, missing fields). */
  validate(input: PublishInput): ValidationIssue[];
  /** Publishes once per `deliveryId` (see the idempotency contract above). */
  publish(ctx: AdapterContext, input: PublishInput): Promise<Published>;
  /** For `reconcile` adapters: the post an earlier attempt made, or null if there is none. */
  reconcile?(ctx: AdapterContext, input: PublishInput): Promise<Published | null>;
  /** Exchanges expired credentials for fresh ones; the worker seals and stores them. */
  refreshAuth?(ctx: AdapterContext): Promise<Record<string, string>>;
  /** Removes a published post; removing one that is already gone is no error. */
  delete(ctx: AdapterContext, externalId: string): Promise<void>;
}

/** Maps an HTTP status (and its Retry-After header) to a failure, for adapters that speak HTTP. */
export function failureFromHttp(
  status: number,
  body: string,
  retryAfter: string | null,
  now: () => number = Date.now,
): PublishFailure {
  const message = `HTTP ${status}${body ? `: ${body.slice(0, 500)}` : ''}`;
  if (status === 401) return { kind: 'auth_expired', message };
  if (status === 429) {
    return { kind: 'rate_limited', retryAfterMs: retryAfterMs(retryAfter, now), message };
  }
  if (status === 408 || status >= 500) return { kind: 'transient', message };
  return { kind: 'rejected', reason: message };
}

/**
 * `Retry-After` as seconds or an HTTP date, or a reset time in epoch seconds or ISO form (the
 * `x-ratelimit-reset` headers of X and Mastodon); one minute when absent or unreadable.
 */
export function retryAfterMs(value: string | null, now: () => number = Date.now): number {
  const fallback = 60_000;
  if (!value) return fallback;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    const n = Number(trimmed);
    // Epoch seconds (a reset time) are far larger than any sane delay in seconds.
    return n > 1_000_000_000 ? Math.max(0, n * 1000 - now()) : n * 1000;
  }
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? fallback : Math.max(0, at - now());
}

/**
 * What every adapter checks of media before sending, against its declared `limits`: how many
 * files, which types, how large, and (where the network has one) the alt text's length. Adapters
 * add their network's own rules beside it.
 */
export function mediaIssues(
  limits: NetworkLimits,
  media: readonly MediaInput[],
  opts: { maxAltText?: number } = {},
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (media.length > limits.maxMedia) {
    issues.push({
      path: 'media',
      code: 'too_many_media',
      message: `At most ${limits.maxMedia} media files.`,
    });
  }
  media.forEach((m, i) => {
    if (!limits.mediaTypes.includes(m.mimeType)) {
      issues.push({
        path: `media.${i}`,
        code: 'media_type',
        message: `${m.mimeType} is not sent.`,
      });
    } else if (m.bytes.byteLength > limits.maxMediaBytes) {
      issues.push({
        path: `media.${i}`,
        code: 'media_too_large',
        message: `At most ${limits.maxMediaBytes} bytes per file.`,
      });
    }
    if (opts.maxAltText !== undefined && m.alt && m.alt.length > opts.maxAltText) {
      issues.push({
        path: `media.${i}.alt`,
        code: 'alt_too_long',
        message: `Alt text of at most ${opts.maxAltText} characters.`,
      });
    }
  });
  return issues;
}
