import type { ActorFacts } from './actor-facts.ts';
import {
  allow,
  constant,
  denials,
  deny,
  findingsOf,
  gated,
  gates,
  grantHub,
  grantPool,
  grantUnitRole,
  grounds,
  NO_STEPS,
  pushBlocking,
  pushWarnings,
  step,
  summarize,
} from './decision.ts';
import type { DenialTable } from './decision.ts';
import type { PolicyReason } from './reasons.ts';
import { hubShortfall, MISSING_HUB, R, unitShortfall } from './reasons.ts';
import { CONTRIBUTOR, EDITOR, LEAD, MEMBER } from './roles.ts';
import type { Snapshot } from './snapshot.ts';
import type { Action, Decision, PublishContext, Reason } from './types.ts';

/**
 * coordinated (hub-and-spoke): units act on their own, the hub supports and steers. Every hub
 * covering U counts as "the hub"; approval steps name the nearest one.
 */

const CALENDAR_ALL = constant(true, [R.calendarAll], { scope: 'all' });

/** The rule's no, where the actor stands in U and in the hub, and a missing hub. */
function table(rule: PolicyReason, unitNeeds: number | null, hubNeeds: number): DenialTable {
  return denials((unitRank, hubRank, missing) => [
    rule,
    ...(unitNeeds === null ? [] : [unitShortfall(unitRank, unitNeeds)]),
    hubShortfall(hubRank, hubNeeds),
    ...(missing ? [MISSING_HUB.coordinated] : []),
  ]);
}
const NOT_CONTRIBUTOR = table(R.coContributorsOrHub, CONTRIBUTOR, CONTRIBUTOR);
const NOT_HUB_EDITOR = table(R.coHubEditorsOnly, null, EDITOR);
const NOT_LEAD_OR_HUB_EDITOR = table(R.coLeadsOrHubEditors, LEAD, EDITOR);
const NOT_MEMBER_OR_HUB = table(R.coMembersOrHub, MEMBER, CONTRIBUTOR);

function refuse(s: Snapshot, f: ActorFacts, no: DenialTable): Decision {
  return no(f.effRole, f.hubRole, s.nearestHub[f.unit] === -1);
}

function publish(
  s: Snapshot,
  f: ActorFacts,
  channel: number,
  context: PublishContext | undefined,
): Decision {
  const findings = findingsOf(context);
  const sum = summarize(s, findings);
  const sensitive = channel !== -1 && s.channelSensitive[channel] === 1;
  const hub = s.nearestHub[f.unit]!;
  let grant: Decision;
  let needsHub: boolean;
  if (f.hubRole >= EDITOR) {
    grant = grantHub(s, 'grant.hub_editor', f.hubUnit);
    needsHub = false;
  } else if (f.effRole >= EDITOR) {
    grant = grantUnitRole(s, f.effRole, f.effUnit);
    needsHub = sensitive || sum.warning > 0;
  } else if (f.effRole === CONTRIBUTOR) {
    grant = grantUnitRole(s, f.effRole, f.effUnit);
    needsHub = true;
  } else if (f.hubRole === CONTRIBUTOR) {
    grant = grantHub(s, 'grant.hub_contributor', f.hubUnit);
    needsHub = true;
  } else {
    grant = refuse(s, f, NOT_CONTRIBUTOR);
    needsHub = false;
  }
  const failed = gates(s, f, false);
  if (failed !== null || !grant.allowed || sum.blocking > 0 || (needsHub && hub === -1)) {
    const no = failed ?? [];
    if (!grant.allowed) no.push(...grant.reasons);
    pushBlocking(no, s, findings);
    if (grant.allowed && needsHub && hub === -1) no.push(MISSING_HUB.coordinated);
    return deny(no);
  }
  if (!needsHub && findings.length === 0) return grant;
  const reasons: Reason[] = [grounds(grant)];
  if (!needsHub) {
    pushWarnings(reasons, s, findings, 'guidelines.warn_shown');
    return allow(NO_STEPS, reasons);
  }
  if (f.effRole < EDITOR) reasons.push(R.needsHub);
  else if (sensitive) reasons.push(R.sensitiveChannel);
  pushWarnings(reasons, s, findings, 'guidelines.warn_needs_hub');
  return allow([step(s, 'hub', hub)], reasons);
}

/** Decides `action` for the coordinated model; `f` describes the actor relative to the target unit. */
export function decideCoordinated(
  s: Snapshot,
  f: ActorFacts,
  action: Action,
  channel: number,
  context: PublishContext | undefined,
): Decision {
  switch (action) {
    case 'view_calendar':
      return CALENDAR_ALL;
    case 'draft':
      if (f.effRole >= CONTRIBUTOR) return grantUnitRole(s, f.effRole, f.effUnit);
      if (f.hubRole >= CONTRIBUTOR) return grantHub(s, 'grant.hub_contributor', f.hubUnit);
      return refuse(s, f, NOT_CONTRIBUTOR);
    case 'publish':
      return publish(s, f, channel, context);
    case 'approve':
      return gated(
        gates(s, f, true),
        f.hubRole >= EDITOR ? grantPool(s, 'hub', f.hubUnit) : refuse(s, f, NOT_HUB_EDITOR),
      );
    case 'manage_guidelines':
      // Units below the root may add stricter rules of their own; the root's rules are the hub's.
      if (f.unit !== s.root && f.effRole === LEAD) return grantUnitRole(s, f.effRole, f.effUnit);
      if (f.hubRole >= EDITOR) return grantHub(s, 'grant.hub_editor', f.hubUnit);
      return refuse(s, f, f.unit === s.root ? NOT_HUB_EDITOR : NOT_LEAD_OR_HUB_EDITOR);
    case 'manage_channels':
      if (f.effRole === LEAD) return grantUnitRole(s, f.effRole, f.effUnit);
      if (f.hubRole >= EDITOR) return grantHub(s, 'grant.hub_editor', f.hubUnit);
      return refuse(s, f, NOT_LEAD_OR_HUB_EDITOR);
    case 'pause_others':
      if (f.hubRole >= EDITOR) return grantHub(s, 'grant.hub_editor', f.hubUnit);
      return refuse(s, f, NOT_HUB_EDITOR);
    case 'reply_inbox': {
      let answer: Decision;
      if (f.effRole >= MEMBER) answer = grantUnitRole(s, f.effRole, f.effUnit);
      else if (f.hubRole >= CONTRIBUTOR) answer = grantHub(s, 'grant.hub_takeover', f.hubUnit);
      else answer = refuse(s, f, NOT_MEMBER_OR_HUB);
      return gated(gates(s, f, false), answer);
    }
  }
}
