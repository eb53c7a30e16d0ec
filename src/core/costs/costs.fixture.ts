import type { ActivityEntry, PostTimeline, RateTable } from './activity.ts';

/*
 * A small fixed history for the figure and report tests; every expectation is computed by hand
 * from these rows. Time zone Europe/Berlin: UTC+1 until 2026-03-29 02:00, then UTC+2.
 *
 * Rates (cents per hour): alice 6000, bob 4550, carol 9000; dave has none (→ 0).
 *
 *  entry  UTC time           member  category    min  unit  channel  campaign  post  Berlin day
 *  e1     2026-03-02 08:00   alice   create       30  U1    C1       K1        P1    03-02
 *  e2     2026-03-02 09:00   alice   create       15  U1    C1       K1        P1    03-02
 *  e3     2026-03-02 12:00   carol   review       10  HUB   C1       K1        P1    03-02
 *  e4     2026-03-02 12:05   alice   coordinate    5  U1    C1       K1        P1    03-02
 *  e5     2026-03-03 23:30   bob     create       45  U2    C2       –         P2    03-04 (00:30)
 *  e6     2026-03-04 10:00   carol   review       20  HUB   C2       –         P2    03-04
 *  e7     2026-03-09 08:00   bob     respond       7  U2    C2       –         –     03-09
 *  e8     2026-03-10 08:00   dave    train       120  U2    –        –         –     03-10
 *  e9     2026-03-31 22:30   alice   plan         60  U1    –        –         –     04-01 (00:30 CEST)
 *
 * Posts:
 *  P1 alice U1 [C1] K1  created 03-02 08:00, published 03-02 14:00 (360 min)
 *     step hub 09:30 → 12:00 (150 min)
 *  P2 bob U2 [C2, C1]   created 03-03 23:30, published 03-04 11:00 (690 min)
 *     step unit_leads 03-04 00:00 → 01:00 (60 min), step hub 01:00 → 10:00 (540 min)
 *  P3 alice U1 [C1]     created 03-09 09:00, not published; step hub opened 10:00, still open
 *  P4 bob U2 [C2]       created 03-05 08:00, published 08:45:30 (45.5 min → 46, half up), no steps
 */

export const RATES: RateTable = {
  hourlyRateCents: new Map([
    ['alice', 6000],
    ['bob', 4550],
    ['carol', 9000],
  ]),
};

const at = (iso: string) => new Date(`${iso}Z`);

export const ENTRIES: ActivityEntry[] = [
  e('2026-03-02T08:00', 'alice', 'create', 30, 'U1', 'C1', 'K1', 'P1'),
  e('2026-03-02T09:00', 'alice', 'create', 15, 'U1', 'C1', 'K1', 'P1'),
  e('2026-03-02T12:00', 'carol', 'review', 10, 'HUB', 'C1', 'K1', 'P1'),
  e('2026-03-02T12:05', 'alice', 'coordinate', 5, 'U1', 'C1', 'K1', 'P1'),
  e('2026-03-03T23:30', 'bob', 'create', 45, 'U2', 'C2', null, 'P2'),
  e('2026-03-04T10:00', 'carol', 'review', 20, 'HUB', 'C2', null, 'P2'),
  e('2026-03-09T08:00', 'bob', 'respond', 7, 'U2', 'C2', null, null),
  e('2026-03-10T08:00', 'dave', 'train', 120, 'U2', null, null, null),
  e('2026-03-31T22:30', 'alice', 'plan', 60, 'U1', null, null, null),
];

export const TIMELINES: PostTimeline[] = [
  {
    postId: 'P1',
    authorId: 'alice',
    unitId: 'U1',
    channelIds: ['C1'],
    campaignId: 'K1',
    createdAt: at('2026-03-02T08:00'),
    publishedAt: at('2026-03-02T14:00'),
    approvalSteps: [
      { pool: 'hub', openedAt: at('2026-03-02T09:30'), decidedAt: at('2026-03-02T12:00') },
    ],
  },
  {
    postId: 'P2',
    authorId: 'bob',
    unitId: 'U2',
    channelIds: ['C2', 'C1'],
    createdAt: at('2026-03-03T23:30'),
    publishedAt: at('2026-03-04T11:00'),
    approvalSteps: [
      { pool: 'unit_leads', openedAt: at('2026-03-04T00:00'), decidedAt: at('2026-03-04T01:00') },
      { pool: 'hub', openedAt: at('2026-03-04T01:00'), decidedAt: at('2026-03-04T10:00') },
    ],
  },
  {
    postId: 'P3',
    authorId: 'alice',
    unitId: 'U1',
    channelIds: ['C1'],
    createdAt: at('2026-03-09T09:00'),
    publishedAt: null,
    approvalSteps: [{ pool: 'hub', openedAt: at('2026-03-09T10:00'), decidedAt: null }],
  },
  {
    postId: 'P4',
    authorId: 'bob',
    unitId: 'U2',
    channelIds: ['C2'],
    createdAt: at('2026-03-05T08:00'),
    publishedAt: at('2026-03-05T08:45:30'),
  },
];

function e(
  time: string,
  memberId: string,
  category: ActivityEntry['category'],
  minutes: number,
  unitId: string,
  channelId: string | null,
  campaignId: string | null,
  postId: string | null,
): ActivityEntry {
  return {
    at: at(time),
    memberId,
    kind: `test.${category}`,
    category,
    minutes,
    unitId,
    channelId,
    campaignId,
    postId,
  };
}
