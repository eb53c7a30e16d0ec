import type { DecideQuery, ExplainedDecision } from '../../contracts/decisions.ts';
import { translateReason } from '../../contracts/i18n/reasons.ts';
import { decide } from '../../core/governance/decide.ts';
import type { Target } from '../../core/governance/types.ts';
import type { Actor, Deps } from '../deps.ts';
import { badInput, notFound } from '../errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';

/**
 * Asks the policy engine on the signed-in member's behalf and explains the answer in their
 * language. A question, not an action: a "no" is an answer (allowed: false), not an error. Only
 * an unknown target (including another organization's ids) is an error, as everywhere.
 */
export async function explainDecision(
  deps: Deps,
  actor: Actor,
  query: DecideQuery,
): Promise<ExplainedDecision> {
  const target = targetOf(query);
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  const decision = decide(snapshot, actor.memberId, query.action, target);
  if (decision.reasons.some((r) => r.code === 'target.not_found')) {
    throw 'channelId' in target
      ? notFound('channel', 'querystring.channelId')
      : notFound('unit', 'querystring.unitId');
  }
  const units = await deps.db
    .selectFrom('units')
    .select(['id', 'name'])
    .where('organization_id', '=', actor.organizationId)
    .execute();
  const names = new Map(units.map((u) => [u.id, u.name]));
  const unitName = (id: string) => names.get(id);
  return {
    action: query.action,
    allowed: decision.allowed,
    steps: decision.steps.map((s) => ({ pool: s.pool, unitId: s.unitId, rule: s.rule })),
    ...(decision.scope ? { scope: decision.scope } : {}),
    reasons: decision.reasons.map((r) => ({
      code: r.code,
      params: { ...r.params },
      message: translateReason(r, actor.locale, { unitName }),
    })),
  };
}

function targetOf(query: DecideQuery): Target {
  if (query.channelId && query.unitId) {
    throw badInput(
      'querystring.unitId',
      'decide.one_target',
      'Ask about a channel or a unit, not both.',
    );
  }
  if (query.channelId) return { channelId: query.channelId };
  if (query.unitId) return { unitId: query.unitId };
  throw badInput(
    'querystring.channelId',
    'decide.target_required',
    'Name a channelId or a unitId.',
  );
}
