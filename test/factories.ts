import crypto from 'node:crypto';
import pino from 'pino';
import { bumpRevision } from '../src/app/activity.ts';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from '../src/app/auth/tokens.ts';
import { hashPassword } from '../src/app/auth/passwords.ts';
import type { Actor, Deps } from '../src/app/deps.ts';
import { createSecretBox } from '../src/app/secrets.ts';
import type { ModelKey, Role, UnitKind } from '../src/core/governance/types.ts';
import type { Db } from '../src/db/connect.ts';

/** Factories insert real rows. Each test builds its own organization, so tests share a database. */

export function testDeps(db: Db): Deps {
  return {
    db,
    secrets: createSecretBox(crypto.randomBytes(32)),
    logger: pino({ level: 'silent' }),
    now: () => new Date(),
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
  opts: { unitId?: string; network?: string; handle?: string; sensitive?: boolean } = {},
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
