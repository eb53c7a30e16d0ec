import { decide } from '../core/governance/decide.ts';
import { decideOrganization, type OrganizationAction } from '../core/governance/organization.ts';
import type { Snapshot } from '../core/governance/snapshot.ts';
import type { Action, Decision, PublishContext, Target } from '../core/governance/types.ts';
import type { Actor } from './deps.ts';
import { AppError, notFound } from './errors.ts';

/**
 * Asks the policy engine and turns a "no" into an error: unknown targets (including ids of other
 * organizations, which are not in this snapshot) become 404, denials 403 with the reason codes.
 * No route decides rights on its own.
 */
export function authorize(
  snapshot: Snapshot,
  actor: Actor,
  action: Action,
  target: Target,
  context?: PublishContext,
): Decision {
  return enforce(decide(snapshot, actor.memberId, action, target, context), action);
}

export function authorizeOrganization(
  snapshot: Snapshot,
  actor: Actor,
  action: OrganizationAction,
): Decision {
  return enforce(decideOrganization(snapshot, actor.memberId, action), action);
}

function enforce(decision: Decision, action: string): Decision {
  if (decision.allowed) return decision;
  const missing = decision.reasons.find((r) => r.code === 'target.not_found');
  if (missing) throw notFound(String(missing.params?.kind ?? 'target'));
  throw new AppError('forbidden', `Not allowed: ${action}`, {
    details: decision.reasons.map((r) => ({
      code: r.code,
      ...(r.params ? { params: r.params } : {}),
    })),
  });
}
