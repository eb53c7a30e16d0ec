import { DEMO_ORGS, DEMO_PASSWORD } from '../src/app/demo/demo-orgs.ts';
import { seedDemo } from '../src/app/demo/seed-demo.ts';
import type { Deps } from '../src/app/deps.ts';
import type { ModelKey } from '../src/core/governance/types.ts';
import { signIn, type Client, type TestServer } from './http.ts';

/** A seeded demo organization with its rows looked up by the names the demo data uses. */
export interface SeededDemoOrg {
  id: string;
  model: ModelKey;
  /** Unit name → id, and back. */
  unitIds: Map<string, string>;
  unitNames: Map<string, string>;
  /** Channel handle → id. */
  channelIds: Map<string, string>;
  /** Member name → id. */
  memberIds: Map<string, string>;
}

/** Seeds the five demo organizations and indexes them by organization name. */
export async function seedDemoIndex(deps: Deps): Promise<Map<string, SeededDemoOrg>> {
  const index = new Map<string, SeededDemoOrg>();
  for (const s of await seedDemo(deps)) {
    const org = s.organizationId;
    const [units, channels, members] = await Promise.all([
      deps.db
        .selectFrom('units')
        .select(['id', 'name'])
        .where('organization_id', '=', org)
        .execute(),
      deps.db
        .selectFrom('channels')
        .select(['id', 'handle'])
        .where('organization_id', '=', org)
        .execute(),
      deps.db
        .selectFrom('members')
        .select(['id', 'name'])
        .where('organization_id', '=', org)
        .execute(),
    ]);
    index.set(s.name, {
      id: org,
      model: s.model,
      unitIds: new Map(units.map((u) => [u.name, u.id])),
      unitNames: new Map(units.map((u) => [u.id, u.name])),
      channelIds: new Map(channels.map((c) => [c.handle, c.id])),
      memberIds: new Map(members.map((m) => [m.name, m.id])),
    });
  }
  return index;
}

/** Sessions of demo members, each signed in once through POST /auth/login. */
export function demoSessions(
  server: () => TestServer,
): (orgName: string, who: string) => Promise<Client> {
  const sessions = new Map<string, Promise<Client>>();
  return (orgName, who) => {
    const member = DEMO_ORGS.find((o) => o.name === orgName)?.members.find((m) => m.name === who);
    if (!member) throw new Error(`no demo member ${who} in ${orgName}`);
    let session = sessions.get(member.email);
    if (!session) {
      session = signIn(server(), member.email, DEMO_PASSWORD);
      sessions.set(member.email, session);
    }
    return session;
  };
}
