import { z } from 'zod';
import { NETWORKS as TEXT_NETWORKS } from '../core/text/limits.ts';
import { idSchema, nameSchema } from './common.ts';

/** The networks of core/text (one list, one order) and `webhook`, which posts no text of its own. */
export const NETWORKS = [...TEXT_NETWORKS, 'webhook'] as const;
export const networkSchema = z.enum(NETWORKS);
export type Network = z.infer<typeof networkSchema>;

export const handleSchema = z.string().trim().min(1).max(300);

/**
 * Network credentials (tokens, app passwords, webhook secrets) as named strings. They are sealed
 * before they reach the database and never leave the server again: responses say only
 * `hasCredentials`.
 */
export const credentialsSchema = z
  .record(z.string().min(1).max(100), z.string().max(10_000))
  .refine((c) => Object.keys(c).length <= 20, { message: 'At most 20 credential fields.' });

export const channelLimitsSchema = z.strictObject({
  maxChars: z.int().min(1).max(1_000_000).optional(),
});

export const channelSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  network: networkSchema,
  handle: z.string(),
  displayName: z.string(),
  hasCredentials: z.boolean(),
  sensitive: z.boolean(),
  limits: z.object({ maxChars: z.int().optional() }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Channel = z.infer<typeof channelSchema>;

export const createChannelBody = z.strictObject({
  unitId: idSchema,
  network: networkSchema,
  handle: handleSchema,
  displayName: nameSchema,
  credentials: credentialsSchema.optional(),
  sensitive: z.boolean().default(false),
  limits: channelLimitsSchema.optional(),
});
export type CreateChannelInput = z.infer<typeof createChannelBody>;

/** `credentials` replaces the stored set as a whole; `null` removes it. */
export const updateChannelBody = z.strictObject({
  unitId: idSchema.optional(),
  handle: handleSchema.optional(),
  displayName: nameSchema.optional(),
  sensitive: z.boolean().optional(),
  credentials: credentialsSchema.nullable().optional(),
  limits: channelLimitsSchema.optional(),
});
export type UpdateChannelInput = z.infer<typeof updateChannelBody>;
