import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pino from 'pino';
import { bumpRevision } from '../src/app/activity.ts';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from '../src/app/auth/tokens.ts';
import { hashPassword } from '../src/app/auth/passwords.ts';
import type { Actor, Deps } from '../src/app/deps.ts';
import { localMediaStore } from '../src/app/media/store.ts';
import { sealCredentials } from '../src/app/channels/credentials.ts';
import { createSecretBox, type SecretBox } from '../src/app/secrets.ts';
import type { ModelKey, Role, UnitKind } from '../src/core/governance/types.ts';
import type { Db } from '../src/db/connect.ts';

/** Factories insert real rows. Each test builds its own organization, so tests share a database. */

export function testDeps(db: Db): Deps {
  return {
    db,
    secrets: createSecretBox(crypto.randomBytes(32)),
    logger: pino({ level: 'silent' }),
    now: () => new Date(),
    // A folder of its own per deps; the OS cleans its temp folder, tests need not.
    media: localMediaStore(
      path.join(os.tmpdir(), `mooring-media-${crypto.randomBytes(6).toString('hex')}`),
    ),
  };
}

export const TEST_PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;
function testPasswordHash(): Promise<string> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
}

export interface BuiltOrg {
  id: string;
  rootId: string;
}

export async function buildOrg(
  db: Db,
  opts: { model?: ModelKey; name?: string; strategyVersion?: number } = {},
): Promise<BuiltOrg> {
  const org = await db
    .insertInto('organizations')
    .values({
      name: opts.name ?? `Org ${crypto.randomBytes(3).toString('hex')}`,
      model: opts.model ?? 'decentralized',
      strategy_version: opts.strategyVersion ?? 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const root = await db
    .insertInto('units')
    .values({ organization_id: org.id, parent_id: null, name: 'Company', kind: 'company' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: org.id, rootId: root.id };
}

export async function buildUnit(
  db: Db,
  org: BuiltOrg,
  opts: {
    parentId?: string;
    name?: string;
    kind?: UnitKind;
    isHub?: boolean;
    covers?: string;
  } = {},
): Promise<string> {
  const row = await db
    .insertInto('units')
    .values({
      organization_id: org.id,
      parent_id: opts.parentId ?? org.rootId,
      name: opts.name ?? `Unit ${crypto.randomBytes(3).toString('hex')}`,
      kind: opts.kind ?? 'department',
      is_hub: opts.isHub ?? false,
      covers_unit_id: opts.covers ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await bumpRevision(db, org.id);
  return row.id;
}

export interface BuiltMember {
  id: string;
  email: string;
  actor: Actor;
}

export async function buildMember(
  db: Db,
  org: BuiltOrg,
  opts: {
    admin?: boolean;
    trained?: boolean;
    strategyAckVersion?: number;
    locale?: 'de' | 'en';
    memberships?: { unitId: string; role: Role }[];
    email?: string;
  } = {},
): Promise<BuiltMember> {
  const email = opts.email ?? `m-${crypto.randomBytes(5).toString('hex')}@example.test`;
  const row = await db
    .insertInto('members')
    .values({
      organization_id: org.id,
      email,
      name: email.split('@')[0]!,
      password_hash: await testPasswordHash(),
      locale: opts.locale ?? 'en',
      admin: opts.admin ?? false,
      trained_at: opts.trained === false ? null : new Date(),
      strategy_ack_version: opts.strategyAckVersion ?? 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const m of opts.memberships ?? []) {
    await db
      .insertInto('memberships')
      .values({ organization_id: org.id, member_id: row.id, unit_id: m.unitId, role: m.role })
      .execute();
  }
  await bumpRevision(db, org.id);
  return {
    id: row.id,
    email,
    actor: { memberId: row.id, organizationId: org.id, locale: opts.locale ?? 'en', via: 'token' },
  };
}

export async function buildChannel(
  db: Db,
  org: BuiltOrg,
  opts: {
    unitId?: string;
    network?: string;
    handle?: string;
    sensitive?: boolean;
    /** Sealed credentials (`sealCredentials(deps.secrets, …)`). */
    credentialsEnc?: string;
  } = {},
): Promise<string> {
  const row = await db
    .insertInto('channels')
    .values({
      organization_id: org.id,
      unit_id: opts.unitId ?? org.rootId,
      network: opts.network ?? 'mastodon',
      handle: opts.handle ?? `@acct${crypto.randomBytes(4).toString('hex')}@social.example`,
      display_name: 'Test channel',
      sensitive: opts.sensitive ?? false,
      credentials_enc: opts.credentialsEnc ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await bumpRevision(db, org.id);
  return row.id;
}

/** A personal API token for the member, as `Authorization: Bearer` sends it. */
export async function buildApiToken(db: Db, member: BuiltMember): Promise<string> {
  const token = newSecret(API_TOKEN_PREFIX);
  await db
    .insertInto('api_tokens')
    .values({
      organization_id: member.actor.organizationId,
      member_id: member.id,
      name: 'test',
      token_hash: hashSecret(token),
      prefix: token.slice(0, 8),
    })
    .execute();
  return token;
}

/** Statuses whose variants have a delivery row. */
const STATUSES_WITH_DELIVERY: readonly string[] = ['scheduled', 'publishing', 'published'];

export interface BuiltPost {
  id: string;
  /** Variant id per channel id, in the order of `channelIds`. */
  variantIds: Record<string, string>;
}

/**
 * A post with one variant per channel, inserted directly (no use case, no approval chain). With
 * a scheduled, publishing or published status each variant also gets its delivery. `variants`
 * overrides text, link or due time per channel.
 */
export async function buildPost(
  db: Db,
  org: BuiltOrg,
  opts: {
    unitId: string;
    authorId: string;
    channelIds: string[];
    status?: string;
    dueAt?: Date | string | null;
    campaignId?: string | null;
    title?: string;
    text?: string;
    link?: string | null;
    labels?: string[];
    language?: string;
    variants?: Record<
      string,
      { text?: string; link?: string | null; dueAt?: Date | string | null }
    >;
  },
): Promise<BuiltPost> {
  const status = opts.status ?? 'draft';
  const post = await db
    .insertInto('posts')
    .values({
      organization_id: org.id,
      unit_id: opts.unitId,
      author_id: opts.authorId,
      campaign_id: opts.campaignId ?? null,
      title: opts.title ?? '',
      labels: JSON.stringify(opts.labels ?? []),
      language: opts.language ?? 'en',
      status,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const variantIds: Record<string, string> = {};
  for (const channelId of opts.channelIds) {
    const own = opts.variants?.[channelId] ?? {};
    const dueAt = own.dueAt !== undefined ? own.dueAt : (opts.dueAt ?? null);
    const variant = await db
      .insertInto('post_variants')
      .values({
        organization_id: org.id,
        post_id: post.id,
        channel_id: channelId,
        text: own.text ?? opts.text ?? '',
        link: own.link !== undefined ? own.link : (opts.link ?? null),
        due_at: dueAt === null ? null : new Date(dueAt),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    variantIds[channelId] = variant.id;
    if (dueAt !== null && STATUSES_WITH_DELIVERY.includes(status)) {
      await db
        .insertInto('deliveries')
        .values({
          organization_id: org.id,
          post_id: post.id,
          variant_id: variant.id,
          channel_id: channelId,
          status,
          due_at: new Date(dueAt),
          run_at: new Date(dueAt),
        })
        .execute();
    }
  }
  return { id: post.id, variantIds };
}

export async function buildCampaign(
  db: Db,
  org: BuiltOrg,
  opts: {
    name?: string;
    startsAt?: Date | string | null;
    endsAt?: Date | string | null;
    masterPostId?: string | null;
  } = {},
): Promise<string> {
  const row = await db
    .insertInto('campaigns')
    .values({
      organization_id: org.id,
      name: opts.name ?? `Campaign ${crypto.randomBytes(3).toString('hex')}`,
      starts_at: opts.startsAt ? new Date(opts.startsAt) : null,
      ends_at: opts.endsAt ? new Date(opts.endsAt) : null,
      master_post_id: opts.masterPostId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface Newsroom {
  org: BuiltOrg;
  hub: string;
  dept: string;
  /** Admin (no unit role). */
  admin: BuiltMember;
  /** Contributor in `dept`: every post of theirs needs the hub. */
  author: BuiltMember;
  /** Editors of the hub covering the root: the approval pool. */
  editors: [BuiltMember, BuiltMember];
  /** Lead of `dept`: sees the posts, approves nothing. */
  lead: BuiltMember;
  channels: { mastodon: string; bluesky: string };
}

/**
 * A coordinated organization for the post workflow: a hub covering the root with two editors,
 * a department with a contributor (the author) and a lead, and a Mastodon and a Bluesky channel
 * of the department.
 */
export async function buildNewsroom(db: Db, opts: { model?: ModelKey } = {}): Promise<Newsroom> {
  const org = await buildOrg(db, { model: opts.model ?? 'coordinated' });
  const hub = await buildUnit(db, org, {
    name: 'Hub',
    kind: 'team',
    isHub: true,
    covers: org.rootId,
  });
  const dept = await buildUnit(db, org, { name: 'Dept' });
  const admin = await buildMember(db, org, { admin: true });
  const author = await buildMember(db, org, {
    memberships: [{ unitId: dept, role: 'contributor' }],
  });
  const editors: [BuiltMember, BuiltMember] = [
    await buildMember(db, org, { memberships: [{ unitId: hub, role: 'editor' }] }),
    await buildMember(db, org, { memberships: [{ unitId: hub, role: 'editor' }] }),
  ];
  const lead = await buildMember(db, org, { memberships: [{ unitId: dept, role: 'lead' }] });
  const mastodon = await buildChannel(db, org, { unitId: dept, network: 'mastodon' });
  const bluesky = await buildChannel(db, org, {
    unitId: dept,
    network: 'bluesky',
    handle: `dept-${crypto.randomBytes(4).toString('hex')}.bsky.example`,
  });
  return { org, hub, dept, admin, author, editors, lead, channels: { mastodon, bluesky } };
}

/**
 * `count` scheduled posts in one statement, each with one variant and its delivery, spread round
 * robin over `channelIds`, all due at `dueAt` (or at `dueAt + i * spreadMs`). For publishing tests
 * and benchmarks that need thousands of deliveries quickly. Returns the delivery ids.
 */
export async function buildScheduledDeliveries(
  db: Db,
  org: BuiltOrg,
  opts: {
    unitId: string;
    authorId: string;
    channelIds: string[];
    count: number;
    dueAt: Date;
    spreadMs?: number;
    textPrefix?: string;
  },
): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with p as (
      insert into posts (organization_id, unit_id, author_id, language, status, title, updated_at)
      select ${org.id}, ${opts.unitId}, ${opts.authorId}, 'en', 'scheduled', 'bulk ' || g, now()
      from generate_series(0, ${opts.count - 1}) g
      returning id
    ), numbered as (
      select id, (row_number() over (order by id)) - 1 as i from p
    ), v as (
      insert into post_variants (organization_id, post_id, channel_id, text, due_at, updated_at)
      select ${org.id}, n.id,
             (${opts.channelIds}::uuid[])[1 + (n.i % ${opts.channelIds.length})],
             ${opts.textPrefix ?? 'Bulk post'} || ' ' || n.i,
             ${opts.dueAt}::timestamptz + (n.i * ${opts.spreadMs ?? 0}) * interval '1 millisecond',
             now()
      from numbered n
      returning id, post_id, channel_id, due_at
    )
    insert into deliveries (organization_id, post_id, variant_id, channel_id, status, due_at, run_at, updated_at)
    select ${org.id}, v.post_id, v.id, v.channel_id, 'scheduled', v.due_at, v.due_at, now() from v
    returning id`.execute(db);
  return rows.map((r) => r.id);
}

export interface PublishingNewsroom {
  org: BuiltOrg;
  unit: string;
  author: BuiltMember;
  /** Webhook channels pointing at the receiver, credentials sealed with the given box. */
  hooks: string[];
}

/**
 * A decentralized organization with one unit, an editor and `hooks` webhook channels to the
 * receiver, for the publishing tests and benchmarks (whose worker processes unseal the
 * credentials with the same key).
 */
export async function buildPublishingNewsroom(
  db: Db,
  opts: { box: SecretBox; receiver: { url: string; secret: string }; hooks: number },
): Promise<PublishingNewsroom> {
  const org = await buildOrg(db, { model: 'decentralized' });
  const unit = await buildUnit(db, org, { name: 'Newsroom' });
  const author = await buildMember(db, org, { memberships: [{ unitId: unit, role: 'editor' }] });
  const credentialsEnc = sealCredentials(opts.box, {
    url: opts.receiver.url,
    secret: opts.receiver.secret,
  });
  const hooks: string[] = [];
  for (let i = 0; i < opts.hooks; i++) {
    hooks.push(
      await buildChannel(db, org, {
        unitId: unit,
        network: 'webhook',
        handle: `hook-${i}`,
        credentialsEnc,
      }),
    );
  }
  return { org, unit, author, hooks };
}
