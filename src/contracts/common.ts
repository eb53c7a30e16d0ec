import { z } from 'zod';

export const idSchema = z.uuid();
export const idParams = z.strictObject({ id: idSchema });

export const localeSchema = z.enum(['de', 'en']);
export const nameSchema = z.string().trim().min(1).max(200);
export const emailSchema = z.email().max(254);
export const passwordSchema = z.string().min(10).max(200);

export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(
      z.object({
        path: z.string().optional(),
        code: z.string(),
        message: z.string().optional(),
        params: z.record(z.string(), z.unknown()).optional(),
      }),
    ),
  }),
});

export const okResponse = z.object({ ok: z.literal(true) });

/** Cursor pagination: `cursor` is opaque to clients; `nextCursor` is null on the last page. */
export const pageQuery = z.strictObject({
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
