import { UNKNOWN_ID, bad, body, notFound, ref, type RouteEntry } from './bad-input.cases.ts';

/**
 * Comments, notifications and the calendar feed (the table's format: bad-input.cases.ts). The ids
 * name the member's post in review, which the admin sees, and the admin's unread notification: a
 * request wrongly accepted would write.
 */
export const CALENDAR_ROUTES: RouteEntry[] = [
  {
    route: 'POST /api/v1/posts/{id}/comments',
    id: ref('post'),
    base: { body: 'Looks good, @[Ada](6f1c2a1e-5b7d-4c3e-9a2f-1d2e3f4a5b6c)' },
    paths: body('body'),
    required: body('body'),
    cases: [
      bad('blank body', { body: { body: '   ' } }, 'too_small', 'body.body'),
      bad(
        '51 mentions',
        {
          body: {
            body: Array.from(
              { length: 51 },
              (_, i) => `@[M](6f1c2a1e-5b7d-4c3e-9a2f-${String(i).padStart(12, '0')})`,
            ).join(' '),
          },
        },
        'comment.too_many_mentions',
        'body.body',
      ),
      notFound(
        'a post that is not there',
        { id: UNKNOWN_ID, body: { body: 'Hello' } },
        'post.not_found',
      ),
    ],
  },
  {
    route: 'POST /api/v1/notifications/{id}/read',
    id: ref('notification'),
    cases: [
      notFound('the member’s', { id: ref('memberNotification') }, 'notification.not_found'),
      notFound('not there', { id: UNKNOWN_ID }, 'notification.not_found'),
    ],
  },
  { route: 'POST /api/v1/notifications/read-all', cases: [] },
  { route: 'POST /api/v1/calendar/feed', cases: [] },
];
