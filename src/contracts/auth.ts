import { z } from 'zod';
import { emailSchema, idSchema, localeSchema, nameSchema, passwordSchema } from './common.ts';
import { memberSchema, roleSchema } from './members.ts';
import {
  modelSchema,
  organizationSchema,
  organizationSummarySchema,
  timeZoneSchema,
} from './organization.ts';

/** The first organization of an installation and its first admin. */
export const signUpBody = z.strictObject({
  organizationName: nameSchema,
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
  locale: localeSchema.default('en'),
  timeZone: timeZoneSchema.default('UTC'),
  model: modelSchema,
});
export type SignUpInput = z.infer<typeof signUpBody>;

export const loginBody = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(200),
});

export const acceptInviteBody = z.strictObject({
  token: z.string().min(1).max(200),
  password: passwordSchema,
});

/**
 * Own profile and settings. Changing the password needs the current one and ends every other
 * session. `emailNotifications: false`: notifications stay in the app only.
 */
export const updateMeBody = z.strictObject({
  name: nameSchema.optional(),
  locale: localeSchema.optional(),
  emailNotifications: z.boolean().optional(),
  currentPassword: z.string().min(1).max(200).optional(),
  newPassword: passwordSchema.optional(),
});
export type UpdateMeInput = z.infer<typeof updateMeBody>;

/** The CSRF token to echo in `x-csrf-token` on every write made with the session cookie. */
const csrfToken = z.string();

export const sessionResponse = z.object({ member: memberSchema, csrfToken });

export const signUpResponse = z.object({
  member: memberSchema,
  organization: organizationSchema,
  csrfToken,
});

export const meResponse = z.object({
  member: memberSchema,
  organization: organizationSummarySchema,
  memberships: z.array(z.object({ unitId: idSchema, unitName: z.string(), role: roleSchema })),
  /** Null when authenticated with an API token. */
  csrfToken: csrfToken.nullable(),
});
export type Me = z.infer<typeof meResponse>;
