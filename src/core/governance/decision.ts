import type { ActorFacts } from './actor-facts.ts';
import type { PolicyReason } from './reasons.ts';
import { R, reason } from './reasons.ts';
import { RANK_ROLE } from './roles.ts';
import type { FindingFacts } from './severity.ts';
import { severityIn } from './severity.ts';
import type { Snapshot } from './snapshot.ts';
import { GRANT_SLOTS } from './snapshot-layout.ts';
import type { ApprovalStep, Decision, PoolKind, PublishContext, Reason } from './types.ts';

/**
 * Building blocks of decisions. The common answers are shared, frozen objects: denials come from
 * tables built once per rule, grants from a lazily filled memo in the snapshot. Callers must treat
 * every `Decision` as read-only.
 */

export const NO_STEPS = Object.freeze([]) as unknown as ApprovalStep[];

/** A frozen decision, for sharing. */
export function constant(
  allowed: boolean,
  reasons: readonly Reason[],
  options: { scope?: Decision['scope']; steps?: readonly ApprovalStep[] } = {},
): Decision {
  const d: Decision = {
    allowed,
    steps: options.steps
      ? (Object.freeze(options.steps.map((x) => Object.freeze({ ...x }))) as ApprovalStep[])
      : NO_STEPS,
    reasons: Object.freeze([...reasons]) as Reason[],
  };
  if (options.scope !== undefined) d.scope = options.scope;
  return Object.freeze(d);
}

/** A fresh yes with an approval chain (`NO_STEPS`: none). */
export function allow(steps: ApprovalStep[], reasons: Reason[]): Decision {
  return { allowed: true, steps, reasons };
}

/** A fresh no. */
export function deny(reasons: Reason[]): Decision {
  return { allowed: false, steps: NO_STEPS, reasons };
}

export const TRAINED_PEERS_STEP: ApprovalStep = Object.freeze({
  pool: 'trained_peers',
  unitId: null,
  rule: 'any',
});

/** An approval step of pool `pool` formed by the members of unit `unit` (an index). */
export function step(s: Snapshot, pool: PoolKind, unit: number): ApprovalStep {
  return { pool, unitId: s.unitIds[unit]!, rule: 'any' };
}

// Grant memo slots per unit: 0–3 unit role by rank, then hub grants, then approval pools.
type HubGrant = 'grant.hub_editor' | 'grant.hub_contributor' | 'grant.hub_takeover';
const HUB_SLOT: Readonly<Record<HubGrant, number>> = {
  'grant.hub_editor': 4,
  'grant.hub_contributor': 5,
  'grant.hub_takeover': 6,
};
const POOL_SLOT: Readonly<Record<PoolKind, number>> = {
  trained_peers: 7,
  unit_leads: 8,
  hub: 9,
  hub_editors: 10,
  regional_hub: 11,
  global_hub: 12,
};
/** Free slot for a model's own per-unit constant (centralized: the chain via a hub). */
export const MODEL_SLOT = 13;

/** The shared decision memoized for `unit` in `slot`, built on first use. */
export function memo(s: Snapshot, unit: number, slot: number, build: () => Decision): Decision {
  return (s.grants[unit * GRANT_SLOTS + slot] ??= build());
}

/** Yes on the grounds of role `rank` held in unit `unit` (U or an ancestor). Shared. */
export function grantUnitRole(s: Snapshot, rank: number, unit: number): Decision {
  return (s.grants[unit * GRANT_SLOTS + rank] ??= constant(true, [
    reason('grant.unit_role', { role: RANK_ROLE[rank]!, unitId: s.unitIds[unit]! }),
  ]));
}

/** Yes on the grounds of a role in hub `hub`. Shared. */
export function grantHub(s: Snapshot, code: HubGrant, hub: number): Decision {
  const key = hub * GRANT_SLOTS + HUB_SLOT[code];
  return (s.grants[key] ??= constant(true, [reason(code, { hubUnitId: s.unitIds[hub]! })]));
}

/** Yes to `approve`: the actor is in approval pool `pool` formed by unit `unit`. Shared. */
export function grantPool(s: Snapshot, pool: PoolKind, unit: number): Decision {
  const key = unit * GRANT_SLOTS + POOL_SLOT[pool];
  return (s.grants[key] ??= constant(true, [
    reason('grant.pool', { pool, unitId: s.unitIds[unit]! }),
  ]));
}

/** The single reason of a shared grant, to reuse in a decision of its own. */
export function grounds(grant: Decision): Reason {
  return grant.reasons[0]!;
}

/** A denial for each (unit rank, hub rank, hub missing), ranks from NO_ROLE to LEAD. */
export type DenialTable = (unitRank: number, hubRank: number, missingHub: boolean) => Decision;

/** Builds every denial of one rule up front, so that saying no allocates nothing. */
export function denials(
  build: (unitRank: number, hubRank: number, missingHub: boolean) => readonly PolicyReason[],
): DenialTable {
  const table: Decision[] = [];
  for (let u = -1; u < RANK_ROLE.length; u++) {
    for (let h = -1; h < RANK_ROLE.length; h++) {
      table.push(constant(false, build(u, h, false)), constant(false, build(u, h, true)));
    }
  }
  const size = RANK_ROLE.length + 1;
  return (u, h, missing) => table[((u + 1) * size + (h + 1)) * 2 + (missing ? 1 : 0)]!;
}

/** `gate.uninformed` with the versions involved. */
export function uninformedReason(s: Snapshot, member: number): PolicyReason {
  return reason('gate.uninformed', {
    strategyVersion: s.strategyVersion,
    acknowledgedVersion: s.strategyAck[member]!,
  });
}

/**
 * The gates for the actor: informed always, trained when asked. Null when they pass, else a
 * fresh list of the failing gates to which the caller may add the model's reasons.
 */
export function gates(s: Snapshot, f: ActorFacts, needTrained: boolean): Reason[] | null {
  const trained = !needTrained || f.trained;
  if (f.informed && trained) return null;
  const reasons: Reason[] = [];
  if (!f.informed) reasons.push(uninformedReason(s, f.member));
  if (!trained) reasons.push(R.untrained);
  return reasons;
}

/**
 * Combines the gate result with the model's answer: the model's answer when the gates pass;
 * otherwise a denial with the failed gates, followed by the model's reasons if it said no too.
 */
export function gated(failed: Reason[] | null, model: Decision): Decision {
  if (failed === null) return model;
  if (!model.allowed) failed.push(...model.reasons);
  return deny(failed);
}

/** What the post's guideline findings amount to in the snapshot's model (see severity.ts). */
export interface FindingSummary {
  /** Findings that block: `block` rules, and warnings the model turns into blocks. */
  blocking: number;
  /** Warnings that stay warnings in the model (shown, or asking a hub). */
  warning: number;
}

const summary: FindingSummary = { blocking: 0, warning: 0 };
const NONE: readonly FindingFacts[] = Object.freeze([]);

/** The post's guideline findings, or a shared empty list. */
export function findingsOf(context: PublishContext | undefined): readonly FindingFacts[] {
  return context?.findings ?? NONE;
}

/** Counts the findings into a shared scratch summary (read it before the next call). */
export function summarize(s: Snapshot, findings: readonly FindingFacts[]): FindingSummary {
  const rootId = s.unitIds[s.root]!;
  let blocking = 0;
  let warning = 0;
  for (let i = 0; i < findings.length; i++) {
    if (severityIn(s.model, rootId, findings[i]!) === 'block') blocking++;
    else warning++;
  }
  summary.blocking = blocking;
  summary.warning = warning;
  return summary;
}

/**
 * Appends one reason per finding that blocks in the model: `guidelines.blocked` for each `block`
 * rule, then `guidelines.warn_blocks` for each warning the model turns into a block.
 */
export function pushBlocking(
  reasons: Reason[],
  s: Snapshot,
  findings: readonly FindingFacts[],
): void {
  const rootId = s.unitIds[s.root]!;
  for (const f of findings) {
    if (f.severity === 'block')
      reasons.push(reason('guidelines.blocked', { ruleUnitId: f.ruleUnitId }));
  }
  for (const f of findings) {
    if (f.severity === 'warn' && severityIn(s.model, rootId, f) === 'block') {
      reasons.push(reason('guidelines.warn_blocks', { ruleUnitId: f.ruleUnitId }));
    }
  }
}

/** Appends `code` once per finding that stays a warning in the model. */
export function pushWarnings(
  reasons: Reason[],
  s: Snapshot,
  findings: readonly FindingFacts[],
  code: 'guidelines.warn_shown' | 'guidelines.warn_needs_hub',
): void {
  const rootId = s.unitIds[s.root]!;
  for (const f of findings) {
    if (severityIn(s.model, rootId, f) === 'warn') {
      reasons.push(reason(code, { ruleUnitId: f.ruleUnitId }));
    }
  }
}
