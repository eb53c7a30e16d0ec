import { LEAD } from '../../core/governance/roles.ts';
import type { Snapshot } from '../../core/governance/snapshot.ts';
import type { Actor } from '../deps.ts';
import { AppError, notFound } from '../errors.ts';

/**
 * Who sees cost reports, and of what:
 * - admins: the whole organization, or the subtree of any unit they name;
 * - unit leads: the subtrees of the units they lead and, for a hub they lead (in a model that
 *   has hubs), the subtree the hub covers; they may narrow it to a unit inside it;
 * - everyone else: nobody's costs (403 `reports.lead_or_admin_required`).
 * Other costs, the budget and the what-if are the organization's and stay with admins.
 */
export interface ReportScope {
  /** The units whose time and posts the report covers; null: the whole organization. */
  unitIds: string[] | null;
  /** The unit asked for, if any. */
  unitId: string | null;
}

/** The actor's scope, narrowed to `unitId` (404 `querystring.unitId` for one not in the org). */
export function reportScope(s: Snapshot, actor: Actor, unitId?: string): ReportScope {
  const m = s.memberIndex.get(actor.memberId);
  if (m === undefined) throw notFound('member');
  let asked: number | undefined;
  if (unitId !== undefined) {
    asked = s.unitIndex.get(unitId);
    if (asked === undefined) throw notFound('unit', 'querystring.unitId');
  }
  if (s.admin[m] === 1) return organizationScope(s, unitId);
  const led = ledRoots(s, m);
  if (led.length === 0) {
    throw new AppError('forbidden', 'Cost reports are for admins and unit leads.', {
      details: [{ code: 'reports.lead_or_admin_required' }],
    });
  }
  if (asked === undefined) return { unitIds: subtree(s, led), unitId: null };
  if (!led.some((r) => within(s, r, asked))) {
    throw new AppError('forbidden', 'That unit is outside the units you lead.', {
      details: [{ code: 'reports.outside_scope', path: 'querystring.unitId' }],
    });
  }
  return { unitIds: subtree(s, [asked]), unitId: unitId! };
}

/**
 * The whole organization, or the subtree of `unitId` (404 with `path` for a unit not in the
 * organization): what an admin, or the operator at the terminal, sees.
 */
export function organizationScope(
  s: Snapshot,
  unitId?: string,
  path = 'querystring.unitId',
): ReportScope {
  if (unitId === undefined) return { unitIds: null, unitId: null };
  const u = s.unitIndex.get(unitId);
  if (u === undefined) throw notFound('unit', path);
  return { unitIds: subtree(s, [u]), unitId };
}

/** Whether the member may see cost reports at all (an admin or a lead somewhere). */
export function seesReports(s: Snapshot, memberId: string): boolean {
  const m = s.memberIndex.get(memberId);
  return m !== undefined && (s.admin[m] === 1 || ledRoots(s, m).length > 0);
}

/** The units the member leads, and the units covered by hubs they lead. */
function ledRoots(s: Snapshot, m: number): number[] {
  const roots: number[] = [];
  for (let i = s.membershipStart[m]!; i < s.membershipStart[m + 1]!; i++) {
    if (s.membershipRole[i] !== LEAD) continue;
    const u = s.membershipUnit[i]!;
    roots.push(u);
    if (s.usesHubs && s.isHub[u] === 1 && s.covers[u] !== -1) roots.push(s.covers[u]!);
  }
  return roots;
}

const within = (s: Snapshot, root: number, u: number) =>
  s.tin[root]! <= s.tin[u]! && s.tin[u]! <= s.tout[root]!;

/** The ids of every unit in the subtrees of `roots`. */
function subtree(s: Snapshot, roots: readonly number[]): string[] {
  const out: string[] = [];
  for (let u = 0; u < s.unitIds.length; u++) {
    if (roots.some((r) => within(s, r, u))) out.push(s.unitIds[u]!);
  }
  return out;
}
