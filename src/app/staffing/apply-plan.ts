import type { DutyItem } from '../../contracts/duties.ts';
import type { StaffingApplyResult, StaffingPlanView } from '../../contracts/staffing.ts';
import { diffRights } from '../../core/governance/diff.ts';
import { ROLE_RANK } from '../../core/governance/roles.ts';
import { compileSnapshot } from '../../core/governance/snapshot.ts';
import type { MembershipInput } from '../../core/governance/types.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { createDutyNotices, type DutyNoticeInput } from '../duties/create-duty-notices.ts';
import { rightsItems } from '../duties/rights-items.ts';
import { conflict } from '../errors.ts';
import { changeOrganization } from '../transaction.ts';
import { loadStaffingPlanForUpdate } from './load-plan.ts';
import { toStaffingPlanView, type StoredProposals } from './plan-view.ts';

/**
 * Applies a proposed staffing plan in one transaction: creates the memberships it proposes (or
 * raises a weaker role in the unit to the planned one; nobody's role goes down), marks the plan
 * applied with what it did, logs it, and writes a duty notice to each person concerned: the
 * people who take a role (the role, its hours, the training they still need, their new rights)
 * and everyone else whose rights change with it (e.g. contributors whose posts a new lead now
 * approves). Proposals that no longer hold are skipped and listed: the member or unit is gone,
 * or the member already holds the role.
 *
 * 404 for a plan of another organization; 409 `staffing_plan.not_proposed` for one already
 * applied or discarded.
 */
export async function applyStaffingPlan(
  deps: Deps,
  actor: Actor,
  planId: string,
): Promise<StaffingPlanView> {
  return changeOrganization(deps, actor, async ({ tx, snapshot, input }) => {
    authorizeOrganization(snapshot, actor, 'manage_members');
    const row = await loadStaffingPlanForUpdate(tx, actor.organizationId, planId);
    if (row.status !== 'proposed') {
      throw conflict(
        'staffing_plan.not_proposed',
        `The staffing plan is ${row.status}: only a proposed plan can be applied.`,
      );
    }
    const { proposals } = row.proposals as unknown as StoredProposals;

    const memberships = new Map<string, MembershipInput>();
    const key = (memberId: string, unitId: string) => `${memberId}\u0000${unitId}`;
    for (const m of input.memberships) memberships.set(key(m.memberId, m.unitId), m);
    const trained = new Set(input.members.filter((m) => m.trained).map((m) => m.id));
    const result: StaffingApplyResult = {
      membershipsCreated: 0,
      membershipsRaised: 0,
      skipped: [],
      notices: 0,
    };
    const taken: typeof proposals = [];
    const writes: MembershipInput[] = [];
    for (const p of proposals) {
      const skip = (reason: StaffingApplyResult['skipped'][number]['reason']) =>
        result.skipped.push({ memberId: p.memberId, unitId: p.unitId, role: p.role, reason });
      if (!snapshot.memberIndex.has(p.memberId)) {
        skip('member_gone');
        continue;
      }
      if (!snapshot.unitIndex.has(p.unitId)) {
        skip('unit_gone');
        continue;
      }
      const current = memberships.get(key(p.memberId, p.unitId));
      const inPlace =
        p.role === 'trained_member'
          ? trained.has(p.memberId)
          : current !== undefined && ROLE_RANK[current.role] >= ROLE_RANK[p.membershipRole];
      if (inPlace) {
        skip('role_in_place');
        continue;
      }
      taken.push(p);
      // A trained member keeps any role they hold in the unit: the training is the new duty.
      if (current !== undefined && ROLE_RANK[current.role] >= ROLE_RANK[p.membershipRole]) continue;
      const next = { memberId: p.memberId, unitId: p.unitId, role: p.membershipRole };
      if (current === undefined) result.membershipsCreated++;
      else result.membershipsRaised++;
      memberships.set(key(p.memberId, p.unitId), next);
      writes.push(next);
    }

    for (const m of writes) {
      await tx
        .insertInto('memberships')
        .values({
          organization_id: actor.organizationId,
          member_id: m.memberId,
          unit_id: m.unitId,
          role: m.role,
        })
        .onConflict((oc) => oc.columns(['member_id', 'unit_id']).doUpdateSet({ role: m.role }))
        .execute();
    }

    const after = compileSnapshot({ ...input, memberships: [...memberships.values()] });
    const channels = await tx
      .selectFrom('channels')
      .select(['id', 'display_name', 'handle'])
      .where('organization_id', '=', actor.organizationId)
      .execute();
    const channelName = new Map(channels.map((c) => [c.id, c.display_name.trim() || c.handle]));
    const unitName = new Map(input.units.map((u) => [u.id, u.name]));
    const names = {
      channelName: (id: string) => channelName.get(id) ?? id,
      unitName: (id: string) => unitName.get(id) ?? id,
    };
    const notices = new Map<string, DutyItem[]>();
    for (const p of taken) {
      const items = notices.get(p.memberId) ?? [];
      items.push({
        code: 'staffing.role_assigned',
        params: {
          role: p.role,
          unit: p.unitName,
          minutesPerWeek: p.minutesPerWeek,
        },
      });
      notices.set(p.memberId, items);
    }
    for (const memberId of notices.keys()) {
      if (!trained.has(memberId))
        notices.get(memberId)!.push({ code: 'training.required', params: {} });
    }
    for (const diff of diffRights(snapshot, after)) {
      const items = notices.get(diff.memberId) ?? [];
      items.push(...rightsItems(diff.changes, names));
      notices.set(diff.memberId, items);
    }
    const written = await createDutyNotices(tx, {
      organizationId: actor.organizationId,
      source: 'staffing_plan',
      sourceId: row.id,
      notices: [...notices].map(([memberId, items]): DutyNoticeInput => ({ memberId, items })),
    });
    result.notices = written.length;

    const applied = await tx
      .updateTable('staffing_plans')
      .set({
        status: 'applied',
        applied_at: deps.now(),
        applied_by: actor.memberId,
        result: JSON.stringify(result),
      })
      .where('id', '=', row.id)
      .where('organization_id', '=', actor.organizationId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'staffing_plan.applied',
      subjectType: 'staffing_plan',
      subjectId: row.id,
      data: {
        model: row.model,
        membershipsCreated: result.membershipsCreated,
        membershipsRaised: result.membershipsRaised,
        skipped: result.skipped.length,
        notices: result.notices,
      },
    });
    return toStaffingPlanView(applied);
  });
}
