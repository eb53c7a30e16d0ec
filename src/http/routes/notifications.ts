import {
  markAllNotificationsRead,
  markNotificationRead,
} from '../../app/notifications/mark-read.ts';
import { listNotifications } from '../../app/notifications/list-notifications.ts';
import { errorResponse, idParams } from '../../contracts/common.ts';
import {
  notificationPage,
  notificationSchema,
  notificationsQuery,
  readAllResponse,
} from '../../contracts/notifications.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export function notificationRoutes({ api, deps }: RouteContext): void {
  const tags = ['notifications'];
  api.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'Your notifications, newest first, cursor-paged, with your unread count',
        querystring: notificationsQuery,
        response: { 200: notificationPage, 400: errorResponse },
      },
    },
    async (req) => listNotifications(deps, actorOf(req), req.query),
  );
  api.post(
    '/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark one of your notifications as read',
        params: idParams,
        response: { 200: notificationSchema, 400: errorResponse, 404: errorResponse },
      },
    },
    async (req) => markNotificationRead(deps, actorOf(req), req.params.id),
  );
  api.post(
    '/notifications/read-all',
    {
      schema: {
        tags,
        summary: 'Mark all your notifications as read',
        response: { 200: readAllResponse },
      },
    },
    async (req) => markAllNotificationsRead(deps, actorOf(req)),
  );
}
