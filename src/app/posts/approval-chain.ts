import type { Selectable } from 'kysely';
import { decide } from '../../core/governance/decide.ts';
import type { PoolStep } from '../../core/governance/pool.ts';
import type { FindingFacts } from '../../core/governance/severity.ts';
import type { Snapshot } from '../../core/governance/snapshot.ts';
import type { PoolKind, Reason, StepRule } from '../../core/governance/types.ts';
import type { ApprovalStepsTable } from '../../db/schema.ts';
import { AppError, notFound, type ErrorDetail } from '../errors.ts';

export interface ChainInput {
  channelId: string;
  findings: FindingFacts[];
  /** The variant deviates from its campaign's master post (multi_coordinated: + global hub). */
  deviatesFromMaster?: boolean;
}

/** A stored approval step as the pool rule (`inPool`) reads it. */
export function poolStep(
  s: Pick<Selectable<ApprovalStepsTable>, 'pool' | 'pool_unit_id' | 'rule' | 'channel_ids'>,
): PoolStep {
  return {
    pool: s.pool as PoolKind,
    unitId: s.pool_unit_id,
    rule: s.rule as StepRule,
    channelIds: s.channel_ids,
  };
}

export type ChainResult =
  | { allowed: true; steps: PoolStep[] }
  | { allowed: false; refusals: { channelId: string; index: number; reasons: Reason[] }[] };

/**
 * The approval chain of a post: `decide(author, 'publish', channel, { findings })` for each
 * variant's channel, with that variant's guideline findings. The steps of all variants are merged
 * in order (first variant first), each variant with whether it deviates from the campaign's
 * master post; a step with the same pool and unit as an earlier one is the
 * same step and only adds its channel (an `all` rule wins over `any`). The author must be allowed
 * to publish on every channel; otherwise the answer lists the reasons per channel.
 */
export function approvalChain(
  snapshot: Snapshot,
  authorId: string,
  variants: readonly ChainInput[],
  deviatesFromMaster = false,
): ChainResult {
  const steps: PoolStep[] = [];
  const byKey = new Map<string, PoolStep & { channelIds: string[] }>();
  const refusals: { channelId: string; index: number; reasons: Reason[] }[] = [];
  variants.forEach((v, index) => {
    const d = decide(
      snapshot,
      authorId,
      'publish',
      { channelId: v.channelId },
      { findings: v.findings, deviatesFromMaster: v.deviatesFromMaster ?? deviatesFromMaster },
    );
    if (!d.allowed) {
      refusals.push({ channelId: v.channelId, index, reasons: d.reasons });
      return;
    }
    for (const s of d.steps) {
      const key = `${s.pool}\u0000${s.unitId ?? ''}`;
      const known = byKey.get(key);
      if (known) {
        if (!known.channelIds.includes(v.channelId)) known.channelIds.push(v.channelId);
        if (s.rule === 'all') known.rule = 'all';
        continue;
      }
      const step = { pool: s.pool, unitId: s.unitId, rule: s.rule, channelIds: [v.channelId] };
      byKey.set(key, step);
      steps.push(step);
    }
  });
  return refusals.length > 0 ? { allowed: false, refusals } : { allowed: true, steps };
}

/**
 * The refusal as an error: 404 when a channel is gone, else 403 with one detail per reason, each
 * naming its channel and variant (`body.variants.N.channelId`).
 */
export function chainRefused(result: Extract<ChainResult, { allowed: false }>): AppError {
  const missing = result.refusals.find((r) => r.reasons.some((x) => x.code === 'target.not_found'));
  if (missing) return notFound('channel');
  const details: ErrorDetail[] = result.refusals.flatMap((r) =>
    r.reasons.map((reason) => ({
      path: `body.variants.${r.index}.channelId`,
      code: reason.code,
      params: { ...reason.params, channelId: r.channelId },
    })),
  );
  return new AppError('forbidden', 'The author may not publish on every channel of this post.', {
    details,
  });
}

/** Whether two chains ask the same pools (same pool and unit, in any order). */
export function sameChain(
  a: readonly { pool: string; unitId: string | null }[],
  b: readonly { pool: string; unitId: string | null }[],
): boolean {
  const key = (s: { pool: string; unitId: string | null }) => `${s.pool}\u0000${s.unitId ?? ''}`;
  const left = new Set(a.map(key));
  const right = new Set(b.map(key));
  return left.size === right.size && [...left].every((k) => right.has(k));
}
