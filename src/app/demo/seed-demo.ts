import { sql } from 'kysely';
import type { ModelKey } from '../../core/governance/types.ts';
import { guidelineRuleSchema } from '../../core/guidelines/rules.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Deps } from '../deps.ts';
import { recordActivity } from '../activity.ts';
import { DEMO_ORGS, DEMO_PASSWORD, type DemoOrg } from './demo-orgs.ts';

export interface DemoSummary {
  organizationId: string;
  name: string;
  model: ModelKey;
  members: { email: string; password: string; units: string[]; roles: string[]; admin: boolean }[];
}

/**
 * Seeds the five demo organizations. Idempotent: an organization whose first member already
 * exists is left as it is and reported again.
 */
export async function seedDemo(deps: Deps): Promise<DemoSummary[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const out: DemoSummary[] = [];
  for (const org of DEMO_ORGS) {
    const existing = await deps.db
      .selectFrom('members')
      .select('organization_id')
      .where(sql`lower(email)`, '=', org.members[0]!.email.toLowerCase())
      .executeTakeFirst();
    const organizationId =
      existing?.organization_id ??
      (await deps.db
        .transaction()
        .execute((tx) => insertOrg({ ...deps, db: tx }, org, passwordHash)));
    out.push(summarize(org, organizationId));
  }
  return out;
}

/**
 * Seeds one more copy of a demo organization, under `model` and with `+tag` in every email (emails
 * are unique across organizations): the same people, units, channels and strategy, so a test can
 * compare an organization switched to `model` with one that had it from the start.
 */
export async function seedDemoCopy(
  deps: Deps,
  name: string,
  opts: { model: ModelKey; tag: string },
): Promise<DemoSummary> {
  const original = DEMO_ORGS.find((o) => o.name === name);
  if (!original) throw new Error(`no demo organization ${name}`);
  const org: DemoOrg = {
    ...original,
    model: opts.model,
    members: original.members.map((mb) => ({
      ...mb,
      email: mb.email.replace('@', `+${opts.tag}@`),
    })),
  };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const organizationId = await deps.db
    .transaction()
    .execute((tx) => insertOrg({ ...deps, db: tx }, org, passwordHash));
  return summarize(org, organizationId);
}

function summarize(org: DemoOrg, organizationId: string): DemoSummary {
  const unitName = new Map(org.units.map((u) => [u.key, u.name]));
  return {
    organizationId,
    name: org.name,
    model: org.model,
    members: org.members.map((mb) => ({
      email: mb.email,
      password: DEMO_PASSWORD,
      units: mb.memberships.map(([u]) => unitName.get(u)!),
      roles: mb.memberships.map(([, r]) => r),
      admin: mb.admin ?? false,
    })),
  };
}

async function insertOrg(deps: Deps, org: DemoOrg, passwordHash: string): Promise<string> {
  const { db } = deps;
  const { id: organizationId } = await db
    .insertInto('organizations')
    .values({
      name: org.name,
      model: org.model,
      locale: org.locale,
      time_zone: org.timeZone,
      strategy_version: 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const unitIds = new Map<string, string>();
  for (const u of org.units) {
    const row = await db
      .insertInto('units')
      .values({
        organization_id: organizationId,
        parent_id: u.parent ? unitIds.get(u.parent)! : null,
        name: u.name,
        kind: u.kind,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    unitIds.set(u.key, row.id);
  }
  // Hubs after all units exist: a hub may cover a unit declared after it.
  for (const u of org.units.filter((x) => x.hubCovers)) {
    await db
      .updateTable('units')
      .set({ is_hub: true, covers_unit_id: unitIds.get(u.hubCovers!)! })
      .where('id', '=', unitIds.get(u.key)!)
      .execute();
  }

  const memberIds: string[] = [];
  for (const mb of org.members) {
    const row = await db
      .insertInto('members')
      .values({
        organization_id: organizationId,
        email: mb.email,
        name: mb.name,
        password_hash: passwordHash,
        locale: mb.locale,
        admin: mb.admin ?? false,
        trained_at: mb.trained ? new Date() : null,
        strategy_ack_version: mb.informed ? 1 : 0,
        weekly_minutes: Math.round(mb.weeklyHours * 60),
        hourly_rate_cents: mb.hourlyRateCents,
        on_site: mb.onSite ?? true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    memberIds.push(row.id);
    for (const [unit, role] of mb.memberships) {
      await db
        .insertInto('memberships')
        .values({
          organization_id: organizationId,
          member_id: row.id,
          unit_id: unitIds.get(unit)!,
          role,
        })
        .execute();
    }
  }

  for (const c of org.channels) {
    await db
      .insertInto('channels')
      .values({
        organization_id: organizationId,
        unit_id: unitIds.get(c.unit)!,
        network: c.network,
        handle: c.handle,
        display_name: c.displayName,
        sensitive: c.sensitive ?? false,
      })
      .execute();
  }

  for (const g of org.guidelines) {
    const set = await db
      .insertInto('guideline_sets')
      .values({ organization_id: organizationId, unit_id: unitIds.get(g.unit)!, name: g.name })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('guideline_rules')
      .values(
        g.rules.map((rule, position) => ({
          organization_id: organizationId,
          set_id: set.id,
          position,
          rule: JSON.stringify(guidelineRuleSchema.parse(rule)),
        })),
      )
      .execute();
  }

  const admin = memberIds[0]!;
  const strategy = await db
    .insertInto('strategy_versions')
    .values({
      organization_id: organizationId,
      version: 1,
      title: org.strategy.title,
      body: org.strategy.body,
      published_by: admin,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('goals')
    .values(
      org.strategy.goals.map((g) => ({
        organization_id: organizationId,
        strategy_version_id: strategy.id,
        unit_id: g.unit ? unitIds.get(g.unit)! : null,
        kpi: g.kpi,
        target: g.target,
        description: g.description,
      })),
    )
    .execute();
  const informed = org.members.flatMap((mb, i) => (mb.informed ? [memberIds[i]!] : []));
  await db
    .insertInto('acknowledgements')
    .values(
      informed.map((id) => ({
        organization_id: organizationId,
        member_id: id,
        subject: 'strategy',
        subject_version: 1,
      })),
    )
    .execute();

  await recordActivity(db, {
    organizationId,
    actorId: null,
    kind: 'organization.demo_seeded',
    subjectType: 'organization',
    subjectId: organizationId,
    data: { model: org.model },
  });
  return organizationId;
}
