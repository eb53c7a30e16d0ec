import { RANK_ROLE } from './roles.ts';
import type { ModelKey, Reason } from './types.ts';
import { MODELS } from './types.ts';

/**
 * Every reason code `decide` can return. Stable: the edge translates them (see src/contracts/i18n/reasons.ts)
 * and clients may match on them. Add codes; never rename or reuse one.
 */
export const REASON_CODES = [
  // Lookups
  'actor.not_found',
  'target.not_found',
  // Gates (apply in every model)
  'gate.uninformed',
  'gate.untrained',
  // Structure the model needs
  'structure.missing_hub',
  // Guideline findings of the post (publish)
  'guidelines.blocked',
  'guidelines.warn_shown',
  'guidelines.warn_needs_hub',
  'guidelines.warn_blocks',
  // Why an approval step is in the chain (publish)
  'approval.untrained_author',
  'approval.contributor_needs_lead',
  'approval.needs_hub',
  'approval.sensitive_channel',
  'approval.non_hub_author',
  'approval.needs_regional_hub',
  'approval.deviates_from_master',
  // Grounds of a yes
  'grant.everyone',
  'grant.request',
  'grant.trained_member',
  'grant.admin',
  'grant.unit_role',
  'grant.hub_editor',
  'grant.hub_contributor',
  'grant.hub_takeover',
  'grant.pool',
  // What the calendar shows (view_calendar)
  'calendar.all',
  'calendar.read_only',
  'calendar.published_and_own',
  'calendar.published_only',
  // The model's rule that says no
  'model.holistic.admins_only',
  'model.holistic.admins_or_trained',
  'model.holistic.trained_only',
  'model.decentralized.unit_contributors_only',
  'model.decentralized.unit_leads_only',
  'model.decentralized.root_admins_only',
  'model.decentralized.unit_members_only',
  'model.coordinated.unit_contributors_or_hub',
  'model.coordinated.hub_editors_only',
  'model.coordinated.unit_leads_or_hub_editors',
  'model.coordinated.unit_members_or_hub',
  'model.centralized.hub_only',
  'model.multi_coordinated.unit_contributors_or_hubs',
  'model.multi_coordinated.hub_editors_only',
  'model.multi_coordinated.unit_leads_or_hub_editors',
  'model.multi_coordinated.unit_members_or_hubs',
  'inbox.suggest_only',
  // Where the actor stands, added to a no
  'relation.not_member_of_unit',
  'relation.role_too_low',
  'relation.not_in_hub',
  'relation.hub_role_too_low',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** A reason whose code is one of `REASON_CODES`. */
export interface PolicyReason extends Reason {
  code: ReasonCode;
}

/** A shared, frozen reason without parameters (no allocation in the hot path). */
export function fixed(code: ReasonCode): PolicyReason {
  return Object.freeze({ code });
}

/** A reason with parameters. */
export function reason(
  code: ReasonCode,
  params: Record<string, string | number | boolean>,
): PolicyReason {
  return { code, params };
}

export const R = Object.freeze({
  untrained: fixed('gate.untrained'),
  calendarAll: fixed('calendar.all'),
  calendarReadOnly: fixed('calendar.read_only'),
  calendarPublishedAndOwn: fixed('calendar.published_and_own'),
  calendarPublishedOnly: fixed('calendar.published_only'),
  everyone: fixed('grant.everyone'),
  request: fixed('grant.request'),
  trainedMember: fixed('grant.trained_member'),
  admin: fixed('grant.admin'),
  untrainedAuthor: fixed('approval.untrained_author'),
  contributorNeedsLead: fixed('approval.contributor_needs_lead'),
  needsHub: fixed('approval.needs_hub'),
  sensitiveChannel: fixed('approval.sensitive_channel'),
  nonHubAuthor: fixed('approval.non_hub_author'),
  needsRegionalHub: fixed('approval.needs_regional_hub'),
  deviatesFromMaster: fixed('approval.deviates_from_master'),
  trainedPeerPool: Object.freeze(reason('grant.pool', { pool: 'trained_peers' })),
  notMemberOfUnit: fixed('relation.not_member_of_unit'),
  notInHub: fixed('relation.not_in_hub'),
  suggestOnly: fixed('inbox.suggest_only'),
  holisticAdminsOnly: fixed('model.holistic.admins_only'),
  holisticAdminsOrTrained: fixed('model.holistic.admins_or_trained'),
  holisticTrainedOnly: fixed('model.holistic.trained_only'),
  decContributorsOnly: fixed('model.decentralized.unit_contributors_only'),
  decLeadsOnly: fixed('model.decentralized.unit_leads_only'),
  decRootAdminsOnly: fixed('model.decentralized.root_admins_only'),
  decMembersOnly: fixed('model.decentralized.unit_members_only'),
  coContributorsOrHub: fixed('model.coordinated.unit_contributors_or_hub'),
  coHubEditorsOnly: fixed('model.coordinated.hub_editors_only'),
  coLeadsOrHubEditors: fixed('model.coordinated.unit_leads_or_hub_editors'),
  coMembersOrHub: fixed('model.coordinated.unit_members_or_hub'),
  ceHubOnly: fixed('model.centralized.hub_only'),
  muContributorsOrHubs: fixed('model.multi_coordinated.unit_contributors_or_hubs'),
  muHubEditorsOnly: fixed('model.multi_coordinated.hub_editors_only'),
  muLeadsOrHubEditors: fixed('model.multi_coordinated.unit_leads_or_hub_editors'),
  muMembersOrHubs: fixed('model.multi_coordinated.unit_members_or_hubs'),
});

export const MISSING_HUB: Readonly<Record<ModelKey, PolicyReason>> = Object.freeze(
  Object.fromEntries(
    MODELS.map((model) => [model, Object.freeze(reason('structure.missing_hub', { model }))]),
  ) as Record<ModelKey, PolicyReason>,
);

function tooLowTable(
  code: 'relation.role_too_low' | 'relation.hub_role_too_low',
): PolicyReason[][] {
  return RANK_ROLE.map((role) =>
    RANK_ROLE.map((required) => Object.freeze(reason(code, { role, required }))),
  );
}
const UNIT_TOO_LOW = tooLowTable('relation.role_too_low');
const HUB_TOO_LOW = tooLowTable('relation.hub_role_too_low');

/** Why the actor's role on the unit falls short of `required` (a rank). */
export function unitShortfall(rank: number, required: number): PolicyReason {
  return rank < 0 ? R.notMemberOfUnit : UNIT_TOO_LOW[rank]![required]!;
}

/** Why the actor's role in the relevant hub falls short of `required` (a rank). */
export function hubShortfall(rank: number, required: number): PolicyReason {
  return rank < 0 ? R.notInHub : HUB_TOO_LOW[rank]![required]!;
}
