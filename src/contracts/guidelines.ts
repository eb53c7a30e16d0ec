import { z } from 'zod';
import type { LooseningCode } from '../core/guidelines/inherit.ts';
import { guidelineRuleSchema } from '../core/guidelines/rules.ts';
import { idSchema, nameSchema } from './common.ts';

export { guidelineRuleSchema };
export const MAX_RULES = 200;

/** A unit's own guideline set replaces the previous one as a whole. */
export const putGuidelinesBody = z.strictObject({
  name: nameSchema,
  rules: z.array(guidelineRuleSchema).max(MAX_RULES),
});
export type PutGuidelinesInput = z.infer<typeof putGuidelinesBody>;

/** The unit's own set; `name` and `updatedAt` are null while the unit has none. */
export const guidelineSetSchema = z.object({
  unitId: idSchema,
  name: z.string().nullable(),
  rules: z.array(guidelineRuleSchema),
  updatedAt: z.iso.datetime().nullable(),
});
export type GuidelineSet = z.infer<typeof guidelineSetSchema>;

export const LOOSENINGS = [
  'severity_lowered',
  'limit_raised',
  'domains_added',
  'languages_added',
  'window_widened',
] as const satisfies readonly LooseningCode[];

/** What binds a unit: its inherited rules and its own, each with the unit it comes from. */
export const effectiveGuidelinesSchema = z.object({
  unitId: idSchema,
  rules: z.array(
    z.object({
      /** The highest unit that set the rule. */
      unitId: idSchema,
      unitName: z.string(),
      rule: guidelineRuleSchema,
      /** Units below it that made the rule stricter, top down. */
      tightenedBy: z.array(idSchema),
    }),
  ),
  /** Rules of the chain that would loosen an inherited one and therefore do not count. */
  ignored: z.array(
    z.object({
      unitId: idSchema,
      rule: guidelineRuleSchema,
      inherited: guidelineRuleSchema,
      loosening: z.enum(LOOSENINGS),
    }),
  ),
});
export type EffectiveGuidelines = z.infer<typeof effectiveGuidelinesSchema>;
