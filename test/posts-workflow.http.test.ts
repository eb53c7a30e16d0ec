import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Post } from '../src/contracts/posts.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildMember, buildNewsroom, testDeps, type Newsroom } from './factories.ts';
import { signIn, startTestServer, type Client, type TestServer } from './http.ts';
import { bodyOf, detailOf } from './responses.ts';

/** Rounds, edits after approval, change requests, rejections, pausing and model switches. */

const DUE = '2030-01-08T09:00:00.000Z';

let database: TestDatabase;
let server: TestServer;
let room: Newsroom;
let author: Client;
let editor: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  room = await buildNewsroom(database.db);
  server = await startTestServer(testDeps(database.db));
  author = await signIn(server, room.author.email);
  editor = await signIn(server, room.editors[0].email);
});

afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

async function ok(res: Promise<{ status: number; body: unknown }>, status = 200): Promise<Post> {
  const r = await res;
  if (r.status !== status) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
  const body = r.body as Post | { post: Post };
  return 'post' in body ? body.post : body;
}

function draft(c: Client, variants: Record<string, unknown>[]): Promise<Post> {
  return ok(c.post('/api/v1/posts', { language: 'en', variants }), 201);
}

const text = (t: string) => [{ channelId: room.channels.mastodon, text: t }];

function stepsOf(postId: string) {
  return database.db
    .selectFrom('approval_steps')
    .select(['round', 'position', 'pool', 'pool_unit_id', 'status'])
    .where('post_id', '=', postId)
    .orderBy('round')
    .orderBy('position')
    .execute();
}

async function kinds(postId: string): Promise<string[]> {
  const rows = await database.db
    .selectFrom('activity')
    .select('kind')
    .where('subject_type', '=', 'post')
    .where('subject_id', '=', postId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.kind);
}

describe('rounds', () => {
  it('variants on two channels of one unit share one hub step', async () => {
    const post = await draft(author, [
      { channelId: room.channels.mastodon, text: 'Both.' },
      { channelId: room.channels.bluesky, text: 'Both.' },
    ]);
    const submitted = await ok(author.post(`/api/v1/posts/${post.id}/submit`, {}));
    expect(submitted.approval.steps.map((s) => [s.pool, s.unitId, s.channelIds])).toEqual([
      ['hub', room.hub, [room.channels.mastodon, room.channels.bluesky]],
    ]);
  });

  it('request changes, edit, resubmit: a new round; the old one stays as history', async () => {
    const post = await draft(author, text('First try.'));
    await ok(author.post(`/api/v1/posts/${post.id}/submit`, { spentMinutes: 3 }));
    const asked = await ok(
      editor.post(`/api/v1/posts/${post.id}/approval`, {
        decision: 'request_changes',
        comment: 'Say when.',
      }),
    );
    expect(asked.status).toBe('changes_requested');
    expect(asked.approval.steps[0]).toMatchObject({
      status: 'changes_requested',
      decisions: [{ decision: 'request_changes', comment: 'Say when.' }],
    });
    const edited = await ok(
      author.patch(`/api/v1/posts/${post.id}`, {
        version: asked.version,
        variants: text('Second try, on Tuesday.'),
      }),
    );
    expect(edited.status).toBe('changes_requested');
    const again = await ok(author.post(`/api/v1/posts/${post.id}/submit`, {}));
    expect(again).toMatchObject({ status: 'in_review', approval: { round: 2 } });
    expect(again.approval.steps.map((s) => s.status)).toEqual(['pending']);
    expect((await stepsOf(post.id)).map((s) => [s.round, s.status])).toEqual([
      [1, 'changes_requested'],
      [2, 'pending'],
    ]);
    // The editor decided in round 1; round 2 is a new question.
    const approved = await ok(
      editor.post(`/api/v1/posts/${post.id}/approval`, { decision: 'approve' }),
    );
    expect(approved.status).toBe('approved');
    expect(await kinds(post.id)).toEqual([
      'post.created',
      'post.submitted',
      'approval.changes_requested',
      'post.changes_requested',
      'post.updated',
      'post.submitted',
      'approval.approved',
      'post.approved',
    ]);
  });

  it('a rejected post can only be archived', async () => {
    const post = await draft(author, text('Off-topic.'));
    await ok(author.post(`/api/v1/posts/${post.id}/submit`, {}));
    const rejected = await ok(
      editor.post(`/api/v1/posts/${post.id}/approval`, { decision: 'reject', comment: 'No.' }),
    );
    expect(rejected.status).toBe('rejected');
    const edit = await author.patch(`/api/v1/posts/${post.id}`, {
      version: rejected.version,
      title: 'x',
    });
    expect(edit.status).toBe(409);
    expect(detailOf(edit).code).toBe('post.not_editable');
    const archived = await ok(author.post(`/api/v1/posts/${post.id}/archive`, {}));
    expect(archived.status).toBe('archived');
  });

  it('an edit after scheduling sends the post back through the chain', async () => {
    const post = await draft(author, [
      { channelId: room.channels.mastodon, text: 'On time.', dueAt: DUE },
    ]);
    await ok(author.post(`/api/v1/posts/${post.id}/submit`, {}));
    const scheduled = await ok(
      editor.post(`/api/v1/posts/${post.id}/approval`, { decision: 'approve' }),
    );
    expect(scheduled.status).toBe('scheduled');
    expect(scheduled.variants[0]!.delivery).toMatchObject({ status: 'scheduled' });
    // A title is no content: the post stays scheduled.
    const titled = await ok(
      author.patch(`/api/v1/posts/${post.id}`, { version: scheduled.version, title: 'Tuesday' }),
    );
    expect(titled.status).toBe('scheduled');
    const edited = await ok(
      author.patch(`/api/v1/posts/${post.id}`, {
        version: titled.version,
        variants: [{ channelId: room.channels.mastodon, text: 'On time, reworded.' }],
      }),
    );
    expect(edited).toMatchObject({ status: 'in_review', approval: { round: 2 } });
    expect(edited.variants[0]).toMatchObject({ dueAt: DUE, delivery: null });
    expect((await stepsOf(post.id)).map((s) => [s.round, s.status])).toEqual([
      [1, 'superseded'],
      [2, 'pending'],
    ]);
    const again = await ok(
      editor.post(`/api/v1/posts/${post.id}/approval`, { decision: 'approve' }),
    );
    expect(again.status).toBe('scheduled');
    expect((await kinds(post.id)).slice(-5)).toEqual([
      'post.updated',
      'post.resubmitted',
      'approval.approved',
      'post.approved',
      'post.scheduled',
    ]);
  });

  it('pause withdraws the deliveries, resume brings them back; clearing a due time unschedules', async () => {
    const post = await draft(author, [
      { channelId: room.channels.mastodon, text: 'Pausable.', dueAt: DUE },
    ]);
    await ok(author.post(`/api/v1/posts/${post.id}/submit`, {}));
    await ok(editor.post(`/api/v1/posts/${post.id}/approval`, { decision: 'approve' }));
    // The hub may pause others' posts (coordinated: pause_others is the hub's).
    const paused = await ok(editor.post(`/api/v1/posts/${post.id}/pause`, { spentMinutes: 1 }));
    expect(paused.status).toBe('paused');
    expect(paused.variants[0]!.delivery).toBeNull();
    const resumed = await ok(author.post(`/api/v1/posts/${post.id}/resume`, {}));
    expect(resumed.status).toBe('scheduled');
    expect(resumed.variants[0]!.delivery).toMatchObject({ status: 'scheduled', dueAt: DUE });
    const cleared = await ok(
      author.put(`/api/v1/posts/${post.id}/schedule`, {
        variants: [{ channelId: room.channels.mastodon, dueAt: null }],
      }),
    );
    expect(cleared.status).toBe('approved');
    expect(cleared.variants[0]!.delivery).toBeNull();
  });

  it('once approved, whoever may pause it on all its channels schedules it; before, only the author', async () => {
    const post = await draft(author, text('The hub picks the time.'));
    const lead = await signIn(server, room.lead.email);
    const at = [{ channelId: room.channels.mastodon, dueAt: DUE }];
    // A draft's times are its author's alone, also for the hub.
    const early = await editor.put(`/api/v1/posts/${post.id}/schedule`, { variants: at });
    expect(early.status).toBe(403);
    expect(detailOf(early).code).toBe('post.author_only');
    await ok(author.post(`/api/v1/posts/${post.id}/submit`, {}));
    const approved = await ok(
      editor.post(`/api/v1/posts/${post.id}/approval`, { decision: 'approve' }),
    );
    const listed = async (c: Client) =>
      bodyOf<{ items: Post[] }>(
        await c.get('/api/v1/posts?status=approved&manageable=true&limit=100'),
      ).items.map((p) => p.id);
    expect(await listed(editor)).toContain(post.id);
    expect(await listed(author)).toContain(post.id);
    expect(await listed(lead)).not.toContain(post.id);
    // Coordinated: pausing others' posts is the hub's, not the unit lead's.
    const refused = await lead.put(`/api/v1/posts/${post.id}/schedule`, { variants: at });
    expect(refused.status).toBe(403);
    expect(detailOf(refused).code).not.toBe('post.author_only');
    const scheduled = await ok(
      editor.put(`/api/v1/posts/${post.id}/schedule`, { version: approved.version, variants: at }),
    );
    expect(scheduled).toMatchObject({ status: 'scheduled', authorId: room.author.id });
    expect(scheduled.variants[0]!.delivery).toMatchObject({ status: 'scheduled', dueAt: DUE });
  });

  it('lists the posts whose open step waits for me (awaiting=me), page by page', async () => {
    const room2 = await buildNewsroom(database.db);
    const [hubA, hubB] = [
      await signIn(server, room2.editors[0].email),
      await signIn(server, room2.editors[1].email),
    ];
    const writer = await signIn(server, room2.author.email);
    const lead = await signIn(server, room2.lead.email);
    const posts: Post[] = [];
    for (const t of ['First', 'Second', 'Third']) {
      const p = await ok(
        writer.post('/api/v1/posts', {
          language: 'en',
          variants: [{ channelId: room2.channels.mastodon, text: `${t} for the hub.` }],
        }),
        201,
      );
      posts.push(await ok(writer.post(`/api/v1/posts/${p.id}/submit`, {})));
    }
    await draft(author, text('Another organization’s post is never in this queue.'));
    const awaiting = async (c: Client, query = '') => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await c.get(
          `/api/v1/posts?awaiting=me&limit=2${query}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        const page = bodyOf<{ items: Post[]; nextCursor: string | null }>(res);
        ids.push(...page.items.map((p) => p.id));
        cursor = page.nextCursor;
      } while (cursor);
      return ids;
    };
    const all = posts.map((p) => p.id).reverse();
    expect(await awaiting(hubA)).toEqual(all);
    expect(await awaiting(hubB)).toEqual(all);
    // Not the author's own posts, not someone outside the step's pool.
    expect(await awaiting(writer)).toEqual([]);
    expect(await awaiting(lead)).toEqual([]);
    expect(
      (await lead.post(`/api/v1/posts/${posts[0]!.id}/approval`, { decision: 'approve' })).status,
    ).toBe(403);
    expect(await awaiting(hubA, '&status=draft')).toEqual([]);

    // A step every hub editor must approve: after my approval it waits for the other one only.
    await database.db
      .updateTable('approval_steps')
      .set({ rule: 'all' })
      .where('post_id', '=', posts[0]!.id)
      .execute();
    const half = await ok(
      hubA.post(`/api/v1/posts/${posts[0]!.id}/approval`, { decision: 'approve' }),
    );
    expect(half.status).toBe('in_review');
    expect(await awaiting(hubA)).toEqual(all.slice(0, 2));
    expect(await awaiting(hubB)).toEqual(all);
    await ok(hubB.post(`/api/v1/posts/${posts[0]!.id}/approval`, { decision: 'approve' }));
    expect(await awaiting(hubB)).toEqual(all.slice(0, 2));

    // A unit stands for itself and the units below it: the posts of Dept are the root's too.
    const ofUnit = async (unitId: string) =>
      bodyOf<{ items: Post[] }>(
        await hubA.get(`/api/v1/posts?unitId=${unitId}&limit=100`),
      ).items.map((p) => p.id);
    expect(await ofUnit(room2.dept)).toEqual(all);
    expect(await ofUnit(room2.org.rootId)).toEqual(all);
    expect(await ofUnit(room2.hub)).toEqual([]);

    const bad = await hubA.get('/api/v1/posts?awaiting=you');
    expect(bad.status).toBe(400);
    expect(detailOf(bad).path).toBe('querystring.awaiting');
  });

  it('a new due time outside the posting window asks the hub again', async () => {
    const windowed = await buildNewsroom(database.db);
    const hubEditor = await signIn(server, windowed.editors[0].email);
    const deptEditor = await buildMember(database.db, windowed.org, {
      memberships: [{ unitId: windowed.dept, role: 'editor' }],
    });
    const c = await signIn(server, deptEditor.email);
    await ok(
      hubEditor.put(`/api/v1/units/${windowed.org.rootId}/guidelines`, {
        name: 'Office hours',
        rules: [
          {
            kind: 'posting_window',
            days: [1, 2, 3, 4, 5],
            start: '08:00',
            end: '18:00',
            severity: 'warn',
          },
        ],
      }),
    );
    // A unit editor publishes without the hub, unless a guideline warns (coordinated).
    const post = await ok(
      c.post('/api/v1/posts', {
        language: 'en',
        variants: [{ channelId: windowed.channels.mastodon, text: 'Tuesday morning.' }],
      }),
      201,
    );
    await ok(c.post(`/api/v1/posts/${post.id}/submit`, {}));
    const inWindow = await ok(
      c.put(`/api/v1/posts/${post.id}/schedule`, {
        variants: [{ channelId: windowed.channels.mastodon, dueAt: '2030-01-08T10:00:00Z' }],
      }),
    );
    expect(inWindow.status).toBe('scheduled');
    const night = await ok(
      c.put(`/api/v1/posts/${post.id}/schedule`, {
        variants: [{ channelId: windowed.channels.mastodon, dueAt: '2030-01-08T23:00:00Z' }],
      }),
    );
    expect(night).toMatchObject({ status: 'in_review', approval: { round: 2 } });
    expect(night.approval.steps.map((s) => [s.pool, s.unitId])).toEqual([['hub', windowed.hub]]);
  });
});

describe('a model switch', () => {
  it('recomputes the chains of posts in review, in the same transaction', async () => {
    const org = await buildNewsroom(database.db);
    const admin = await signIn(server, org.admin.email);
    const hubContributor = await buildMember(database.db, org.org, {
      memberships: [{ unitId: org.hub, role: 'contributor' }],
    });
    const c = await signIn(server, org.author.email);
    const h = await signIn(server, hubContributor.email);
    const post = await ok(
      c.post('/api/v1/posts', {
        language: 'en',
        variants: [{ channelId: org.channels.mastodon, text: 'Switch.' }],
      }),
      201,
    );
    await ok(c.post(`/api/v1/posts/${post.id}/submit`, {}));
    const hubPost = await ok(
      h.post('/api/v1/posts', {
        language: 'en',
        variants: [{ channelId: org.channels.mastodon, text: 'Hub.' }],
      }),
      201,
    );
    await ok(h.post(`/api/v1/posts/${hubPost.id}/submit`, {}));

    const switchTo = async (model: string) => {
      const preview = await admin.post('/api/v1/organization/model/preview', { model });
      expect(preview.status, JSON.stringify(preview.body)).toBe(200);
      const res = await admin.post('/api/v1/organization/model/apply', {
        model,
        expectedRevision: preview.body.revision,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return ok(c.get(`/api/v1/posts/${post.id}`));
    };
    const centralized = await switchTo('centralized');
    expect(centralized).toMatchObject({ status: 'in_review', approval: { round: 2 } });
    expect(centralized.approval.steps.map((s) => [s.pool, s.unitId])).toEqual([
      ['hub_editors', org.hub],
    ]);
    const decentralized = await switchTo('decentralized');
    expect(decentralized.approval.steps.map((s) => [s.pool, s.unitId])).toEqual([
      ['unit_leads', org.dept],
    ]);
    // In holistic a trained, informed author needs nobody: approved at once.
    const holistic = await switchTo('holistic');
    expect(holistic).toMatchObject({ status: 'approved', approval: { round: 4, steps: [] } });

    const events = await database.db
      .selectFrom('activity')
      .select(['kind', 'data'])
      .where('subject_id', '=', post.id)
      .where('kind', '=', 'post.chain_recomputed')
      .orderBy('id')
      .execute();
    expect(events.map((e) => [e.data.from, e.data.to, e.data.reason])).toEqual([
      ['coordinated', 'centralized', 'model_changed'],
      ['centralized', 'decentralized', 'model_changed'],
      ['decentralized', 'holistic', 'model_changed'],
    ]);
    // The hub contributor had no role in the department once hubs stopped counting: back to draft.
    const back = await ok(h.get(`/api/v1/posts/${hubPost.id}`));
    expect(back.status).toBe('draft');
    expect(await kinds(hubPost.id)).toContain('post.returned_to_draft');
  });
});

describe('listing', () => {
  it('pages through the posts with a cursor, newest first', async () => {
    const org = await buildNewsroom(database.db);
    const c = await signIn(server, org.author.email);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const p = await ok(
        c.post('/api/v1/posts', {
          language: 'en',
          variants: [{ channelId: org.channels.mastodon, text: `#${i}` }],
        }),
        201,
      );
      ids.unshift(p.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await c.get(`/api/v1/posts?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      const page = bodyOf<{ items: Post[]; nextCursor: string | null }>(res);
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids);
    const bad = await c.get('/api/v1/posts?cursor=nonsense');
    expect(bad.status).toBe(400);
    expect(detailOf(bad)).toMatchObject({ path: 'querystring.cursor', code: 'cursor.malformed' });
    const vague = await c.get('/api/v1/posts?manageable=yes');
    expect(vague.status).toBe(400);
    expect(detailOf(vague).path).toBe('querystring.manageable');
  });
});
