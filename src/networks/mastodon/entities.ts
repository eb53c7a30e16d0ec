import { z } from 'zod';

/**
 * The parts of Mastodon's entities the adapter reads (docs.joinmastodon.org/entities), parsed at
 * the boundary. Unknown fields are dropped; fields that servers speaking the Mastodon API
 * (Mastodon, GoToSocial, Akkoma…) may leave out are optional.
 */

/** `Account` as `verify_credentials` returns it (a CredentialAccount). */
export const accountSchema = z.object({
  id: z.string().min(1),
  username: z.string().min(1),
  /** `user` for a local account, `user@domain` for a remote one. */
  acct: z.string().min(1),
  display_name: z.string().nullish(),
});

/** `Instance` (v2); only `configuration` matters here. */
export const instanceSchema = z.object({
  /** LOCAL_DOMAIN: the domain of handles, which may differ from the host serving the API. */
  domain: z.string().min(1).optional(),
  configuration: z
    .object({
      statuses: z
        .object({
          max_characters: z.int().positive().optional(),
          max_media_attachments: z.int().nonnegative().optional(),
        })
        .optional(),
      media_attachments: z
        .object({
          supported_mime_types: z.array(z.string()).optional(),
          image_size_limit: z.int().positive().optional(),
          video_size_limit: z.int().positive().optional(),
        })
        .optional(),
    })
    .optional(),
});

/** `MediaAttachment`; `url` is null while the full-size file is still processing. */
export const mediaAttachmentSchema = z.object({
  id: z.string().min(1),
  url: z.string().nullish(),
});

/** `Status`; `url` is the public HTML page of the status. */
export const statusSchema = z.object({
  id: z.string().min(1),
  url: z.string().nullish(),
});

/** Mastodon's `Error` entity: `{ "error": "…", "error_description"?: "…" }`. */
export const errorSchema = z.object({
  error: z.string(),
  error_description: z.string().optional(),
});

export type MastodonAccount = z.infer<typeof accountSchema>;
export type MastodonInstance = z.infer<typeof instanceSchema>;
