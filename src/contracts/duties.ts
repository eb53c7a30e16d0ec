import { z } from 'zod';
import { STAFFING_ROLES } from '../core/advisor/staffing-roles.ts';
import { ACTIONS, MODELS, POOLS } from '../core/governance/types.ts';
import { idSchema, pageQuery } from './common.ts';

/**
 * Duty notices: what changes for a member, told once per cause and acknowledged by them. The
 * items are structured (a code and its parameters, names resolved when the notice was written),
 * so each reader gets them in their own language (`i18n/duties.ts`).
 */

export const DUTY_SOURCES = ['model_switch', 'strategy', 'staffing_plan'] as const;
export const dutySourceSchema = z.enum(DUTY_SOURCES);
export type DutySource = z.infer<typeof dutySourceSchema>;

const names = z.array(z.string());
const action = z.enum(ACTIONS);
const model = z.enum(MODELS);

/** One approver of an approval step: the pool and the unit that forms it (by name). */
export const dutyApproverSchema = z.object({ pool: z.enum(POOLS), unit: z.string().nullable() });

/**
 * Every item a notice may carry. Channel lists hold the channels' display names.
 * - `model.switched` / `settings.changed`: the cause, first item of a switch's notice;
 * - `rights.gained` / `rights.lost`: an action the member may now (no longer) do on channels;
 * - `approval_pool.joined` / `approval_pool.left`: the member now (no longer) approves on channels;
 * - `approvers.changed`: who approves the member's posts on channels now (`steps` empty: nobody);
 * - `calendar.scope_changed`: what the member sees of the channels' posts;
 * - `posts.rechained` / `posts.returned_to_draft`: the member's posts in review (titles);
 * - `strategy.published`: a new strategy version to read and acknowledge;
 * - `staffing.role_assigned`: a staffing plan gives the member a role in a unit (first item of a
 *   plan's notice), with the minutes a week it is planned at;
 * - `training.required`: the member has yet to complete the training the role needs.
 */
export const dutyItemSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('model.switched'), params: z.object({ from: model, to: model }) }),
  z.object({ code: z.literal('settings.changed'), params: z.object({ model }) }),
  z.object({ code: z.literal('rights.gained'), params: z.object({ action, channels: names }) }),
  z.object({ code: z.literal('rights.lost'), params: z.object({ action, channels: names }) }),
  z.object({ code: z.literal('approval_pool.joined'), params: z.object({ channels: names }) }),
  z.object({ code: z.literal('approval_pool.left'), params: z.object({ channels: names }) }),
  z.object({
    code: z.literal('approvers.changed'),
    params: z.object({ channels: names, steps: z.array(dutyApproverSchema) }),
  }),
  z.object({
    code: z.literal('calendar.scope_changed'),
    params: z.object({
      channels: names,
      scope: z.enum(['all', 'read_only', 'published_and_own', 'published_only']),
    }),
  }),
  z.object({ code: z.literal('posts.rechained'), params: z.object({ titles: names }) }),
  z.object({ code: z.literal('posts.returned_to_draft'), params: z.object({ titles: names }) }),
  z.object({
    code: z.literal('strategy.published'),
    params: z.object({ version: z.int(), title: z.string() }),
  }),
  z.object({
    code: z.literal('staffing.role_assigned'),
    params: z.object({
      role: z.enum(STAFFING_ROLES),
      unit: z.string(),
      minutesPerWeek: z.int(),
    }),
  }),
  z.object({ code: z.literal('training.required'), params: z.object({}) }),
]);
export type DutyItem = z.infer<typeof dutyItemSchema>;
export type DutyItemCode = DutyItem['code'];

export const dutyNoticeSchema = z.object({
  id: idSchema,
  source: dutySourceSchema,
  /** The cause's row: the model switch, the strategy version, the staffing plan. */
  sourceId: idSchema,
  /** Title and lines in the reader's language. */
  title: z.string(),
  lines: z.array(z.string()),
  items: z.array(dutyItemSchema),
  createdAt: z.iso.datetime(),
  acknowledgedAt: z.iso.datetime().nullable(),
});
export type DutyNotice = z.infer<typeof dutyNoticeSchema>;

export const dutiesQuery = pageQuery.extend({
  /** `true`: only those not yet acknowledged; `false`: only acknowledged ones. */
  pending: z.enum(['true', 'false']).optional(),
});
export type DutiesQuery = z.infer<typeof dutiesQuery>;

export const dutyPage = z.object({
  items: z.array(dutyNoticeSchema),
  nextCursor: z.string().nullable(),
  /** All of the member's notices not yet acknowledged, not only this page's. */
  pendingCount: z.int(),
});
export type DutyPage = z.infer<typeof dutyPage>;

export const dutyStatusQuery = pageQuery.extend({ source: dutySourceSchema.optional() });
export type DutyStatusQuery = z.infer<typeof dutyStatusQuery>;

const pendingMember = z.object({
  memberId: idSchema,
  name: z.string(),
  email: z.string(),
  noticeId: idSchema,
});

/** One cause (a switch, a strategy version, …) and who has not acknowledged its notice yet. */
export const dutyBatchSchema = z.object({
  source: dutySourceSchema,
  sourceId: idSchema,
  /** The cause in the reader's language, e.g. "Model switch: coordinated → centralized". */
  label: z.string(),
  createdAt: z.iso.datetime(),
  notices: z.int(),
  acknowledged: z.int(),
  pending: z.array(pendingMember),
});
export type DutyBatch = z.infer<typeof dutyBatchSchema>;

export const dutyStatusPage = z.object({
  items: z.array(dutyBatchSchema),
  nextCursor: z.string().nullable(),
});
export type DutyStatusPage = z.infer<typeof dutyStatusPage>;
