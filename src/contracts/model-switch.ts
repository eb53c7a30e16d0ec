import { z } from 'zod';
import { modelSettingsSchema } from '../core/governance/models.ts';
import { STRUCTURE_GAP_CODES } from '../core/governance/structure-gaps.ts';
import { ACTIONS, POOLS } from '../core/governance/types.ts';
import { idSchema } from './common.ts';
import { approvalStepSchema } from './decisions.ts';
import { modelSchema, organizationSchema } from './organization.ts';

/**
 * The model switch: preview what it changes, then apply it. A switch may also keep the model and
 * only change the model settings. `modelSettings` replaces the stored settings as a whole;
 * omitted, the current settings stay.
 */
export const modelPreviewBody = z.strictObject({
  model: modelSchema,
  modelSettings: modelSettingsSchema.optional(),
});
export type ModelPreviewInput = z.infer<typeof modelPreviewBody>;

/** The organization's revision as the preview returned it: digits. */
export const revisionSchema = z.string().regex(/^[0-9]{1,19}$/);

export const modelApplyBody = z.strictObject({
  model: modelSchema,
  modelSettings: modelSettingsSchema.optional(),
  /** `revision` of the preview the admin saw; anything changed since → 409 `organization.changed`. */
  expectedRevision: revisionSchema,
  /**
   * Apply although the target model lacks structure it needs (e.g. no hub covering the root):
   * decisions that need the missing hub are then refused with `structure.missing_hub` until it
   * exists. Without it such a switch is refused (422 `model_switch.structure_missing`).
   */
  acceptMissingStructure: z.boolean().default(false),
});
export type ModelApplyInput = z.infer<typeof modelApplyBody>;

const side = z.object({ model: modelSchema, modelSettings: modelSettingsSchema });

export const rightStateSchema = z.object({
  allowed: z.boolean(),
  steps: z.array(approvalStepSchema),
  scope: z.enum(['all', 'read_only', 'published_and_own', 'published_only']).optional(),
});

export const rightChangeSchema = z.object({
  action: z.enum(ACTIONS),
  channelId: idSchema,
  change: z.enum(['gained', 'lost', 'changed']),
  before: rightStateSchema,
  after: rightStateSchema,
});

const changeCounts = z.object({ gained: z.int(), lost: z.int(), changed: z.int() });

export const memberRightsDiffSchema = z.object({
  memberId: idSchema,
  name: z.string(),
  counts: changeCounts,
  /** Per channel, per action: only what differs. */
  changes: z.array(rightChangeSchema),
});

const chainStep = z.object({
  pool: z.enum(POOLS),
  unitId: idSchema.nullable(),
  rule: z.enum(['any', 'all']),
  channelIds: z.array(idSchema),
});

export const postChainChangeSchema = z.object({
  postId: idSchema,
  title: z.string(),
  authorId: idSchema,
  /** The steps of the current approval round. */
  before: z.array(chainStep.extend({ status: z.string() })),
  /** The chain under the target model; empty when the post needs no approval any more. */
  after: z.array(chainStep),
  /** What the post becomes: a new round in review, approved at once, or back to draft. */
  outcome: z.enum(['in_review', 'approved', 'draft']),
  /** Other pools or units than before, or no longer in review. */
  changed: z.boolean(),
  /** Why it goes back to draft: per channel the policy reason, or the content problem. */
  reasons: z.array(
    z.object({ code: z.string(), channelId: idSchema.optional(), path: z.string().optional() }),
  ),
});

export const structureFixSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('create_hub'), parentId: idSchema, covers: idSchema }),
  z.object({
    kind: z.literal('assign_role'),
    unitId: idSchema,
    role: z.enum(['editor', 'lead']),
  }),
  z.object({ kind: z.literal('record_training') }),
]);

export const structureGapSchema = z.object({
  code: z.enum(STRUCTURE_GAP_CODES),
  /** Required gaps refuse the switch unless `acceptMissingStructure`. */
  required: z.boolean(),
  params: z.object({ model: modelSchema, unitId: idSchema.optional() }),
  fixes: z.array(structureFixSchema),
  /** The gap as a sentence in the reader's language, with unit names. */
  message: z.string(),
});

export const modelPreviewSchema = z.object({
  /** The organization's revision this preview was computed at; pass it to `apply`. */
  revision: revisionSchema,
  from: side,
  to: side,
  summary: z.object({
    membersAffected: z.int(),
    rightsGained: z.int(),
    rightsLost: z.int(),
    rightsChanged: z.int(),
    postsInReview: z.int(),
    postsChanged: z.int(),
    postsReturnedToDraft: z.int(),
    structureRequired: z.int(),
    structureRecommended: z.int(),
  }),
  members: z.array(memberRightsDiffSchema),
  posts: z.array(postChainChangeSchema),
  structure: z.array(structureGapSchema),
});
export type ModelPreview = z.infer<typeof modelPreviewSchema>;

export const modelPreviewsSchema = z.object({
  revision: revisionSchema,
  current: side,
  /** Every other model with the current settings, in the order of the models. */
  previews: z.array(modelPreviewSchema),
});
export type ModelPreviews = z.infer<typeof modelPreviewsSchema>;

export const modelApplyResultSchema = z.object({
  switchId: idSchema,
  organization: organizationSchema,
  /** What the switch changed, computed in its transaction. */
  preview: modelPreviewSchema,
  /** Duty notices sent (one per member whose rights or posts changed). */
  notices: z.int(),
  /** Posts in review that got a new round (or went back to draft). */
  postsRecomputed: z.int(),
});
export type ModelApplyResult = z.infer<typeof modelApplyResultSchema>;
