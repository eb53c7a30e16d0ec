import { z } from 'zod';
import { UNIT_KINDS } from '../core/governance/types.ts';
import { idSchema, nameSchema } from './common.ts';

export const unitKindSchema = z.enum(UNIT_KINDS);

export const unitSchema = z.object({
  id: idSchema,
  parentId: idSchema.nullable(),
  name: z.string(),
  kind: unitKindSchema,
  isHub: z.boolean(),
  covers: idSchema.nullable(),
  /** Decentralized model: contributors need a lead's approval; null = the organization's setting. */
  contributorsNeedLead: z.boolean().nullable(),
});
export type Unit = z.infer<typeof unitSchema>;

export const createUnitBody = z.strictObject({
  parentId: idSchema,
  name: nameSchema,
  kind: unitKindSchema,
  isHub: z.boolean().default(false),
  covers: idSchema.nullable().default(null),
  contributorsNeedLead: z.boolean().nullable().default(null),
});
export type CreateUnitInput = z.infer<typeof createUnitBody>;

export const updateUnitBody = z.strictObject({
  name: nameSchema.optional(),
  kind: unitKindSchema.optional(),
  isHub: z.boolean().optional(),
  covers: idSchema.nullable().optional(),
  contributorsNeedLead: z.boolean().nullable().optional(),
});
export type UpdateUnitInput = z.infer<typeof updateUnitBody>;

export const moveUnitBody = z.strictObject({ parentId: idSchema });
