import { modelSettingsSchema } from '../core/governance/models.ts';
import { compileSnapshot } from '../core/governance/snapshot.ts';
import type { Snapshot } from '../core/governance/snapshot.ts';
import type { ModelKey, Role, SnapshotInput, UnitKind } from '../core/governance/types.ts';
import type { Db } from '../db/connect.ts';
import type { OrganizationRow } from '../db/schema.ts';
import type { Actor } from './deps.ts';
import { notFound } from './errors.ts';

export interface LoadedSnapshot {
  organization: OrganizationRow;
  snapshot: Snapshot;
  /** What the snapshot was compiled from (a model switch compiles it again under another model). */
  input: SnapshotInput;
}

const CACHE_LIMIT = 200;
const cache = new Map<string, LoadedSnapshot & { revision: string }>();

/**
 * The organization's compiled governance state. One cheap query reads the revision; the snapshot
 * is recompiled only when the revision moved (any process bumps it in the transaction that
 * changes units, members, memberships, channels, the model or the strategy).
 *
 * Inside a transaction nothing is cached: the transaction may see a revision that it then rolls
 * back, and a later commit could reuse that number for different rows.
 */
export async function loadSnapshot(
  db: Db,
  organizationId: string,
  knownRevision?: string,
): Promise<LoadedSnapshot> {
  const useCache = !db.isTransaction;
  if (useCache && knownRevision !== undefined) {
    const hit = cache.get(organizationId);
    if (hit?.revision === knownRevision) return hit;
  }
  const organization = await db
    .selectFrom('organizations')
    .selectAll()
    .where('id', '=', organizationId)
    .executeTakeFirst();
  if (!organization) throw notFound('organization');
  const hit = useCache ? cache.get(organizationId) : undefined;
  if (hit && hit.revision === organization.revision) return hit;
  const [units, members, memberships, channels] = await Promise.all([
    db.selectFrom('units').selectAll().where('organization_id', '=', organizationId).execute(),
    db
      .selectFrom('members')
      .select(['id', 'admin', 'trained_at', 'strategy_ack_version'])
      .where('organization_id', '=', organizationId)
      .execute(),
    db
      .selectFrom('memberships')
      .select(['member_id', 'unit_id', 'role'])
      .where('organization_id', '=', organizationId)
      .execute(),
    db
      .selectFrom('channels')
      .select(['id', 'unit_id', 'sensitive'])
      .where('organization_id', '=', organizationId)
      .execute(),
  ]);
  const input: SnapshotInput = {
    organizationId,
    model: organization.model as ModelKey,
    strategyVersion: organization.strategy_version,
    settings: modelSettingsSchema.parse(organization.model_settings),
    units: units.map((u) => ({
      id: u.id,
      parentId: u.parent_id,
      kind: u.kind as UnitKind,
      name: u.name,
      isHub: u.is_hub,
      covers: u.covers_unit_id,
      ...(u.contributors_need_lead === null
        ? {}
        : { contributorsNeedLead: u.contributors_need_lead }),
    })),
    members: members.map((m) => ({
      id: m.id,
      admin: m.admin,
      trained: m.trained_at !== null,
      strategyAckVersion: m.strategy_ack_version,
    })),
    memberships: memberships.map((m) => ({
      memberId: m.member_id,
      unitId: m.unit_id,
      role: m.role as Role,
    })),
    channels: channels.map((c) => ({ id: c.id, unitId: c.unit_id, sensitive: c.sensitive })),
  };
  const snapshot = compileSnapshot(input);
  if (useCache) {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(organizationId, { revision: organization.revision, organization, snapshot, input });
  }
  return { organization, snapshot, input };
}

/** The actor's organization's snapshot, reusing the revision read at authentication. */
export function loadActorSnapshot(db: Db, actor: Actor): Promise<LoadedSnapshot> {
  return loadSnapshot(db, actor.organizationId, actor.revision);
}

/** Forgets the cached snapshot after a committed change, so a later read in the same request cannot see the old one. */
export function forgetSnapshot(organizationId: string): void {
  cache.delete(organizationId);
}
