import { sql } from 'kysely';
import type { Member, Membership } from '../../contracts/members.ts';
import type { Role } from '../../core/governance/types.ts';
import type { Db } from '../../db/connect.ts';
import { notFound } from '../errors.ts';

/**
 * The member columns that may leave the server: never `password_hash` nor the invite hash, only
 * whether an invitation is still pending.
 */
export const MEMBER_COLUMNS = [
  'members.id',
  'members.email',
  'members.name',
  'members.locale',
  'members.admin',
  'members.trained_at',
  'members.strategy_ack_version',
  'members.weekly_minutes',
  'members.hourly_rate_cents',
  'members.on_site',
  'members.email_notifications',
  'members.created_at',
  sql<boolean>`members.password_hash is null`.as('invite_pending'),
] as const;

export interface MemberViewRow {
  id: string;
  email: string;
  name: string;
  locale: string;
  admin: boolean;
  trained_at: Date | null;
  strategy_ack_version: number;
  weekly_minutes: number;
  hourly_rate_cents: number;
  on_site: boolean;
  email_notifications: boolean;
  created_at: Date;
  invite_pending: boolean;
}

export function toMember(row: MemberViewRow, memberships: Membership[]): Member {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale === 'de' ? 'de' : 'en',
    admin: row.admin,
    trainedAt: row.trained_at?.toISOString() ?? null,
    strategyAckVersion: row.strategy_ack_version,
    weeklyHours: Math.round((row.weekly_minutes / 60) * 100) / 100,
    hourlyRateCents: row.hourly_rate_cents,
    onSite: row.on_site,
    emailNotifications: row.email_notifications,
    invitePending: row.invite_pending,
    memberships,
    createdAt: row.created_at.toISOString(),
  };
}

export function toWeeklyMinutes(hours: number): number {
  return Math.round(hours * 60);
}

/** Memberships of the given members, by member id, in a stable order. */
export async function membershipsOf(
  db: Db,
  organizationId: string,
  memberIds: readonly string[],
): Promise<Map<string, Membership[]>> {
  const byMember = new Map<string, Membership[]>(memberIds.map((id) => [id, []]));
  if (memberIds.length === 0) return byMember;
  const rows = await db
    .selectFrom('memberships')
    .select(['member_id', 'unit_id', 'role'])
    .where('organization_id', '=', organizationId)
    .where('member_id', 'in', memberIds)
    .orderBy('created_at')
    .orderBy('unit_id')
    .execute();
  for (const r of rows)
    byMember.get(r.member_id)?.push({ unitId: r.unit_id, role: r.role as Role });
  return byMember;
}

/** One member of the organization as the API shows it; 404 for ids of other organizations. */
export async function loadMember(
  db: Db,
  organizationId: string,
  memberId: string,
): Promise<Member> {
  const row = await db
    .selectFrom('members')
    .select(MEMBER_COLUMNS)
    .where('organization_id', '=', organizationId)
    .where('id', '=', memberId)
    .executeTakeFirst();
  if (!row) throw notFound('member');
  const memberships = await membershipsOf(db, organizationId, [row.id]);
  return toMember(row, memberships.get(row.id) ?? []);
}
