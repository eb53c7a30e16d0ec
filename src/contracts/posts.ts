import { z } from 'zod';
import { POOLS } from '../core/governance/types.ts';
import { POST_STATUSES } from '../core/posts/status.ts';
import { networkSchema } from './channels.ts';
import { idSchema, page, pageQuery } from './common.ts';

export const postStatusSchema = z.enum(POST_STATUSES);

/** Minutes the client measured for the action (composer, review time); feeds the cost reports. */
const spentMinutes = z
  .int()
  .min(0)
  .max(24 * 60)
  .optional();
const dueAt = z.iso.datetime({ offset: true });
/** A BCP 47 language tag such as `de`, `en-GB`. */
const languageSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/, 'expected a language tag such as de or en-GB');

export const variantInput = z.strictObject({
  channelId: idSchema,
  text: z.string().max(100_000),
  link: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .optional(),
  firstComment: z.string().max(10_000).nullable().optional(),
  mediaIds: z.array(idSchema).max(20).default([]),
  /** When to publish on this channel; also settable later with PUT /posts/:id/schedule. */
  dueAt: dueAt.nullable().optional(),
});
export type VariantInput = z.infer<typeof variantInput>;

const labels = z.array(z.string().trim().min(1).max(50)).max(20);

export const createPostBody = z.strictObject({
  /** The unit the post belongs to; defaults to the unit of the first variant's channel. */
  unitId: idSchema.optional(),
  campaignId: idSchema.nullable().optional(),
  title: z.string().trim().max(200).default(''),
  labels: labels.default([]),
  language: languageSchema,
  variants: z.array(variantInput).min(1).max(20),
  spentMinutes,
});
export type CreatePostInput = z.infer<typeof createPostBody>;

/** `version` is the one the client read: a stale one is refused (409 post.version_conflict). */
export const updatePostBody = z.strictObject({
  version: z.int().min(1),
  campaignId: idSchema.nullable().optional(),
  title: z.string().trim().max(200).optional(),
  labels: labels.optional(),
  language: languageSchema.optional(),
  /** Replaces the variants as a whole: channels left out lose their variant. */
  variants: z.array(variantInput).min(1).max(20).optional(),
  spentMinutes,
});
export type UpdatePostInput = z.infer<typeof updatePostBody>;

export const submitPostBody = z.strictObject({
  version: z.int().min(1).optional(),
  spentMinutes,
});
export type SubmitPostInput = z.infer<typeof submitPostBody>;

export const APPROVAL_DECISIONS = ['approve', 'reject', 'request_changes'] as const;

export const decideApprovalBody = z
  .strictObject({
    decision: z.enum(APPROVAL_DECISIONS),
    /** Required when rejecting or requesting changes: the author needs to know why. */
    comment: z.string().trim().max(5000).default(''),
    spentMinutes,
  })
  .refine((b) => b.decision === 'approve' || b.comment.length > 0, {
    message: 'A rejection or a change request needs a comment.',
    path: ['comment'],
  });
export type DecideApprovalInput = z.infer<typeof decideApprovalBody>;

export const scheduleBody = z.strictObject({
  variants: z
    .array(z.strictObject({ channelId: idSchema, dueAt: dueAt.nullable() }))
    .min(1)
    .max(20),
  version: z.int().min(1).optional(),
  spentMinutes,
});
export type ScheduleInput = z.infer<typeof scheduleBody>;

export const postActionBody = z.strictObject({ spentMinutes });
export type PostActionInput = z.infer<typeof postActionBody>;

export const listPostsQuery = pageQuery.extend({
  status: postStatusSchema.optional(),
  /** `true`: only posts the caller manages (its author, or may pause them on all channels). */
  manageable: z.enum(['true', 'false']).optional(),
  /**
   * `me`: only posts in review whose open approval step waits for the caller's decision (in its
   * pool, not the author, not yet decided in this round): the approval queue.
   */
  awaiting: z.enum(['me']).optional(),
  /** The unit's posts and those of the units below it. */
  unitId: idSchema.optional(),
  channelId: idSchema.optional(),
  campaignId: idSchema.optional(),
  authorId: idSchema.optional(),
});
export type ListPostsQuery = z.infer<typeof listPostsQuery>;

export const deliverySchema = z.object({
  id: idSchema,
  status: z.string(),
  dueAt: z.iso.datetime(),
  attempts: z.int(),
});

export const variantSchema = z.object({
  id: idSchema,
  channelId: idSchema,
  network: networkSchema,
  text: z.string(),
  link: z.string().nullable(),
  firstComment: z.string().nullable(),
  mediaIds: z.array(idSchema),
  dueAt: z.iso.datetime().nullable(),
  delivery: deliverySchema.nullable(),
});

export const approvalDecisionSchema = z.object({
  memberId: idSchema,
  decision: z.enum(APPROVAL_DECISIONS),
  comment: z.string(),
  createdAt: z.iso.datetime(),
});

export const postStepSchema = z.object({
  id: idSchema,
  position: z.int(),
  pool: z.enum(POOLS),
  unitId: idSchema.nullable(),
  rule: z.enum(['any', 'all']),
  /** pending | approved | rejected | changes_requested | superseded */
  status: z.string(),
  channelIds: z.array(idSchema),
  decidedAt: z.iso.datetime().nullable(),
  decisions: z.array(approvalDecisionSchema),
});

export const postSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  authorId: idSchema,
  campaignId: idSchema.nullable(),
  title: z.string(),
  labels: z.array(z.string()),
  language: z.string(),
  status: postStatusSchema,
  version: z.int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  submittedAt: z.iso.datetime().nullable(),
  approvedAt: z.iso.datetime().nullable(),
  variants: z.array(variantSchema),
  /** The current approval round (0: never submitted) and its steps in order. */
  approval: z.object({ round: z.int(), steps: z.array(postStepSchema) }),
});
export type Post = z.infer<typeof postSchema>;

export const postPage = page(postSchema);
export type PostPage = z.infer<typeof postPage>;

export const findingSchema = z.object({
  code: z.string(),
  /** Which field of the variant: the text, the link or the first comment. */
  field: z.enum(['text', 'link', 'firstComment']),
  ruleUnitId: idSchema,
  /** The rule's own severity, and what it means in the organization's model. */
  severity: z.enum(['warn', 'block']),
  effectiveSeverity: z.enum(['warn', 'block']),
  positions: z.array(z.object({ start: z.int(), end: z.int() })),
  params: z.record(z.string(), z.unknown()),
});
export type FindingView = z.infer<typeof findingSchema>;

export const variantCheckSchema = z.object({
  channelId: idSchema,
  /** Null for networks without a text limit (webhooks). */
  length: z.int().nullable(),
  limit: z.int().nullable(),
  findings: z.array(findingSchema),
});
export type VariantCheck = z.infer<typeof variantCheckSchema>;

/** A submission: the post, and what the checks found on each variant (warnings do not stop it). */
export const submitResultSchema = z.object({
  post: postSchema,
  checks: z.array(variantCheckSchema),
});
export type SubmitResult = z.infer<typeof submitResultSchema>;
