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
import type { Action, ApprovalStep, Decision, PublishContext, Reason } from './types.ts';

/**
 * multi_coordinated (dandelion): a global hub covers the root, regional hubs steer their regions.
 * U's regional hub is its nearest covering hub that does not cover the root; without one the
 * global hub stands in (and its step is then a `global_hub` step).
 */

const CALENDAR_ALL = constant(true, [R.calendarAll], { scope: 'all' });
const CALENDAR_PUBLISHED_ONLY = constant(true, [R.calendarPublishedOnly], {
  scope: 'published_only',
});

function table(rule: PolicyReason, unitNeeds: number | null, hubNeeds: number): DenialTable {
  return denials((unitRank, hubRank, missing) => [
    rule,
    ...(unitNeeds === null ? [] : [unitShortfall(unitRank, unitNeeds)]),
    hubShortfall(hubRank, hubNeeds),
    ...(missing ? [MISSING_HUB.multi_coordinated] : []),
  ]);
}
const NOT_CONTRIBUTOR = table(R.muContributorsOrHubs, CONTRIBUTOR, CONTRIBUTOR);
const NOT_HUB_EDITOR = table(R.muHubEditorsOnly, null, EDITOR);
const NOT_LEAD_OR_HUB_EDITOR = table(R.muLeadsOrHubEditors, LEAD, EDITOR);
const NOT_MEMBER_OR_HUBS = table(R.muMembersOrHubs, MEMBER, CONTRIBUTOR);

/** The model's no: where the actor stands in U and in U's hubs, and whether U has no hub. */
function refuse(f: ActorFacts, no: DenialTable): Decision {
  const hubRank = f.regionalRole > f.globalRole ? f.regionalRole : f.globalRole;
  return no(f.effRole, hubRank, f.regionalHub === -1);
}

/** A hub grant: the global hub first, then the regional hub; null if the role falls short. */
function hubGrant(
  s: Snapshot,
  f: ActorFacts,
  required: number,
  code: 'grant.hub_editor' | 'grant.hub_contributor' | 'grant.hub_takeover',
): Decision | null {
  if (f.globalRole >= required) return grantHub(s, code, s.globalHub);
  if (f.regionalRole >= required) return grantHub(s, code, f.regionalHub);
  return null;
}

function regionalStep(s: Snapshot, f: ActorFacts): ApprovalStep {
  const regional = s.regionalHub[f.unit]!;
  return regional !== -1 ? step(s, 'regional_hub', regional) : step(s, 'global_hub', s.globalHub);
}

function publish(s: Snapshot, f: ActorFacts, context: PublishContext | undefined): Decision {
  const findings = findingsOf(context);
  const sum = summarize(s, findings);
  const deviates = context?.deviatesFromMaster === true;
  let grant = hubGrant(s, f, EDITOR, 'grant.hub_editor');
  let contributor = false;
  if (grant === null) {
    contributor = true;
    grant =
      f.effRole >= CONTRIBUTOR
        ? grantUnitRole(s, f.effRole, f.effUnit)
        : (hubGrant(s, f, CONTRIBUTOR, 'grant.hub_contributor') ?? refuse(f, NOT_CONTRIBUTOR));
  }
  const needsRegional = contributor || sum.warning > 0;
  const needsGlobal = contributor && deviates;
  const missingHub = (needsRegional && f.regionalHub === -1) || (needsGlobal && s.globalHub === -1);
  const failed = gates(s, f, false);
  if (failed !== null || !grant.allowed || sum.blocking > 0 || missingHub) {
    const no = failed ?? [];
    if (!grant.allowed) no.push(...grant.reasons);
    // Global rules' warnings block (severity.ts); regional ones ask the regional hub.
    pushBlocking(no, s, findings);
    if (grant.allowed && missingHub) no.push(MISSING_HUB.multi_coordinated);
    return deny(no);
  }
  if (!needsRegional) return grant;
  const reasons: Reason[] = [grounds(grant)];
  const steps: ApprovalStep[] = [regionalStep(s, f)];
  if (contributor) reasons.push(R.needsRegionalHub);
  pushWarnings(reasons, s, findings, 'guidelines.warn_needs_hub');
  if (needsGlobal) {
    reasons.push(R.deviatesFromMaster);
    // When the global hub stands in for a missing regional hub, one step covers both.
    if (steps[0]!.pool !== 'global_hub') steps.push(step(s, 'global_hub', s.globalHub));
  }
  return allow(steps, reasons);
}

/** Decides `action` for the multi_coordinated model; `f` describes the actor relative to the target unit. */
export function decideMulti(
  s: Snapshot,
  f: ActorFacts,
  action: Action,
  _channel: number,
  context: PublishContext | undefined,
): Decision {
  switch (action) {
    case 'view_calendar': {
      const inHub = f.regionalRole >= MEMBER || f.globalRole >= MEMBER;
      return f.inRegion || inHub ? CALENDAR_ALL : CALENDAR_PUBLISHED_ONLY;
    }
    case 'draft':
      if (f.effRole >= CONTRIBUTOR) return grantUnitRole(s, f.effRole, f.effUnit);
      return hubGrant(s, f, CONTRIBUTOR, 'grant.hub_contributor') ?? refuse(f, NOT_CONTRIBUTOR);
    case 'publish':
      return publish(s, f, context);
    case 'approve': {
      let answer: Decision;
      if (f.regionalRole >= EDITOR && f.regionalHub !== s.globalHub) {
        answer = grantPool(s, 'regional_hub', f.regionalHub);
      } else if (f.globalRole >= EDITOR) {
        answer = grantPool(s, 'global_hub', s.globalHub);
      } else {
        answer = refuse(f, NOT_HUB_EDITOR);
      }
      return gated(gates(s, f, true), answer);
    }
    case 'manage_guidelines':
    case 'pause_others':
      return hubGrant(s, f, EDITOR, 'grant.hub_editor') ?? refuse(f, NOT_HUB_EDITOR);
    case 'manage_channels':
      if (f.effRole === LEAD) return grantUnitRole(s, f.effRole, f.effUnit);
      return hubGrant(s, f, EDITOR, 'grant.hub_editor') ?? refuse(f, NOT_LEAD_OR_HUB_EDITOR);
    case 'reply_inbox': {
      const answer =
        f.effRole >= MEMBER
          ? grantUnitRole(s, f.effRole, f.effUnit)
          : (hubGrant(s, f, CONTRIBUTOR, 'grant.hub_takeover') ?? refuse(f, NOT_MEMBER_OR_HUBS));
      return gated(gates(s, f, false), answer);
    }
  }
}
