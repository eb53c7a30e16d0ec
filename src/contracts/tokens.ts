import { z } from 'zod';
import { idSchema, nameSchema } from './common.ts';

export const apiTokenSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** The first characters of the token, to recognize it. */
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createApiTokenBody = z.strictObject({
  name: nameSchema,
  /** Omitted: the token does not expire. */
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenBody>;

export const createdApiTokenSchema = apiTokenSchema.extend({
  /** `mrg_…`, shown once; only its hash is stored. */
  token: z.string(),
});
export type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;
