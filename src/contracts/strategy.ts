import { z } from 'zod';
import { idSchema } from './common.ts';

export const KPIS = [
  'followers',
  'engagement_rate',
  'response_time_minutes',
  'posts_per_week',
  'reach',
  'custom',
] as const;
export const kpiSchema = z.enum(KPIS);

export const goalInput = z.strictObject({
  kpi: kpiSchema,
  target: z.number().min(0).max(1e12),
  /** The unit the goal belongs to; absent or null: organization-wide. */
  unitId: idSchema.nullable().optional(),
  description: z.string().trim().max(2000).optional(),
});

export const publishStrategyBody = z.strictObject({
  title: z.string().trim().min(1).max(200),
  body: z.string().max(100_000),
  goals: z.array(goalInput).max(100).default([]),
});
export type PublishStrategyInput = z.infer<typeof publishStrategyBody>;

export const goalSchema = z.object({
  id: idSchema,
  kpi: kpiSchema,
  target: z.number(),
  unitId: idSchema.nullable(),
  description: z.string(),
});

export const strategyVersionSummary = z.object({
  version: z.int(),
  title: z.string(),
  publishedBy: idSchema.nullable(),
  publishedAt: z.iso.datetime(),
});

export const strategyVersionSchema = strategyVersionSummary.extend({
  body: z.string(),
  goals: z.array(goalSchema),
});
export type StrategyVersion = z.infer<typeof strategyVersionSchema>;

export const strategyOverview = z.object({
  /** The current version; null while none has been published. */
  current: strategyVersionSchema.nullable(),
  /** Every version, newest first. */
  versions: z.array(strategyVersionSummary),
  /** The last version the signed-in member acknowledged (0: none). */
  acknowledgedVersion: z.int(),
});
export type StrategyOverview = z.infer<typeof strategyOverview>;

export const acknowledgeBody = z.strictObject({ version: z.int().min(1) });

export const acknowledgementSchema = z.object({
  version: z.int(),
  acknowledgedAt: z.iso.datetime(),
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

const person = z.object({ memberId: idSchema, name: z.string(), email: z.string() });

export const acknowledgementsOverview = z.object({
  version: z.int(),
  /** `acknowledgedAt` is null when the acknowledgement predates the log (e.g. an import). */
  acknowledged: z.array(person.extend({ acknowledgedAt: z.iso.datetime().nullable() })),
  pending: z.array(person),
});
export type AcknowledgementsOverview = z.infer<typeof acknowledgementsOverview>;
