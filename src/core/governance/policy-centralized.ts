import type { ActorFacts } from './actor-facts.ts';
import {
  constant,
  denials,
  deny,
  findingsOf,
  gated,
  gates,
  grantHub,
  grantPool,
  memo,
  MODEL_SLOT,
  pushBlocking,
  step,
  summarize,
} from './decision.ts';
import type { DenialTable } from './decision.ts';
import type { PolicyReason } from './reasons.ts';
import { hubShortfall, MISSING_HUB, R } from './reasons.ts';
import { CONTRIBUTOR, EDITOR, MEMBER, NO_ROLE } from './roles.ts';
import type { Snapshot } from './snapshot.ts';
import type { Action, Decision, PublishContext } from './types.ts';

/**
 * centralized: the hub decides. Everyone may draft a request; every post not written by a hub
 * editor needs a hub editor's approval; a guideline warning blocks.
 */

const CALENDAR_ALL = constant(true, [R.calendarAll], { scope: 'all' });
const CALENDAR_PUBLISHED_AND_OWN = constant(true, [R.calendarPublishedAndOwn], {
  scope: 'published_and_own',
});
const REQUEST = constant(true, [R.request]);

const table = (rule: PolicyReason, hubNeeds: number): DenialTable =>
  denials((_unitRank, hubRank, missing) => [
    rule,
    hubShortfall(hubRank, hubNeeds),
    ...(missing ? [MISSING_HUB.centralized] : []),
  ]);
const NOT_HUB_EDITOR = table(R.ceHubOnly, EDITOR);
const SUGGEST_ONLY = table(R.suggestOnly, CONTRIBUTOR);

function refuse(s: Snapshot, f: ActorFacts, no: DenialTable): Decision {
  return no(NO_ROLE, f.hubRole, s.nearestHub[f.unit] === -1);
}

function byHubEditor(s: Snapshot, f: ActorFacts): Decision {
  return f.hubRole >= EDITOR
    ? grantHub(s, 'grant.hub_editor', f.hubUnit)
    : refuse(s, f, NOT_HUB_EDITOR);
}

function publish(s: Snapshot, f: ActorFacts, context: PublishContext | undefined): Decision {
  const findings = findingsOf(context);
  const hubEditor = f.hubRole >= EDITOR;
  const hub = s.nearestHub[f.unit]!;
  const failed = gates(s, f, false);
  if (failed !== null || summarize(s, findings).blocking > 0 || (!hubEditor && hub === -1)) {
    const no = failed ?? [];
    pushBlocking(no, s, findings);
    if (!hubEditor && hub === -1) no.push(MISSING_HUB.centralized);
    if (no.length > 0) return deny(no);
  }
  if (hubEditor) return grantHub(s, 'grant.hub_editor', f.hubUnit);
  return memo(s, hub, MODEL_SLOT, () =>
    constant(true, [R.nonHubAuthor], { steps: [step(s, 'hub_editors', hub)] }),
  );
}

/** Decides `action` for the centralized model; `f` describes the actor relative to the target unit. */
export function decideCentralized(
  s: Snapshot,
  f: ActorFacts,
  action: Action,
  _channel: number,
  context: PublishContext | undefined,
): Decision {
  switch (action) {
    case 'view_calendar':
      return f.hubRole >= MEMBER ? CALENDAR_ALL : CALENDAR_PUBLISHED_AND_OWN;
    case 'draft':
      return f.hubRole >= CONTRIBUTOR ? grantHub(s, 'grant.hub_contributor', f.hubUnit) : REQUEST;
    case 'publish':
      return publish(s, f, context);
    case 'approve':
      return gated(
        gates(s, f, true),
        f.hubRole >= EDITOR ? grantPool(s, 'hub_editors', f.hubUnit) : refuse(s, f, NOT_HUB_EDITOR),
      );
    case 'manage_guidelines':
    case 'manage_channels':
    case 'pause_others':
      return byHubEditor(s, f);
    case 'reply_inbox':
      return gated(
        gates(s, f, false),
        f.hubRole >= CONTRIBUTOR
          ? grantHub(s, 'grant.hub_contributor', f.hubUnit)
          : refuse(s, f, SUGGEST_ONLY),
      );
  }
}
