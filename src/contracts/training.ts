import { z } from 'zod';
import { idSchema } from './common.ts';

/**
 * Training records. The policy engine's gate stays `trainedAt` (DESIGN: training in business
 * policy and customer handling); a record of each of the two required topics sets it (see
 * docs/POLICY.md). Other trainings are recorded as `other` with a title.
 */
export const TRAINING_TOPICS = ['business_policy', 'customer_handling', 'other'] as const;
export const trainingTopicSchema = z.enum(TRAINING_TOPICS);
export type TrainingTopic = z.infer<typeof trainingTopicSchema>;

/** The topics a member needs to count as trained. */
export const REQUIRED_TRAINING_TOPICS = ['business_policy', 'customer_handling'] as const;

export const addTrainingRecordBody = z
  .strictObject({
    topic: trainingTopicSchema,
    /** What the training was; required for `other`. */
    title: z.string().trim().min(1).max(200).optional(),
    /** When the member completed it; default now. Not in the future. */
    completedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((b) => b.topic !== 'other' || b.title !== undefined, {
    path: ['title'],
    message: 'A training of topic other needs a title.',
  });
export type AddTrainingRecordInput = z.infer<typeof addTrainingRecordBody>;

export const trainingRecordSchema = z.object({
  id: idSchema,
  memberId: idSchema,
  topic: trainingTopicSchema,
  title: z.string(),
  completedAt: z.iso.datetime(),
  /** The admin who confirmed it; null when they have left the organization. */
  confirmedBy: idSchema.nullable(),
  createdAt: z.iso.datetime(),
});
export type TrainingRecord = z.infer<typeof trainingRecordSchema>;

export const trainingOverviewSchema = z.object({
  memberId: idSchema,
  /** The gate the policy engine reads; null: not trained. */
  trainedAt: z.iso.datetime().nullable(),
  /** Required topics without a record yet. */
  missingTopics: z.array(trainingTopicSchema),
  /** Oldest completion first. */
  records: z.array(trainingRecordSchema),
});
export type TrainingOverview = z.infer<typeof trainingOverviewSchema>;
