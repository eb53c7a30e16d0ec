import type { Me } from '../../contracts/auth.ts';
import type { Role } from '../../core/governance/types.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { loadMember } from '../members/member-view.ts';
import { toOrganizationSummary } from '../organization/organization-view.ts';

/** Who the actor is: their member record, organization and units (with names, for the web app). */
export async function getMe(deps: Deps, actor: Actor): Promise<Omit<Me, 'csrfToken'>> {
  const org = actor.organizationId;
  const [organization, member, memberships] = await Promise.all([
    deps.db.selectFrom('organizations').selectAll().where('id', '=', org).executeTakeFirst(),
    loadMember(deps.db, org, actor.memberId),
    deps.db
      .selectFrom('memberships')
      .innerJoin('units', 'units.id', 'memberships.unit_id')
      .select(['memberships.unit_id', 'memberships.role', 'units.name'])
      .where('memberships.organization_id', '=', org)
      .where('units.organization_id', '=', org)
      .where('memberships.member_id', '=', actor.memberId)
      .orderBy('units.name')
      .execute(),
  ]);
  if (!organization) throw notFound('organization');
  return {
    member,
    organization: toOrganizationSummary(organization),
    memberships: memberships.map((m) => ({
      unitId: m.unit_id,
      unitName: m.name,
      role: m.role as Role,
    })),
  };
}
