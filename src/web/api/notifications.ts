import { notificationPage, readAllResponse } from '../../contracts/notifications.ts';
import { request } from './client.ts';

export function listNotifications(opts: { limit?: number; unread?: boolean } = {}) {
  return request(notificationPage, 'GET', '/notifications', {
    query: { limit: opts.limit ?? 20, unread: opts.unread },
  });
}

export function readAllNotifications() {
  return request(readAllResponse, 'POST', '/notifications/read-all', { body: {} });
}
