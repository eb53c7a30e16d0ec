import { z } from 'zod';
import { idSchema, pageQuery } from './common.ts';

/**
 * What a notification is about. `mention`: someone mentioned the member in a comment. The others
 * are for the workflows that call `notify` (approvals, publishing, duties).
 */
export const NOTIFICATION_KINDS = [
  'mention',
  'approval_requested',
  'approval_decided',
  'post_published',
  'post_failed',
  'post_comment_refused',
  'duty_assigned',
] as const;
export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

export const notificationSchema = z.object({
  id: idSchema,
  /** One of NOTIFICATION_KINDS (a plain string, so an older client survives a new kind). */
  kind: z.string(),
  postId: idSchema.nullable(),
  data: z.record(z.string(), z.unknown()),
  readAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationsQuery = pageQuery.extend({
  /** `true`: only unread ones. */
  unread: z.enum(['true', 'false']).optional(),
});
export type NotificationsQuery = z.infer<typeof notificationsQuery>;

export const notificationPage = z.object({
  items: z.array(notificationSchema),
  nextCursor: z.string().nullable(),
  /** All of the member's unread notifications, not only this page's. */
  unreadCount: z.int(),
});
export type NotificationPage = z.infer<typeof notificationPage>;

export const readAllResponse = z.object({
  /** How many were unread and are read now. */
  marked: z.int(),
  unreadCount: z.int(),
});
export type ReadAllResult = z.infer<typeof readAllResponse>;
