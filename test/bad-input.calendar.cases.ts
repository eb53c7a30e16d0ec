import { UNKNOWN_ID, bad, body, notFound, type RouteEntry } from './bad-input.cases.ts';

/**
 * Comments, notifications and the calendar feed (the table's format: bad-input.cases.ts). The
 * populated organization has no posts or notifications, so the ids name nothing: a bad body is
 * still refused before the use case looks (400), a good one then finds nothing (404).
 */
export const CALENDAR_ROUTES: RouteEntry[] = [
  {
    route: 'POST /api/v1/posts/{id}/comments',
    id: UNKNOWN_ID,
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
      notFound('a post that is not there', { body: { body: 'Hello' } }, 'post.not_found'),
    ],
  },
  {
    route: 'POST /api/v1/notifications/{id}/read',
    id: UNKNOWN_ID,
    cases: [notFound('not one of yours', {}, 'notification.not_found')],
  },
  { route: 'POST /api/v1/notifications/read-all', cases: [] },
  { route: 'POST /api/v1/calendar/feed', cases: [] },
];
