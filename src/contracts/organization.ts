import { z } from 'zod';
import { modelSettingsSchema } from '../core/governance/models.ts';
import { MODELS } from '../core/governance/types.ts';
import { idSchema, localeSchema, nameSchema } from './common.ts';

export const modelSchema = z.enum(MODELS);

function canonicalTimeZone(timeZone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * An IANA time zone name that this runtime knows (`Europe/Berlin`, `UTC`), stored in its canonical
 * spelling. `Intl.supportedValuesOf('timeZone')` leaves out `UTC`, so ask `DateTimeFormat` instead.
 */
export const timeZoneSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine((tz) => canonicalTimeZone(tz) !== null, { message: 'Unknown time zone' })
  .overwrite((tz) => canonicalTimeZone(tz) ?? tz);

export const organizationSchema = z.object({
  id: idSchema,
  name: z.string(),
  locale: localeSchema,
  timeZone: z.string(),
  model: modelSchema,
  modelSettings: modelSettingsSchema,
  strategyVersion: z.number().int(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const organizationSummarySchema = organizationSchema.pick({
  id: true,
  name: true,
  locale: true,
  timeZone: true,
  model: true,
});
export type OrganizationSummary = z.infer<typeof organizationSummarySchema>;

/**
 * `model` and `modelSettings` are accepted only with their current values (422
 * `organization.use_model_switch` otherwise): a switch goes through `/organization/model/preview`
 * and `/organization/model/apply` (contracts/model-switch.ts).
 */
export const updateOrganizationBody = z.strictObject({
  name: nameSchema.optional(),
  locale: localeSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  model: modelSchema.optional(),
  modelSettings: modelSettingsSchema.optional(),
});
export type UpdateOrganizationInput = z.infer<typeof updateOrganizationBody>;
