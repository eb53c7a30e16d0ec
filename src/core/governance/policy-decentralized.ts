import type { ActorFacts } from './actor-facts.ts';
import {
  allow,
  constant,
  denials,
  deny,
  findingsOf,
  gated,
  gates,
  grantPool,
  grantUnitRole,
  grounds,
  NO_STEPS,
  pushBlocking,
  pushWarnings,
  step,
} from './decision.ts';
import type { DenialTable } from './decision.ts';
import type { PolicyReason } from './reasons.ts';
import { R, unitShortfall } from './reasons.ts';
import { CONTRIBUTOR, EDITOR, LEAD, MEMBER, NO_ROLE } from './roles.ts';
import type { Snapshot } from './snapshot.ts';
import type { Action, Decision, PublishContext, Reason } from './types.ts';

/**
 * decentralized: each unit runs its own social media. Rights come from the effective role on the
 * channel's unit U (roles inherit down the tree); hubs are ordinary units.
 */

const CALENDAR_ALL = constant(true, [R.calendarAll], { scope: 'all' });
const CALENDAR_READ_ONLY = constant(true, [R.calendarReadOnly], { scope: 'read_only' });
const ADMIN = constant(true, [R.admin]);
const ROOT_ADMINS_ONLY = constant(false, [R.decRootAdminsOnly]);

const byUnit = (rule: PolicyReason, required: number): DenialTable =>
  denials((unitRank) => [rule, unitShortfall(unitRank, required)]);
const NOT_CONTRIBUTOR = byUnit(R.decContributorsOnly, CONTRIBUTOR);
const NOT_LEAD = byUnit(R.decLeadsOnly, LEAD);
const NOT_MEMBER = byUnit(R.decMembersOnly, MEMBER);

/** Yes on the grounds of the effective role when it reaches `required`, else the table's no. */
function byUnitRole(s: Snapshot, f: ActorFacts, required: number, no: DenialTable): Decision {
  return f.effRole >= required
    ? grantUnitRole(s, f.effRole, f.effUnit)
    : no(f.effRole, NO_ROLE, false);
}

function publish(s: Snapshot, f: ActorFacts, context: PublishContext | undefined): Decision {
  const findings = findingsOf(context);
  const failed = gates(s, f, false);
  if (f.effRole < CONTRIBUTOR || failed !== null || findings.length > 0) {
    const no = failed ?? [];
    if (f.effRole < CONTRIBUTOR) no.push(...NOT_CONTRIBUTOR(f.effRole, NO_ROLE, false).reasons);
    pushBlocking(no, s, findings);
    if (no.length > 0) return deny(no);
  }
  const grant = grantUnitRole(s, f.effRole, f.effUnit);
  const needsLead = f.effRole < EDITOR && s.contributorsNeedLead[f.unit] === 1;
  if (!needsLead && findings.length === 0) return grant;
  const reasons: Reason[] = [grounds(grant)];
  if (needsLead) reasons.push(R.contributorNeedsLead);
  pushWarnings(reasons, s, findings, 'guidelines.warn_shown');
  return allow(needsLead ? [step(s, 'unit_leads', f.unit)] : NO_STEPS, reasons);
}

/** Decides `action` for the decentralized model; `f` describes the actor relative to the target unit. */
export function decideDecentralized(
  s: Snapshot,
  f: ActorFacts,
  action: Action,
  _channel: number,
  context: PublishContext | undefined,
): Decision {
  switch (action) {
    case 'view_calendar':
      return f.effRole >= MEMBER ? CALENDAR_ALL : CALENDAR_READ_ONLY;
    case 'draft':
      return byUnitRole(s, f, CONTRIBUTOR, NOT_CONTRIBUTOR);
    case 'publish':
      return publish(s, f, context);
    case 'approve':
      return gated(
        gates(s, f, true),
        f.effRole === LEAD
          ? grantPool(s, 'unit_leads', f.unit)
          : NOT_LEAD(f.effRole, NO_ROLE, false),
      );
    case 'manage_guidelines':
      // The root's guidelines bind everyone: only admins set them.
      if (f.unit === s.root) return f.admin ? ADMIN : ROOT_ADMINS_ONLY;
      return byUnitRole(s, f, LEAD, NOT_LEAD);
    case 'manage_channels':
    case 'pause_others':
      return byUnitRole(s, f, LEAD, NOT_LEAD);
    case 'reply_inbox':
      return gated(gates(s, f, false), byUnitRole(s, f, MEMBER, NOT_MEMBER));
  }
}
