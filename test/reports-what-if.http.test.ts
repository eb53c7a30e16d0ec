import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGS } from '../src/app/demo/demo-orgs.ts';
import type { Post } from '../src/contracts/posts.ts';
import type { WhatIf } from '../src/contracts/reports.ts';
import { MODELS, type ModelKey } from '../src/core/governance/types.ts';
import { testClock, type TestClock } from './costs-history.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { demoSessions, seedDemoIndex, type SeededDemoOrg } from './demo.ts';
import { testDeps } from './factories.ts';
import { startTestServer, type Client, type TestServer } from './http.ts';
import { bodyOf, errorOf } from './responses.ts';

/**
 * The what-if over a demo organization's own history, through the API. Nordlicht Logistik
 * (coordinated: a hub covering the root, depots and departments acting on their own) gets a few
 * days of posts by a depot editor and a depot lead, some clean, some carrying a guideline warning
 * ("delay compensation" is a warned term of the company's voice); the hub approves one of them
 * 45 minutes after it was submitted. Its what-if shows the seed's trade-offs.
 */

const LOGISTICS = 'Nordlicht Logistik';
let database: TestDatabase;
let server: TestServer;
let clock: TestClock;
let demos: Map<string, SeededDemoOrg>;
let as: (org: string, who: string) => Promise<Client>;
/** Post ids by whether they carry a warning. */
const written = { clean: [] as string[], flagged: [] as string[] };

beforeAll(async () => {
  database = await createTestDatabase();
  clock = testClock(new Date(Date.now() - 3 * 86_400_000));
  const deps = { ...testDeps(database.db), now: clock.now };
  server = await startTestServer(deps);
  demos = await seedDemoIndex(deps);
  as = demoSessions(() => server);
  const org = demos.get(LOGISTICS)!;
  const munich = org.channelIds.get('munich.nordlicht.example')!;
  const hamburg = org.channelIds.get('NordlichtHamburg')!;
  const start = clock.now().getTime();
  let minute = 0;
  const write = async (who: string, channelId: string, text: string, spentMinutes: number) => {
    const api = await as(LOGISTICS, who);
    clock.set(new Date(start + minute++ * 60_000));
    const created = await api.post('/api/v1/posts', {
      language: 'de',
      variants: [{ channelId, text }],
      spentMinutes,
    });
    if (created.status !== 201) throw new Error(JSON.stringify(created.body));
    const id = (created.body as { id: string }).id;
    clock.set(new Date(start + minute++ * 60_000));
    const submitted = await api.post(`/api/v1/posts/${id}/submit`, {});
    if (submitted.status !== 200) throw new Error(JSON.stringify(submitted.body));
    (text.includes('delay compensation') ? written.flagged : written.clean).push(id);
    return id;
  };
  await write('Andreas Huber', munich, 'New loading bays in Munich', 20);
  await write('Andreas Huber', munich, 'Meet our night shift', 30);
  const flagged = await write(
    'Andreas Huber',
    munich,
    'About delay compensation after the storm',
    40,
  );
  await write('Andreas Huber', munich, 'Storm update: delay compensation is coming', 50);
  await write('Kai Petersen', hamburg, 'Hamburg depot open day', 60);
  await write('Kai Petersen', hamburg, 'Hamburg and delay compensation', 70);
  // The hub approves one flagged post 45 minutes after its submission.
  clock.set(new Date(start + 5 * 60_000 + 45 * 60_000));
  const approved = await (
    await as(LOGISTICS, 'Ben Carter')
  ).post(`/api/v1/posts/${flagged}/approval`, { decision: 'approve', spentMinutes: 12 });
  if (approved.status !== 200) throw new Error(JSON.stringify(approved.body));
  clock.set(new Date());
});
afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

async function whatIf(orgName: string, query = ''): Promise<WhatIf> {
  const admin = DEMO_ORGS.find((o) => o.name === orgName)!.members.find((m) => m.admin)!;
  const res = await (await as(orgName, admin.name)).get(`/api/v1/reports/what-if${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return bodyOf<WhatIf>(res);
}

const byModel = (r: WhatIf) =>
  Object.fromEntries(r.models.map((m) => [m.model, m])) as Record<
    ModelKey,
    WhatIf['models'][number]
  >;

describe('GET /reports/what-if on a demo organization', () => {
  it('replays the last days of posts through all five models, the current one marked', async () => {
    const r = await whatIf(LOGISTICS, '?days=7');
    expect(r.organizationId).toBe(demos.get(LOGISTICS)!.id);
    expect(r.currentModel).toBe('coordinated');
    expect(r.models.map((m) => m.model)).toEqual([...MODELS]);
    expect(r.models.filter((m) => m.current).map((m) => m.model)).toEqual(['coordinated']);
    for (const m of r.models) expect(m.posts).toBe(6);
    expect(r.skipped).toEqual({ count: 0, reasons: {} });
  });

  it('counts who can publish under each model, as worked out by hand', async () => {
    const m = byModel(await whatIf(LOGISTICS));
    const counts = (k: ModelKey) => {
      const c = m[k].members;
      return [c.publishDirectly, c.submitWithApproval, c.cannotSubmit];
    };
    // Ingrid (hub lead), Ben (hub editor), Kai (Hamburg lead), Svenja (Hamburg contributor),
    // Andreas (Munich editor), Rosa (Recruiting editor), Tim (Service member, untrained).
    // holistic: the trained and informed publish, Tim needs a trained peer.
    expect(counts('holistic')).toEqual([6, 1, 0]);
    // decentralized: the units' editors and leads (Kai, Andreas, Rosa); Svenja needs her lead;
    // the hub is an ordinary unit without a channel, so Ingrid and Ben cannot, nor can Tim.
    expect(counts('decentralized')).toEqual([3, 1, 3]);
    // coordinated: those three and the hub; Svenja needs approval; Tim has no role.
    expect(counts('coordinated')).toEqual([5, 1, 1]);
    // centralized: only the hub's editors and lead; everyone else may ask.
    expect(counts('centralized')).toEqual([2, 5, 0]);
    // multi_coordinated without regional hubs: the global hub publishes, the units ask.
    expect(counts('multi_coordinated')).toEqual([2, 4, 1]);
  });

  it('coordinated sends only the flagged posts to the hub, as the real submissions did', async () => {
    const r = await whatIf(LOGISTICS);
    const coordinated = byModel(r).coordinated;
    expect(written.flagged).toHaveLength(3);
    expect(coordinated).toMatchObject({
      submitted: 6,
      refused: 0,
      postsToHub: 3,
      hubSteps: 3,
      withoutApproval: 3,
    });
    // The chains the posts really got under the current model say the same.
    const admin = await as(LOGISTICS, 'Ingrid Olsen');
    for (const [ids, toHub] of [
      [written.flagged, true],
      [written.clean, false],
    ] as const) {
      for (const id of ids) {
        const post = bodyOf<Post>(await admin.get(`/api/v1/posts/${id}`));
        expect(
          post.approval.steps.some((s) => s.pool === 'hub'),
          id,
        ).toBe(toHub);
      }
    }
    // Centralized sends every post by a depot to the hub editors, and refuses the warned ones
    // (a warning blocks there); holistic lets the trained and informed authors publish.
    expect(byModel(r).centralized.refusalReasons).toEqual({ 'guidelines.warn_blocks': 3 });
    expect(byModel(r).holistic.postsToHub).toBe(0);
  });

  it('measures durations in this organization, defaults where it has none, overrides win', async () => {
    const r = await whatIf(LOGISTICS);
    // Create minutes per post 20, 30, 40, 50, 60, 70: median rank 3 → 40. One hub decision:
    // 12 minutes of review, a 45-minute hub wait. No step outside a hub, no hand-off time.
    expect(r.durations).toEqual({
      createMinutes: 40,
      reviewMinutesPerStep: 12,
      handoffMinutes: 15,
      stepWaitMinutes: 120,
      hubStepWaitMinutes: 45,
    });
    expect(r.sources).toEqual({
      createMinutes: 'measured',
      reviewMinutesPerStep: 'measured',
      handoffMinutes: 'default',
      stepWaitMinutes: 'default',
      hubStepWaitMinutes: 'measured',
    });
    const o = await whatIf(LOGISTICS, '?hubStepWaitMinutes=600&createMinutes=0');
    expect(o.durations).toMatchObject({ hubStepWaitMinutes: 600, createMinutes: 0 });
    expect(o.sources).toMatchObject({ hubStepWaitMinutes: 'override', createMinutes: 'override' });
    // Coordinated: three posts, one hub step each, 600 minutes.
    expect(byModel(o).coordinated.timeToPublish.p90Minutes).toBe(600);
  });

  it('a window without posts replays nothing', async () => {
    const r = await whatIf(LOGISTICS, '?days=1');
    for (const m of r.models) expect(m).toMatchObject({ posts: 0, submitted: 0, costCents: 0 });
  });

  it('on every demo organization: holistic the most who can publish, centralized the fewest of the hub models', async () => {
    for (const org of DEMO_ORGS) {
      const m = byModel(await whatIf(org.name));
      const direct = (k: ModelKey) => m[k].members.publishDirectly;
      for (const k of MODELS)
        expect(direct('holistic'), `${org.name} ${k}`).toBeGreaterThanOrEqual(direct(k));
      expect(direct('centralized'), org.name).toBeLessThan(direct('holistic'));
      expect(direct('centralized'), org.name).toBeLessThanOrEqual(direct('coordinated'));
      expect(direct('centralized'), org.name).toBeLessThanOrEqual(direct('multi_coordinated'));
      if (org.units.some((u) => u.hubCovers)) {
        // With a hub, decentralized takes the hub's rights away (it is a unit without a
        // channel there), so it counts fewer than coordinated, whose hub publishes anywhere.
        expect(direct('decentralized'), org.name).toBeLessThan(direct('coordinated'));
      } else {
        // Without one, nobody may publish under centralized, and decentralized is second only
        // to holistic.
        expect(direct('centralized'), org.name).toBe(0);
        for (const k of ['coordinated', 'centralized', 'multi_coordinated'] as const)
          expect(direct('decentralized'), `${org.name} ${k}`).toBeGreaterThanOrEqual(direct(k));
      }
    }
  });

  it('refuses a window out of range and durations that are not minutes', async () => {
    const admin = await as(LOGISTICS, 'Ingrid Olsen');
    for (const [q, path] of [
      ['days=0', 'querystring.days'],
      ['days=367', 'querystring.days'],
      ['createMinutes=-1', 'querystring.createMinutes'],
      ['hubStepWaitMinutes=1.5', 'querystring.hubStepWaitMinutes'],
      ['nonsense=1', 'querystring.nonsense'],
    ]) {
      const res = await admin.get(`/api/v1/reports/what-if?${q}`);
      expect(res.status, q).toBe(400);
      expect(errorOf(res).details[0]?.path, q).toBe(path);
    }
  });
});
