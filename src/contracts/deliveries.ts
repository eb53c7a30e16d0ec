import { z } from 'zod';
import { idSchema, pageQuery } from './common.ts';

export const DELIVERY_STATUSES = ['scheduled', 'publishing', 'published', 'failed'] as const;
export const deliveryStatusSchema = z.enum(DELIVERY_STATUSES);

export const FAILURE_KINDS = ['auth_expired', 'rate_limited', 'rejected', 'transient'] as const;

export const deliverySchema = z.object({
  id: idSchema,
  postId: idSchema,
  channelId: idSchema,
  network: z.string(),
  status: z.string(),
  dueAt: z.iso.datetime(),
  /** When it is tried next (`scheduled`), or when its worker's lease ends (`publishing`). */
  runAt: z.iso.datetime(),
  attempts: z.int(),
  externalId: z.string().nullable(),
  externalUrl: z.string().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  /** The last failure's class: one of FAILURE_KINDS. */
  failureKind: z.string().nullable(),
  lastError: z.string().nullable(),
  updatedAt: z.iso.datetime(),
});
export type Delivery = z.infer<typeof deliverySchema>;

export const deliveriesQuery = pageQuery.extend({
  status: deliveryStatusSchema.optional(),
  channelId: idSchema.optional(),
  postId: idSchema.optional(),
});
export type DeliveriesQuery = z.infer<typeof deliveriesQuery>;

export const deliveryPage = z.object({
  items: z.array(deliverySchema),
  nextCursor: z.string().nullable(),
  /** Per status, over every delivery the member sees (not only this page, not only the filter). */
  counts: z.object({
    scheduled: z.int(),
    publishing: z.int(),
    published: z.int(),
    failed: z.int(),
  }),
});
export type DeliveryPage = z.infer<typeof deliveryPage>;
