import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action, ModelKey } from '../src/core/governance/types.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { demoSessions, seedDemoIndex, type SeededDemoOrg } from './demo.ts';
import { testDeps } from './factories.ts';
import { startTestServer, type TestServer } from './http.ts';
import { bodyOf } from './responses.ts';

/**
 * The five demo organizations, asked through the real API as their own demo members. The
 * expected answers are written out by hand from DESIGN.md §3 (and docs/POLICY.md where the design
 * leaves a question open), not computed by the engine. docs/POLICY.md ("What the demo
 * organizations show") quotes some of these rows.
 *
 * The decide endpoint knows no post, so guideline findings and campaign masters do not come into
 * play here: every post is assumed to pass the guidelines.
 */

type Target = { channel: string } | { unit: string };
/** An approval step: pool and the name of the unit forming it (null for trained peers). */
type Step = [pool: string, unit: string | null];

interface Expected {
  allowed: boolean;
  /** The approval chain (publish); [] otherwise and on every no. */
  steps: Step[];
  /** The reason that carries the answer; a failed gate must come first. */
  reason: string;
  scope?: string;
  /** The key reason as the member reads it, in their own language. */
  message?: string;
}

interface Row extends Expected {
  who: string;
  action: Action;
  on: Target;
}

const ch = (handle: string): Target => ({ channel: handle });
const unit = (name: string): Target => ({ unit: name });
const yes = (reason: string, steps: Step[] = [], message?: string): Expected => ({
  allowed: true,
  steps,
  reason,
  ...(message === undefined ? {} : { message }),
});
const no = (reason: string, message?: string): Expected => ({
  allowed: false,
  steps: [],
  reason,
  ...(message === undefined ? {} : { message }),
});
const sees = (scope: string, reason: string, message?: string): Expected => ({
  ...yes(reason, [], message),
  scope,
});
const row = (who: string, action: Action, on: Target, expected: Expected): Row => ({
  who,
  action,
  on,
  ...expected,
});

const DE_UNINFORMED =
  'Sie haben die aktuelle Strategie (Version 1) noch nicht bestätigt: Sie dürfen Entwürfe schreiben, aber nicht veröffentlichen oder freigeben.';

interface OrgTable {
  name: string;
  model: ModelKey;
  rows: Row[];
}

const TABLES: OrgTable[] = [
  {
    // Everyone takes part; trained and informed members publish, an untrained author needs one
    // trained peer; admins manage; trained members pause and reply.
    name: 'Bäckerei Sonnenkorn',
    model: 'holistic',
    rows: [
      row('Aylin Demir', 'publish', ch('sonnenkorn.baeckerei'), yes('grant.trained_member')),
      row(
        'Paul Richter',
        'publish',
        ch('sonnenkorn.baeckerei'),
        yes(
          'approval.untrained_author',
          [['trained_peers', null]],
          'Sie sind noch nicht geschult, deshalb muss eine geschulte Kollegin oder ein geschulter Kollege freigeben.',
        ),
      ),
      row('Mia Krause', 'draft', ch('@sonnenkorn@mastodon.example'), yes('grant.everyone')),
      row(
        'Mia Krause',
        'publish',
        ch('sonnenkorn.baeckerei'),
        no('gate.uninformed', DE_UNINFORMED),
      ),
      row('Mia Krause', 'approve', ch('BaeckereiSonnenkorn'), no('gate.uninformed')),
      row('Paul Richter', 'approve', ch('BaeckereiSonnenkorn'), no('gate.untrained')),
      row('Jonas Weber', 'approve', ch('BaeckereiSonnenkorn'), yes('grant.pool')),
      row('Greta Sonnenkorn', 'approve', ch('BaeckereiSonnenkorn'), yes('grant.pool')),
      row('Greta Sonnenkorn', 'manage_guidelines', unit('Bäckerei Sonnenkorn'), yes('grant.admin')),
      row('Jonas Weber', 'manage_guidelines', unit('Backstube'), no('model.holistic.admins_only')),
      row('Greta Sonnenkorn', 'manage_channels', unit('Laden & Café'), yes('grant.admin')),
      row('Jonas Weber', 'manage_channels', unit('Backstube'), no('model.holistic.admins_only')),
      row('Aylin Demir', 'pause_others', ch('BaeckereiSonnenkorn'), yes('grant.trained_member')),
      row(
        'Paul Richter',
        'pause_others',
        ch('BaeckereiSonnenkorn'),
        no('model.holistic.admins_or_trained'),
      ),
      row(
        'Aylin Demir',
        'reply_inbox',
        ch('@sonnenkorn@mastodon.example'),
        yes('grant.trained_member', [], 'Sie sind geschult.'),
      ),
      row(
        'Paul Richter',
        'reply_inbox',
        ch('@sonnenkorn@mastodon.example'),
        no('model.holistic.trained_only'),
      ),
      row('Mia Krause', 'reply_inbox', ch('@sonnenkorn@mastodon.example'), no('gate.uninformed')),
      row('Paul Richter', 'view_calendar', ch('sonnenkorn.baeckerei'), sees('all', 'calendar.all')),
    ],
  },
  {
    // Each department on its own: U's editors+ publish, contributors need a U lead (the default),
    // U's leads manage channels and pause, the root's guidelines are the admins'.
    name: 'Kessler Antriebstechnik GmbH',
    model: 'decentralized',
    rows: [
      row(
        'Lena Hoffmann',
        'publish',
        ch('kessler-antriebstechnik'),
        yes(
          'approval.contributor_needs_lead',
          [['unit_leads', 'Marketing']],
          'Beiträge von Mitwirkenden brauchen die Freigabe durch die Leitung der Einheit.',
        ),
      ),
      row(
        'Tobias Brandt',
        'publish',
        ch('kessler-antriebstechnik'),
        yes('grant.unit_role', [], 'Sie haben die Rolle „Redaktion“ in Marketing.'),
      ),
      row(
        'Markus Engel',
        'publish',
        ch('kessler-antriebstechnik'),
        no('model.decentralized.unit_contributors_only'),
      ),
      // Sensitive, but the decentralized model asks no one extra.
      row('Markus Engel', 'publish', ch('KesslerPresse'), yes('grant.unit_role')),
      row('Felix Neumann', 'draft', ch('kessler-vertrieb'), yes('grant.unit_role')),
      row('Felix Neumann', 'publish', ch('kessler-vertrieb'), no('gate.uninformed', DE_UNINFORMED)),
      row('Claudia Roth', 'approve', ch('kessler-vertrieb'), yes('grant.pool')),
      row(
        'Tobias Brandt',
        'approve',
        ch('kessler-antriebstechnik'),
        no('model.decentralized.unit_leads_only'),
      ),
      row('Sabine Vogt', 'manage_channels', unit('Marketing'), yes('grant.unit_role')),
      row(
        'Tobias Brandt',
        'manage_channels',
        unit('Marketing'),
        no('model.decentralized.unit_leads_only'),
      ),
      row(
        'Sabine Vogt',
        'manage_channels',
        unit('Vertrieb'),
        no(
          'model.decentralized.unit_leads_only',
          'Im dezentralen Modell darf das nur die Leitung der Einheit.',
        ),
      ),
      row(
        'Dr. Helmut Kessler',
        'manage_guidelines',
        unit('Kessler Antriebstechnik GmbH'),
        yes('grant.admin'),
      ),
      row(
        'Sabine Vogt',
        'manage_guidelines',
        unit('Kessler Antriebstechnik GmbH'),
        no('model.decentralized.root_admins_only'),
      ),
      row('Markus Engel', 'manage_guidelines', unit('Presse & PR'), yes('grant.unit_role')),
      row('Sabine Vogt', 'pause_others', ch('kessler-antriebstechnik'), yes('grant.unit_role')),
      row(
        'Sevgi Arslan',
        'pause_others',
        ch('kessler-antriebstechnik'),
        no('model.decentralized.unit_leads_only'),
      ),
      row(
        'Nico Berger',
        'reply_inbox',
        ch('@kessler_service@mastodon.example'),
        yes('grant.unit_role'),
      ),
      row(
        'Nico Berger',
        'reply_inbox',
        ch('kessler-antriebstechnik'),
        no('model.decentralized.unit_members_only'),
      ),
      row(
        'Nico Berger',
        'view_calendar',
        ch('kessler-antriebstechnik'),
        sees('read_only', 'calendar.read_only'),
      ),
      row(
        'Sabine Vogt',
        'view_calendar',
        ch('kessler-antriebstechnik'),
        sees('all', 'calendar.all'),
      ),
    ],
  },
  {
    // Hub-and-spoke: U's editors+ publish, contributors go through the hub, hub editors publish
    // everywhere; U's leads and the hub manage channels; only the hub pauses and approves.
    name: 'Nordlicht Logistik',
    model: 'coordinated',
    rows: [
      row(
        'Ben Carter',
        'publish',
        ch('nordlicht-logistik'),
        yes('grant.hub_editor', [], 'You are an editor or lead in the hub Social Media Team.'),
      ),
      row('Ben Carter', 'publish', ch('NordlichtHamburg'), yes('grant.hub_editor')),
      row('Andreas Huber', 'publish', ch('munich.nordlicht.example'), yes('grant.unit_role')),
      // The root's channel is not the Munich depot's: roles inherit down, never up.
      row(
        'Andreas Huber',
        'publish',
        ch('nordlicht-logistik'),
        no('model.coordinated.unit_contributors_or_hub'),
      ),
      row(
        'Svenja Lund',
        'publish',
        ch('NordlichtHamburg'),
        yes(
          'approval.needs_hub',
          [['hub', 'Social Media Team']],
          'Der Hub muss diesen Beitrag freigeben.',
        ),
      ),
      row('Ben Carter', 'approve', ch('NordlichtHamburg'), yes('grant.pool')),
      row(
        'Kai Petersen',
        'approve',
        ch('NordlichtHamburg'),
        no('model.coordinated.hub_editors_only'),
      ),
      row('Tim Schulz', 'approve', ch('munich.nordlicht.example'), no('gate.untrained')),
      row('Kai Petersen', 'manage_channels', unit('Depot Hamburg'), yes('grant.unit_role')),
      row(
        'Andreas Huber',
        'manage_channels',
        unit('Depot Munich'),
        no('model.coordinated.unit_leads_or_hub_editors'),
      ),
      row('Ben Carter', 'manage_channels', unit('Depot Munich'), yes('grant.hub_editor')),
      row('Ingrid Olsen', 'manage_guidelines', unit('Nordlicht Logistik'), yes('grant.hub_editor')),
      row(
        'Kai Petersen',
        'manage_guidelines',
        unit('Nordlicht Logistik'),
        no(
          'model.coordinated.hub_editors_only',
          'Im koordinierten Modell darf das nur die Redaktion des Hubs.',
        ),
      ),
      row('Kai Petersen', 'manage_guidelines', unit('Depot Hamburg'), yes('grant.unit_role')),
      row(
        'Kai Petersen',
        'pause_others',
        ch('NordlichtHamburg'),
        no('model.coordinated.hub_editors_only'),
      ),
      row('Ben Carter', 'pause_others', ch('NordlichtHamburg'), yes('grant.hub_editor')),
      row('Svenja Lund', 'reply_inbox', ch('NordlichtHamburg'), yes('grant.unit_role')),
      row(
        'Rosa Martínez',
        'reply_inbox',
        ch('NordlichtHamburg'),
        no(
          'model.coordinated.unit_members_or_hub',
          "In the coordinated model only the unit's members and the hub may do this.",
        ),
      ),
      row('Ben Carter', 'reply_inbox', ch('NordlichtHamburg'), yes('grant.hub_takeover')),
      row(
        'Tim Schulz',
        'view_calendar',
        ch('munich.nordlicht.example'),
        sees('all', 'calendar.all'),
      ),
    ],
  },
  {
    // The hub decides: everyone may draft a request, every post not by a hub editor needs a hub
    // editor; channels, guidelines, pausing are the hub's; others only suggest inbox replies.
    name: 'Hanse Privatbank',
    model: 'centralized',
    rows: [
      row(
        'Ole Hansen',
        'publish',
        ch('HansePrivatbankHamburg'),
        yes(
          'approval.non_hub_author',
          [['hub_editors', 'Unternehmenskommunikation']],
          'Beiträge von Personen außerhalb des Hubs brauchen die Freigabe durch die Redaktion des Hubs.',
        ),
      ),
      row(
        'Carla Jensen',
        'publish',
        ch('HansePrivatbankHamburg'),
        yes('approval.non_hub_author', [['hub_editors', 'Unternehmenskommunikation']]),
      ),
      row(
        'Wiebke Focken',
        'publish',
        ch('hanse-privatbank'),
        yes('approval.non_hub_author', [['hub_editors', 'Unternehmenskommunikation']]),
      ),
      row('Moritz Albers', 'publish', ch('HansePrivatbankHamburg'), yes('grant.hub_editor')),
      row('Moritz Albers', 'publish', ch('hanse-privatbank'), yes('grant.hub_editor')),
      row(
        'Dr. Jan Petersen',
        'draft',
        ch('hanse-privatbank'),
        yes(
          'grant.request',
          [],
          'Alle dürfen eine Anfrage entwerfen; der Hub entscheidet darüber.',
        ),
      ),
      row('Dr. Jan Petersen', 'publish', ch('hanse-privatbank'), no('gate.uninformed')),
      row('Moritz Albers', 'approve', ch('HansePrivatbankHamburg'), yes('grant.pool')),
      row(
        'Carla Jensen',
        'approve',
        ch('HansePrivatbankHamburg'),
        no('model.centralized.hub_only'),
      ),
      row(
        'Carla Jensen',
        'manage_channels',
        unit('Filiale Hamburg'),
        no(
          'model.centralized.hub_only',
          'Im zentralisierten Modell darf das nur der zentrale Hub.',
        ),
      ),
      row('Friederike Lange', 'manage_channels', unit('Filiale Hamburg'), yes('grant.hub_editor')),
      row(
        'Carla Jensen',
        'manage_guidelines',
        unit('Filiale Hamburg'),
        no('model.centralized.hub_only'),
      ),
      row('Moritz Albers', 'manage_guidelines', unit('Hanse Privatbank'), yes('grant.hub_editor')),
      row(
        'Carla Jensen',
        'pause_others',
        ch('HansePrivatbankHamburg'),
        no('model.centralized.hub_only'),
      ),
      row('Ole Hansen', 'reply_inbox', ch('HansePrivatbankHamburg'), no('inbox.suggest_only')),
      row(
        'Moritz Albers',
        'reply_inbox',
        ch('HansePrivatbankHamburg'),
        yes('grant.hub_contributor'),
      ),
      row(
        'Carla Jensen',
        'view_calendar',
        ch('HansePrivatbankHamburg'),
        sees('published_and_own', 'calendar.published_and_own'),
      ),
      row(
        'Moritz Albers',
        'view_calendar',
        ch('HansePrivatbankHamburg'),
        sees('all', 'calendar.all'),
      ),
    ],
  },
  {
    // Dandelion: authors in U go through U's regional hub; regional hub editors+ publish within
    // their region only, the global hub anywhere; drafts are visible within one's own region.
    name: 'Aurora Group',
    model: 'multi_coordinated',
    rows: [
      row(
        'Stefan Wolf',
        'publish',
        ch('aurora.deutschland'),
        yes(
          'approval.needs_regional_hub',
          [['regional_hub', 'EMEA Social Hub']],
          'Der regionale Hub der Einheit muss freigeben.',
        ),
      ),
      row(
        'Camille Laurent',
        'publish',
        ch('@aurora_fr@mastodon.example'),
        yes(
          'approval.needs_regional_hub',
          [['regional_hub', 'EMEA Social Hub']],
          "The unit's regional hub has to approve.",
        ),
      ),
      row(
        'Daniel Brooks',
        'publish',
        ch('usa.aurora-group.example'),
        yes('approval.needs_regional_hub', [['regional_hub', 'Americas Social Hub']]),
      ),
      // Untrained: training gates approving, not publishing.
      row(
        'Lucas Oliveira',
        'publish',
        ch('aurora.brasil'),
        yes('approval.needs_regional_hub', [['regional_hub', 'Americas Social Hub']]),
      ),
      row('Julien Moreau', 'publish', ch('aurora.deutschland'), yes('grant.hub_editor')),
      row('Julien Moreau', 'publish', ch('@aurora_fr@mastodon.example'), yes('grant.hub_editor')),
      row(
        'Julien Moreau',
        'publish',
        ch('usa.aurora-group.example'),
        no('model.multi_coordinated.unit_contributors_or_hubs'),
      ),
      row(
        'Julien Moreau',
        'publish',
        ch('AuroraGroup'),
        no('model.multi_coordinated.unit_contributors_or_hubs'),
      ),
      row('Raj Malhotra', 'publish', ch('usa.aurora-group.example'), yes('grant.hub_editor')),
      row('Raj Malhotra', 'publish', ch('aurora-group'), yes('grant.hub_editor')),
      row('Camille Laurent', 'draft', ch('@aurora_fr@mastodon.example'), yes('grant.unit_role')),
      row(
        'Stefan Wolf',
        'draft',
        ch('@aurora_fr@mastodon.example'),
        no('model.multi_coordinated.unit_contributors_or_hubs'),
      ),
      row('Julien Moreau', 'approve', ch('aurora.deutschland'), yes('grant.pool')),
      row(
        'Maria Santos',
        'approve',
        ch('aurora.deutschland'),
        no('model.multi_coordinated.hub_editors_only'),
      ),
      row(
        'Lucas Oliveira',
        'approve',
        ch('aurora.brasil'),
        no(
          'gate.untrained',
          'You have not yet completed the training in business policy and customer handling.',
        ),
      ),
      row('Eleanor Whitfield', 'manage_guidelines', unit('Aurora Group'), yes('grant.hub_editor')),
      row(
        'Katrin Albrecht',
        'manage_guidelines',
        unit('Aurora Group'),
        no('model.multi_coordinated.hub_editors_only'),
      ),
      row('Katrin Albrecht', 'manage_guidelines', unit('EMEA'), yes('grant.hub_editor')),
      row('Julien Moreau', 'manage_guidelines', unit('Aurora Germany'), yes('grant.hub_editor')),
      row(
        'Stefan Wolf',
        'manage_channels',
        unit('Aurora Germany'),
        no('model.multi_coordinated.unit_leads_or_hub_editors'),
      ),
      row('Julien Moreau', 'manage_channels', unit('Aurora Germany'), yes('grant.hub_editor')),
      row('Julien Moreau', 'pause_others', ch('aurora.deutschland'), yes('grant.hub_editor')),
      row(
        'Maria Santos',
        'pause_others',
        ch('aurora.deutschland'),
        no('model.multi_coordinated.hub_editors_only'),
      ),
      row('Stefan Wolf', 'reply_inbox', ch('aurora.deutschland'), yes('grant.unit_role')),
      row('Julien Moreau', 'reply_inbox', ch('aurora.deutschland'), yes('grant.hub_takeover')),
      row(
        'Daniel Brooks',
        'reply_inbox',
        ch('aurora.deutschland'),
        no('model.multi_coordinated.unit_members_or_hubs'),
      ),
      row(
        'Daniel Brooks',
        'view_calendar',
        ch('aurora.deutschland'),
        sees('published_only', 'calendar.published_only', 'You see published posts only.'),
      ),
      row(
        'Daniel Brooks',
        'view_calendar',
        ch('usa.aurora-group.example'),
        sees('all', 'calendar.all'),
      ),
      // The root's channels belong to no region.
      row(
        'Daniel Brooks',
        'view_calendar',
        ch('AuroraGroup'),
        sees('published_only', 'calendar.published_only'),
      ),
      row(
        'Stefan Wolf',
        'view_calendar',
        ch('@aurora_fr@mastodon.example'),
        sees('all', 'calendar.all', 'Sie sehen alle Beiträge im Kalender.'),
      ),
      row('Eleanor Whitfield', 'view_calendar', ch('aurora.brasil'), sees('all', 'calendar.all')),
    ],
  },
];

interface Answer {
  action: string;
  allowed: boolean;
  steps: { pool: string; unitId: string | null; rule: string }[];
  scope?: string;
  reasons: { code: string; params: Record<string, unknown>; message: string }[];
}

type SeededOrg = SeededDemoOrg;

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

function query(org: SeededOrg, action: Action, on: Target): string {
  if ('channel' in on) {
    const id = org.channelIds.get(on.channel);
    if (!id) throw new Error(`no demo channel ${on.channel}`);
    return `/api/v1/decide?action=${action}&channelId=${id}`;
  }
  const id = org.unitIds.get(on.unit);
  if (!id) throw new Error(`no demo unit ${on.unit}`);
  return `/api/v1/decide?action=${action}&unitId=${id}`;
}

const describeTarget = (on: Target) => ('channel' in on ? on.channel : `unit ${on.unit}`);

it('seeds one demo organization per model, and these tables cover each with 8+ rows', () => {
  expect(TABLES.map((t) => [t.name, t.model])).toEqual(
    [...seeded].map(([name, org]) => [name, org.model]),
  );
  expect(new Set(TABLES.map((t) => t.model)).size).toBe(5);
  for (const table of TABLES) {
    expect(table.rows.length, table.name).toBeGreaterThanOrEqual(8);
    expect(new Set(table.rows.map((r) => r.who)).size, table.name).toBeGreaterThanOrEqual(4);
  }
});

for (const table of TABLES) {
  describe(`${table.name} (${table.model})`, () => {
    for (const r of table.rows) {
      const verdict = r.allowed ? (r.steps.length ? 'yes, with approval' : 'yes') : 'no';
      it(`${r.who}: ${r.action} on ${describeTarget(r.on)} → ${verdict} (${r.reason})`, async () => {
        const org = seeded.get(table.name)!;
        const c = await sessionOf(table.name, r.who);
        const res = await c.get(query(org, r.action, r.on));
        expect(res.status).toBe(200);
        const answer = bodyOf<Answer>(res);
        const codes = answer.reasons.map((x) => x.code);
        expect(answer.action).toBe(r.action);
        // With the codes, so that a wrong verdict says why.
        expect({ allowed: answer.allowed, codes }).toMatchObject({ allowed: r.allowed });
        expect(
          answer.steps.map((s) => [s.pool, s.unitId && org.unitNames.get(s.unitId), s.rule]),
        ).toEqual(r.steps.map(([pool, unitName]) => [pool, unitName, 'any']));
        expect(codes).toContain(r.reason);
        if (r.reason.startsWith('gate.')) expect(codes[0]).toBe(r.reason);
        expect(answer.scope).toBe(r.scope);
        for (const reason of answer.reasons) expect(reason.message).not.toBe(reason.code);
        if (r.message !== undefined) {
          expect(answer.reasons.find((x) => x.code === r.reason)!.message).toBe(r.message);
        }
      });
    }
  });
}

describe('reasons in the member’s language', () => {
  it('the same answer reads in German for a German member and in English for an English one', async () => {
    const aurora = seeded.get('Aurora Group')!;
    const url = query(aurora, 'approve', ch('usa.aurora-group.example'));
    const katrin = bodyOf<Answer>(
      await (await sessionOf('Aurora Group', 'Katrin Albrecht')).get(url),
    );
    const raj = bodyOf<Answer>(await (await sessionOf('Aurora Group', 'Raj Malhotra')).get(url));
    // Katrin (de) leads the EMEA hub: not responsible for the USA. Raj (en) edits the global hub.
    expect(katrin.allowed).toBe(false);
    expect(katrin.reasons.map((x) => x.message)).toEqual([
      'Im mehrfach koordinierten Modell darf das nur die Redaktion der zuständigen Hubs.',
      'Sie gehören nicht zum zuständigen Hub.',
    ]);
    expect(raj.allowed).toBe(true);
    expect(raj.reasons.map((x) => x.message)).toEqual([
      'You are one of the approvers: the global hub.',
    ]);
  });

  it('follows the member’s locale, not the organization’s', async () => {
    // Nordlicht's locale is English; Kai Petersen reads German, Ingrid Olsen English.
    const nordlicht = seeded.get('Nordlicht Logistik')!;
    const url = query(nordlicht, 'manage_channels', unit('Depot Hamburg'));
    const kai = bodyOf<Answer>(
      await (await sessionOf('Nordlicht Logistik', 'Kai Petersen')).get(url),
    );
    const ingrid = bodyOf<Answer>(
      await (await sessionOf('Nordlicht Logistik', 'Ingrid Olsen')).get(url),
    );
    expect(kai.reasons.map((x) => x.message)).toEqual([
      'Sie haben die Rolle „Leitung“ in Depot Hamburg.',
    ]);
    expect(ingrid.reasons.map((x) => x.message)).toEqual([
      'You are an editor or lead in the hub Social Media Team.',
    ]);
  });
});
