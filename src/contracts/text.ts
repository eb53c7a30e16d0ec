import { z } from 'zod';
import { NETWORKS } from '../core/text/limits.ts';

export const textNetworkSchema = z.enum(NETWORKS);

/** Longest text (and content warning) the check accepts, in UTF-16 code units. */
export const TEXT_CHECK_MAX_CHARS = 100_000;

export const textCheckBody = z.strictObject({
  network: textNetworkSchema,
  text: z.string().max(TEXT_CHECK_MAX_CHARS),
  /** Replaces the network's default limit, e.g. a Mastodon instance's `max_characters`. */
  limit: z.int().min(1).max(1_000_000).optional(),
  /** Mastodon only: the content warning counts toward the limit. Ignored for other networks. */
  contentWarning: z.string().max(TEXT_CHECK_MAX_CHARS).optional(),
});
export type TextCheckInput = z.infer<typeof textCheckBody>;

const byteSliceSchema = z.object({ byteStart: z.int(), byteEnd: z.int() });

export const facetFeatureSchema = z.discriminatedUnion('$type', [
  z.object({ $type: z.literal('app.bsky.richtext.facet#link'), uri: z.string() }),
  z.object({
    $type: z.literal('app.bsky.richtext.facet#mention'),
    handle: z.string(),
    did: z.string().optional(),
  }),
  z.object({ $type: z.literal('app.bsky.richtext.facet#tag'), tag: z.string() }),
]);

/** A Bluesky rich-text facet (`app.bsky.richtext.facet`), byte ranges in UTF-8. */
export const facetSchema = z.object({
  index: byteSliceSchema,
  features: z.array(facetFeatureSchema),
});

export const textCountSchema = z.object({
  network: textNetworkSchema,
  /** The length as the network counts it (weighted for X, graphemes for Bluesky and Mastodon, …). */
  length: z.int(),
  limit: z.int(),
  /** Not blank, and `length` (and for Bluesky `bytes`) within the limits. */
  valid: z.boolean(),
  /** Bluesky: UTF-8 bytes and their fixed limit (3000). */
  bytes: z.int().optional(),
  byteLimit: z.int().optional(),
  /** Bluesky: links, mentions (handles, resolved to DIDs at publish time) and hashtags. */
  facets: z.array(facetSchema).optional(),
});
export type TextCountView = z.infer<typeof textCountSchema>;
