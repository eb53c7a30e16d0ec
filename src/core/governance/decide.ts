import type { ActorFacts } from './actor-facts.ts';
import { actorFacts } from './actor-facts.ts';
import { deny } from './decision.ts';
import { decideCentralized } from './policy-centralized.ts';
import { decideCoordinated } from './policy-coordinated.ts';
import { decideDecentralized } from './policy-decentralized.ts';
import { decideHolistic } from './policy-holistic.ts';
import { decideMulti } from './policy-multi.ts';
import { reason } from './reasons.ts';
import type { Snapshot } from './snapshot.ts';
import type { Action, Decision, ModelKey, PublishContext, Target } from './types.ts';

type ModelPolicy = (
  s: Snapshot,
  f: ActorFacts,
  action: Action,
  channel: number,
  context: PublishContext | undefined,
) => Decision;

const POLICIES: Readonly<Record<ModelKey, ModelPolicy>> = Object.freeze({
  holistic: decideHolistic,
  decentralized: decideDecentralized,
  coordinated: decideCoordinated,
  centralized: decideCentralized,
  multi_coordinated: decideMulti,
});

/**
 * Answers whether `actorId` may perform `action` on `target` under the snapshot's model, and if
 * it is `publish`, which approval chain the post then needs (`steps`, empty: it goes out as
 * scheduled). `reasons` always say why: on a yes the grounds, on a no every rule and gate that
 * failed. Gates: `publish`, `approve` and `reply_inbox` need an informed actor; `approve` also a
 * trained one. `context` only matters for `publish`.
 *
 * Pure and allocation-light; decisions may share frozen parts, so treat them as read-only.
 * Unknown actor, channel or unit → `allowed: false` with `actor.not_found` / `target.not_found`.
 */
export function decide(
  snapshot: Snapshot,
  actorId: string,
  action: Action,
  target: Target,
  context?: PublishContext,
): Decision {
  const member = snapshot.memberIndex.get(actorId);
  if (member === undefined) return deny([reason('actor.not_found', { actorId })]);
  let channel = -1;
  let unit: number | undefined;
  if ('channelId' in target) {
    const c = snapshot.channelIndex.get(target.channelId);
    if (c === undefined)
      return deny([reason('target.not_found', { kind: 'channel', channelId: target.channelId })]);
    channel = c;
    unit = snapshot.channelUnit[c]!;
  } else {
    unit = snapshot.unitIndex.get(target.unitId);
    if (unit === undefined)
      return deny([reason('target.not_found', { kind: 'unit', unitId: target.unitId })]);
  }
  const facts = actorFacts(snapshot, member, unit);
  return POLICIES[snapshot.model](snapshot, facts, action, channel, context);
}
