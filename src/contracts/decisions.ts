import { z } from 'zod';
import { ACTIONS, POOLS } from '../core/governance/types.ts';
import { idSchema } from './common.ts';

export const actionSchema = z.enum(ACTIONS);

/** The target is a channel (most actions) or a unit (e.g. manage_guidelines, manage_channels). */
export const decideQuery = z.strictObject({
  action: actionSchema,
  channelId: idSchema.optional(),
  unitId: idSchema.optional(),
});
export type DecideQuery = z.infer<typeof decideQuery>;

export const approvalStepSchema = z.object({
  pool: z.enum(POOLS),
  unitId: idSchema.nullable(),
  rule: z.enum(['any', 'all']),
});

export const explainedReasonSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  /** The reason as a sentence in the member's language. */
  message: z.string(),
});

export const decisionSchema = z.object({
  action: actionSchema,
  allowed: z.boolean(),
  steps: z.array(approvalStepSchema),
  scope: z.enum(['all', 'read_only', 'published_and_own', 'published_only']).optional(),
  reasons: z.array(explainedReasonSchema),
});
export type ExplainedDecision = z.infer<typeof decisionSchema>;
