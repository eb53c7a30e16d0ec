import { z } from 'zod';
import { idSchema, nameSchema } from './common.ts';

export const campaignSchema = z.object({
  id: idSchema,
  name: z.string(),
  startsAt: z.iso.datetime().nullable(),
  endsAt: z.iso.datetime().nullable(),
  /** For multi_coordinated: the post units localize; divergence from it is checked. */
  masterPostId: idSchema.nullable(),
  createdBy: idSchema.nullable(),
  createdAt: z.iso.datetime(),
});
export type Campaign = z.infer<typeof campaignSchema>;

const instant = z.iso.datetime({ offset: true });

/** The window must not end before it starts (`body.endsAt`). */
const windowInOrder = (b: { startsAt?: string | null; endsAt?: string | null }) => {
  const start = typeof b.startsAt === 'string' ? Date.parse(b.startsAt) : NaN;
  const end = typeof b.endsAt === 'string' ? Date.parse(b.endsAt) : NaN;
  return Number.isNaN(start) || Number.isNaN(end) || start < end;
};
const windowMessage = { message: 'The campaign must end after it starts.', path: ['endsAt'] };

export const createCampaignBody = z
  .strictObject({
    name: nameSchema,
    startsAt: instant.nullable().optional(),
    endsAt: instant.nullable().optional(),
    masterPostId: idSchema.nullable().optional(),
  })
  .refine(windowInOrder, windowMessage);
export type CreateCampaignInput = z.infer<typeof createCampaignBody>;

/** Fields left out stay; `null` clears the window's edge or the master post. */
export const updateCampaignBody = z
  .strictObject({
    name: nameSchema.optional(),
    startsAt: instant.nullable().optional(),
    endsAt: instant.nullable().optional(),
    masterPostId: idSchema.nullable().optional(),
  })
  .refine(windowInOrder, windowMessage);
export type UpdateCampaignInput = z.infer<typeof updateCampaignBody>;
