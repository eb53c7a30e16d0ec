import type { ActorFacts } from './actor-facts.ts';
import {
  allow,
  constant,
  deny,
  findingsOf,
  gates,
  NO_STEPS,
  pushBlocking,
  pushWarnings,
  TRAINED_PEERS_STEP,
  uninformedReason,
} from './decision.ts';
import { R } from './reasons.ts';
import type { Snapshot } from './snapshot.ts';
import type { Action, Decision, PublishContext, Reason } from './types.ts';

/**
 * holistic: everyone takes part. Hubs are ordinary units. Trained and informed members publish
 * directly; an untrained author needs one trained peer; admins manage guidelines and channels.
 */

const CALENDAR_ALL = constant(true, [R.calendarAll], { scope: 'all' });
const EVERYONE = constant(true, [R.everyone]);
const ADMIN = constant(true, [R.admin]);
const TRAINED = constant(true, [R.trainedMember]);
const PUBLISH_UNTRAINED = constant(true, [R.untrainedAuthor], { steps: [TRAINED_PEERS_STEP] });
const APPROVE = constant(true, [R.trainedPeerPool]);
const ADMINS_ONLY = constant(false, [R.holisticAdminsOnly]);
const ADMINS_OR_TRAINED = constant(false, [R.holisticAdminsOrTrained]);

function publish(s: Snapshot, f: ActorFacts, context: PublishContext | undefined): Decision {
  const findings = findingsOf(context);
  if (f.informed && findings.length === 0) return f.trained ? TRAINED : PUBLISH_UNTRAINED;
  const reasons: Reason[] = [];
  if (!f.informed) reasons.push(uninformedReason(s, f.member));
  pushBlocking(reasons, s, findings);
  if (reasons.length > 0) return deny(reasons);
  reasons.push(f.trained ? R.trainedMember : R.untrainedAuthor);
  pushWarnings(reasons, s, findings, 'guidelines.warn_shown');
  return allow(f.trained ? NO_STEPS : [TRAINED_PEERS_STEP], reasons);
}

/** Decides `action` for the holistic model; `f` describes the actor relative to the target unit. */
export function decideHolistic(
  s: Snapshot,
  f: ActorFacts,
  action: Action,
  _channel: number,
  context: PublishContext | undefined,
): Decision {
  switch (action) {
    case 'view_calendar':
      return CALENDAR_ALL;
    case 'draft':
      return EVERYONE;
    case 'publish':
      return publish(s, f, context);
    case 'approve': {
      // Any trained and informed member is a trained peer; the admin flag adds nothing.
      const failed = gates(s, f, true);
      return failed === null ? APPROVE : deny(failed);
    }
    case 'manage_guidelines':
    case 'manage_channels':
      return f.admin ? ADMIN : ADMINS_ONLY;
    case 'pause_others':
      return f.admin ? ADMIN : f.trained ? TRAINED : ADMINS_OR_TRAINED;
    case 'reply_inbox': {
      if (f.informed && f.trained) return TRAINED;
      const reasons: Reason[] = [];
      if (!f.informed) reasons.push(uninformedReason(s, f.member));
      if (!f.trained) reasons.push(R.holisticTrainedOnly);
      return deny(reasons);
    }
  }
}
