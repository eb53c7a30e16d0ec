import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Post, SubmitResult } from '../src/contracts/posts.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { demoSessions, seedDemoIndex, type SeededDemoOrg } from './demo.ts';
import { testDeps } from './factories.ts';
import { startTestServer, type TestServer } from './http.ts';
import { bodyOf, errorOf } from './responses.ts';

/**
 * One post through each demo organization's model, from draft to scheduled, as its own demo
 * members do it over the API (who is who: docs/POLICY.md, "A post through each model"). The
 * chains are written out by hand from DESIGN.md §3.
 */

/** Tuesday 8 January 2030, 10:00 in Berlin: inside every demo posting window. */
const DUE = '2030-01-08T09:00:00.000Z';

interface Walk {
  org: string;
  author: string;
  approver: string;
  /**
   * A member of the organization who tries to approve: refused with 403 `approval.not_in_pool`
   * and this reason, or 404 when the model does not even let them see a post in review.
   */
  outsider: [name: string, status: 403 | 404, reason: string];
  channel: string;
  language: string;
  text: string;
  /** The chain: pool and the name of the unit forming it (null: trained peers). */
  steps: [pool: string, unit: string | null][];
  /** Due time given with the draft (scheduled on approval) or set after approval. */
  dueWith: 'draft' | 'schedule';
}

const WALKS: Walk[] = [
  {
    org: 'Bäckerei Sonnenkorn',
    author: 'Paul Richter',
    approver: 'Aylin Demir',
    outsider: ['Mia Krause', 403, 'gate.uninformed'],
    channel: 'sonnenkorn.baeckerei',
    language: 'de',
    text: 'Frisch aus dem Ofen: unser Dinkelbrot mit Sonnenblumenkernen. #backstube',
    steps: [['trained_peers', null]],
    dueWith: 'draft',
  },
  {
    org: 'Kessler Antriebstechnik GmbH',
    author: 'Lena Hoffmann',
    approver: 'Sabine Vogt',
    outsider: ['Tobias Brandt', 403, 'model.decentralized.unit_leads_only'],
    channel: 'kessler-antriebstechnik',
    language: 'de',
    text: 'Neue Servoantriebe der Reihe KX: leiser, sparsamer, schneller montiert.',
    steps: [['unit_leads', 'Marketing']],
    dueWith: 'schedule',
  },
  {
    org: 'Nordlicht Logistik',
    author: 'Svenja Lund',
    approver: 'Ben Carter',
    outsider: ['Kai Petersen', 403, 'model.coordinated.hub_editors_only'],
    channel: 'NordlichtHamburg',
    language: 'de',
    text: 'Tag der offenen Tür im Depot Hamburg: Samstag ab 10 Uhr, mit Staplerfahren für Kinder.',
    steps: [['hub', 'Social Media Team']],
    dueWith: 'draft',
  },
  {
    org: 'Hanse Privatbank',
    author: 'Ole Hansen',
    approver: 'Moritz Albers',
    // Outside the hub one sees only published posts and one's own drafts.
    outsider: ['Carla Jensen', 404, 'post.not_found'],
    channel: 'HansePrivatbankHamburg',
    language: 'de',
    text: 'Unsere Filiale am Jungfernstieg hat ab Montag länger geöffnet. Keine Anlageberatung.',
    steps: [['hub_editors', 'Unternehmenskommunikation']],
    dueWith: 'schedule',
  },
  {
    org: 'Aurora Group',
    author: 'Camille Laurent',
    approver: 'Julien Moreau',
    // Raj approves for the global hub; this step belongs to the EMEA hub.
    outsider: ['Raj Malhotra', 403, 'approval.not_in_pool'],
    channel: '@aurora_fr@mastodon.example',
    language: 'fr',
    text: 'Aurora France ouvre un nouvel atelier à Lyon. Venez nous rendre visite !',
    steps: [['regional_hub', 'EMEA Social Hub']],
    dueWith: 'draft',
  },
];

let database: TestDatabase;
let server: TestServer;
let seeded: Map<string, SeededDemoOrg>;
const sessionOf = demoSessions(() => server);

beforeAll(async () => {
  database = await createTestDatabase();
  const deps = testDeps(database.db);
  seeded = await seedDemoIndex(deps);
  server = await startTestServer(deps);
});

afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

async function activityOf(postId: string) {
  return database.db
    .selectFrom('activity')
    .select(['kind', 'actor_id', 'data', 'minutes'])
    .where('subject_type', '=', 'post')
    .where('subject_id', '=', postId)
    .orderBy('id')
    .execute();
}

describe.each(WALKS)('a post through $org', (walk) => {
  it(`${walk.author} drafts, ${walk.approver} approves, the post is scheduled`, async () => {
    const org = seeded.get(walk.org)!;
    const author = await sessionOf(walk.org, walk.author);
    const approver = await sessionOf(walk.org, walk.approver);
    const outsider = await sessionOf(walk.org, walk.outsider[0]);
    const channelId = org.channelIds.get(walk.channel)!;
    const authorId = org.memberIds.get(walk.author)!;
    const approverId = org.memberIds.get(walk.approver)!;

    const created = await author.post('/api/v1/posts', {
      language: walk.language,
      title: `Walk through ${walk.org}`,
      labels: ['demo'],
      variants: [
        { channelId, text: walk.text, ...(walk.dueWith === 'draft' ? { dueAt: DUE } : {}) },
      ],
      spentMinutes: 12,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const draft = bodyOf<Post>(created);
    expect(draft).toMatchObject({ status: 'draft', version: 1, authorId, language: walk.language });
    expect(draft.approval).toEqual({ round: 0, steps: [] });

    const submitted = await author.post(`/api/v1/posts/${draft.id}/submit`, {
      version: 1,
      spentMinutes: 1,
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const { post: inReview, checks } = bodyOf<SubmitResult>(submitted);
    expect(inReview.status).toBe('in_review');
    expect(inReview.approval.round).toBe(1);
    expect(
      inReview.approval.steps.map((s) => [
        s.pool,
        s.unitId && org.unitNames.get(s.unitId),
        s.rule,
        s.status,
        s.channelIds,
      ]),
    ).toEqual(walk.steps.map(([pool, unit]) => [pool, unit, 'any', 'pending', [channelId]]));
    expect(checks).toEqual([
      expect.objectContaining({ channelId, findings: [], length: expect.any(Number) }),
    ]);

    const own = await author.post(`/api/v1/posts/${draft.id}/approval`, { decision: 'approve' });
    expect(own.status).toBe(403);
    expect(errorOf(own).details[0]!.code).toBe('approval.own_post');

    const refused = await outsider.post(`/api/v1/posts/${draft.id}/approval`, {
      decision: 'approve',
    });
    expect(refused.status).toBe(walk.outsider[1]);
    const codes = errorOf(refused).details.map((d) => d.code);
    if (walk.outsider[1] === 403) expect(codes[0]).toBe('approval.not_in_pool');
    expect(codes).toContain(walk.outsider[2]);

    const approved = await approver.post(`/api/v1/posts/${draft.id}/approval`, {
      decision: 'approve',
      comment: 'Passt.',
      spentMinutes: 4,
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    let post = bodyOf<Post>(approved);
    expect(post.approval.steps[0]).toMatchObject({
      status: 'approved',
      decisions: [{ memberId: approverId, decision: 'approve', comment: 'Passt.' }],
    });
    expect(post.approvedAt).not.toBeNull();

    if (walk.dueWith === 'schedule') {
      expect(post.status).toBe('approved');
      expect(post.variants[0]!.delivery).toBeNull();
      const scheduled = await author.put(`/api/v1/posts/${draft.id}/schedule`, {
        variants: [{ channelId, dueAt: DUE }],
        version: post.version,
      });
      expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(200);
      post = bodyOf<Post>(scheduled);
    }
    expect(post.status).toBe('scheduled');
    expect(post.variants[0]).toMatchObject({
      channelId,
      dueAt: DUE,
      delivery: { status: 'scheduled', dueAt: DUE, attempts: 0 },
    });
    const deliveries = await database.db
      .selectFrom('deliveries')
      .select(['channel_id', 'status', 'due_at'])
      .where('organization_id', '=', org.id)
      .where('post_id', '=', draft.id)
      .execute();
    expect(deliveries).toEqual([
      { channel_id: channelId, status: 'scheduled', due_at: new Date(DUE) },
    ]);

    const events = await activityOf(draft.id);
    expect(events.map((e) => [e.kind, e.actor_id, e.minutes])).toEqual([
      ['post.created', authorId, 12],
      ['post.submitted', authorId, 1],
      ['approval.approved', approverId, 4],
      ['post.approved', approverId, null],
      ...(walk.dueWith === 'schedule'
        ? [
            ['post.due_times_set', authorId, null],
            ['post.scheduled', authorId, null],
          ]
        : [['post.scheduled', approverId, null]]),
    ]);
    expect(events[1]!.data).toMatchObject({ from: 'draft', to: 'in_review', round: 1 });
    expect(events.at(-1)!.data).toMatchObject({ from: 'approved', to: 'scheduled' });

    // The approver sees it in the list of scheduled posts; another organization's member does not.
    const listed = bodyOf<{ items: Post[] }>(
      await approver.get(`/api/v1/posts?status=scheduled&channelId=${channelId}`),
    );
    expect(listed.items.map((p) => p.id)).toContain(draft.id);
    const other = await sessionOf(
      walk.org === 'Aurora Group' ? 'Nordlicht Logistik' : 'Aurora Group',
      walk.org === 'Aurora Group' ? 'Ben Carter' : 'Julien Moreau',
    );
    expect((await other.get(`/api/v1/posts/${draft.id}`)).status).toBe(404);
  });
});
