import { z } from 'zod';
import { idSchema, page, pageQuery } from './common.ts';

export const activityQuery = pageQuery.extend({
  kind: z.string().min(1).max(100).optional(),
  subjectType: z.string().min(1).max(100).optional(),
  subjectId: z.string().min(1).max(100).optional(),
});
export type ActivityQuery = z.infer<typeof activityQuery>;

export const activityItemSchema = z.object({
  /** Increasing in the order events were written (a bigint, as a string). */
  id: z.string(),
  kind: z.string(),
  actorId: idSchema.nullable(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  minutes: z.int().nullable(),
  createdAt: z.iso.datetime(),
});
export type ActivityItem = z.infer<typeof activityItemSchema>;

export const activityPage = page(activityItemSchema);
export type ActivityPage = z.infer<typeof activityPage>;
