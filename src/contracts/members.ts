import { z } from 'zod';
import { ROLES } from '../core/governance/types.ts';
import { emailSchema, idSchema, localeSchema, nameSchema, passwordSchema } from './common.ts';

export const roleSchema = z.enum(ROLES);

export const membershipSchema = z.object({ unitId: idSchema, role: roleSchema });
export type Membership = z.infer<typeof membershipSchema>;

/** A set of memberships: one role per unit, so a unit may appear once. */
export const membershipsInput = z
  .array(z.strictObject({ unitId: idSchema, role: roleSchema }))
  .max(500)
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((m, i) => {
      if (seen.has(m.unitId)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'unitId'],
          message: 'A unit may appear only once.',
        });
      }
      seen.add(m.unitId);
    });
  });

/** Hours per week allotted to social media; stored as whole minutes. */
export const weeklyHoursSchema = z.number().min(0).max(80);
export const hourlyRateCentsSchema = z.number().int().min(0).max(100_000_000);

export const memberSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  locale: localeSchema,
  admin: z.boolean(),
  trainedAt: z.iso.datetime().nullable(),
  strategyAckVersion: z.number().int(),
  weeklyHours: z.number(),
  hourlyRateCents: z.number().int(),
  onSite: z.boolean(),
  /** Notifications come by email too (the member's own choice, `PATCH /auth/me`). */
  emailNotifications: z.boolean(),
  /** Created without a password and has not accepted the invitation yet. */
  invitePending: z.boolean(),
  memberships: z.array(membershipSchema),
  createdAt: z.iso.datetime(),
});
export type Member = z.infer<typeof memberSchema>;

export const createMemberBody = z.strictObject({
  email: emailSchema,
  name: nameSchema,
  /** Defaults to the organization's locale. */
  locale: localeSchema.optional(),
  admin: z.boolean().default(false),
  /** Without a password the member is invited: the response carries a one-time `inviteToken`. */
  password: passwordSchema.optional(),
  memberships: membershipsInput.default([]),
  trained: z.boolean().default(false),
  weeklyHours: weeklyHoursSchema.default(0),
  hourlyRateCents: hourlyRateCentsSchema.default(0),
  onSite: z.boolean().default(true),
});
export type CreateMemberInput = z.infer<typeof createMemberBody>;

export const createdMemberSchema = memberSchema.extend({
  /** Shown once; only its hash is stored. Null when the member was created with a password. */
  inviteToken: z.string().nullable(),
  inviteExpiresAt: z.iso.datetime().nullable(),
});
export type CreatedMember = z.infer<typeof createdMemberSchema>;

export const updateMemberBody = z.strictObject({
  name: nameSchema.optional(),
  locale: localeSchema.optional(),
  admin: z.boolean().optional(),
  weeklyHours: weeklyHoursSchema.optional(),
  hourlyRateCents: hourlyRateCentsSchema.optional(),
  onSite: z.boolean().optional(),
});
export type UpdateMemberInput = z.infer<typeof updateMemberBody>;

export const replaceMembershipsBody = z.strictObject({ memberships: membershipsInput });
export type MembershipInput = z.infer<typeof membershipsInput>[number];

export const trainingBody = z.strictObject({ trained: z.boolean() });
