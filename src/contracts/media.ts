import { z } from 'zod';
import { idSchema } from './common.ts';

export const mediaSchema = z.object({
  id: idSchema,
  /** Sniffed from the content, never taken from the client. */
  mimeType: z.string(),
  sizeBytes: z.int(),
  sha256: z.string(),
  originalName: z.string(),
  width: z.int().nullable(),
  height: z.int().nullable(),
  durationMs: z.int().nullable(),
  uploadedBy: idSchema.nullable(),
  createdAt: z.iso.datetime(),
});
export type Media = z.infer<typeof mediaSchema>;
