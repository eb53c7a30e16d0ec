import type { Snapshot } from './snapshot.ts';
import type { ModelKey, PublishContext } from './types.ts';

/**
 * What a guideline finding means in the organization's model. This is the only place that maps a
 * rule's base severity to its effect; `decide` (through `summarize`, `pushBlocking` and
 * `pushWarnings` in decision.ts) and the editor's live checks both read it.
 *
 * - `block` always blocks.
 * - `warn` in holistic and decentralized: shown, not blocking.
 * - `warn` in coordinated: stays a warning; the policy sends the post to the hub (unless a hub
 *   editor publishes it).
 * - `warn` in centralized: blocks.
 * - `warn` in multi_coordinated: blocks when the rule is global (attached to the root); a regional
 *   rule's warning stays a warning and the policy adds the regional hub step. A rule whose unit is
 *   not the root (or unknown) counts as regional.
 */

/** A rule's result in the model: `ok` (no finding), `warn` or `block`. */
export type RuleResult = 'ok' | 'warn' | 'block';

/** The facts of a finding that matter here (what `PublishContext.findings` carries). */
export type FindingFacts = NonNullable<PublishContext['findings']>[number];

/** The organization facts the mapping needs, for callers without a compiled snapshot. */
export interface SeverityModel {
  model: ModelKey;
  rootUnitId: string;
}

/** What a `warn` finding amounts to in `model`; `global`: its rule is attached to the root. */
export function warnMeans(model: ModelKey, global: boolean): 'warn' | 'block' {
  switch (model) {
    case 'holistic':
    case 'decentralized':
    case 'coordinated':
      return 'warn';
    case 'centralized':
      return 'block';
    case 'multi_coordinated':
      return global ? 'block' : 'warn';
  }
}

/** `effectiveSeverity` on bare facts, without allocation (the policy engine's hot path). */
export function severityIn(model: ModelKey, rootUnitId: string, finding: FindingFacts): RuleResult {
  return finding.severity === 'block'
    ? 'block'
    : warnMeans(model, finding.ruleUnitId === rootUnitId);
}

/**
 * What `finding` means in the organization's model (`snapshot`, or just its model and root unit
 * id): `block` or `warn`, exactly as `decide` treats it. A finding is a violation, so the answer is
 * never `ok`; `worstSeverity` gives `ok` for a post without findings.
 */
export function effectiveSeverity(
  org: Snapshot | SeverityModel,
  finding: FindingFacts,
): RuleResult {
  const rootUnitId = 'unitIds' in org ? org.unitIds[org.root]! : org.rootUnitId;
  return severityIn(org.model, rootUnitId, finding);
}

/** The strictest effective severity of `findings`: `ok` when there are none. */
export function worstSeverity(
  org: Snapshot | SeverityModel,
  findings: readonly FindingFacts[],
): RuleResult {
  let worst: RuleResult = 'ok';
  for (const f of findings) {
    const result = effectiveSeverity(org, f);
    if (result === 'block') return 'block';
    worst = result;
  }
  return worst;
}
