import type { AdviceView, AdvisorRequest } from '../../contracts/advisor.ts';
import type { OrganizationSummary } from '../../core/advisor/staffing.ts';
import type { Role, UnitKind } from '../../core/governance/types.ts';
import type { Actor, Deps } from '../deps.ts';
import { explainAdvice } from './explain-advice.ts';

/**
 * The advisor for a signed-in member: ranks the models for the profile in the request and plans
 * the first model's staffing on the member's organization, so that planned roles name its real
 * units and count the people already in them. Reads only; any member may ask.
 */
export async function adviseOrganization(
  deps: Deps,
  actor: Actor,
  request: AdvisorRequest,
): Promise<AdviceView> {
  const { locale, rates, ...profile } = request;
  return explainAdvice({
    profile,
    locale: locale ?? actor.locale,
    ...(rates ? { rates } : {}),
    organization: await summaryOf(deps, actor.organizationId),
  });
}

async function summaryOf(deps: Deps, organizationId: string): Promise<OrganizationSummary> {
  const [units, memberships, trained] = await Promise.all([
    deps.db
      .selectFrom('units')
      .select(['id', 'parent_id', 'kind', 'name', 'is_hub', 'covers_unit_id'])
      .where('organization_id', '=', organizationId)
      .execute(),
    deps.db
      .selectFrom('memberships')
      .select(['member_id', 'unit_id', 'role'])
      .where('organization_id', '=', organizationId)
      .execute(),
    deps.db
      .selectFrom('members')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('organization_id', '=', organizationId)
      .where('trained_at', 'is not', null)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    units: units.map((u) => ({
      id: u.id,
      parentId: u.parent_id,
      kind: u.kind as UnitKind,
      name: u.name,
      isHub: u.is_hub,
      covers: u.covers_unit_id,
    })),
    memberships: memberships.map((m) => ({
      memberId: m.member_id,
      unitId: m.unit_id,
      role: m.role as Role,
    })),
    trainedMembers: Number(trained.count),
  };
}
