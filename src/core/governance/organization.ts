import type { Snapshot } from './snapshot.ts';
import { EDITOR } from './roles.ts';
import type { Decision, Reason } from './types.ts';

/**
 * Organization-level actions: the organization itself, its structure, its people, its strategy
 * and its log. They are the same in every model except `manage_strategy`, which in the hub
 * models also belongs to the editors of the hub that covers the whole organization.
 */
export const ORGANIZATION_ACTIONS = [
  'view_organization',
  'manage_organization',
  'manage_units',
  'manage_members',
  'manage_strategy',
  'view_activity',
] as const;
export type OrganizationAction = (typeof ORGANIZATION_ACTIONS)[number];

export const ORGANIZATION_REASON_CODES = [
  'org.member',
  'org.admin',
  'org.admin_required',
  'org.global_hub_editor',
] as const;

const NONE = Object.freeze([]) as unknown as Decision['steps'];

function yes(code: string): Decision {
  return { allowed: true, steps: NONE, reasons: [{ code }] };
}

function no(reasons: Reason[]): Decision {
  return { allowed: false, steps: NONE, reasons };
}

/** Whether the member is an editor or lead of the hub covering the root (hub models only). */
function inGlobalHubAsEditor(s: Snapshot, m: number): boolean {
  if (!s.usesHubs || s.globalHub === -1) return false;
  for (let i = s.membershipStart[m]!; i < s.membershipStart[m + 1]!; i++) {
    if (s.membershipUnit[i] === s.globalHub && s.membershipRole[i]! >= EDITOR) return true;
  }
  return false;
}

/** Decides an organization-level action for a member; unknown members get `actor.not_found`. */
export function decideOrganization(
  s: Snapshot,
  memberId: string,
  action: OrganizationAction,
): Decision {
  const m = s.memberIndex.get(memberId);
  if (m === undefined) return no([{ code: 'actor.not_found' }]);
  if (action === 'view_organization') return yes('org.member');
  if (s.admin[m] === 1) return yes('org.admin');
  if (action === 'manage_strategy' && inGlobalHubAsEditor(s, m))
    return yes('org.global_hub_editor');
  return no([{ code: 'org.admin_required', params: { action } }]);
}
