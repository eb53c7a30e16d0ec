import { z } from 'zod';

/**
 * Guideline rules: attached to a unit, inherited down the tree (see inherit.ts). Each rule has a
 * severity; what a `warn` means depends on the governance model (governance/decide.ts).
 */

export const SEVERITIES = ['warn', 'block'] as const;
export type Severity = (typeof SEVERITIES)[number];

const severity = z.enum(SEVERITIES);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (00:00–23:59)');

export const bannedTermRuleSchema = z.object({
  kind: z.literal('banned_term'),
  severity,
  term: z.string().trim().min(1),
  reason: z.string(),
});

export const disclaimerRuleSchema = z.object({
  kind: z.literal('disclaimer'),
  severity,
  text: z.string().trim().min(1),
  /** Only for channels of this network (e.g. `linkedin`); all networks when absent. */
  network: z.string().min(1).optional(),
});

export const hashtagMaxRuleSchema = z.object({
  kind: z.literal('hashtag_max'),
  severity,
  max: z.number().int().min(0),
});

export const linkDomainsRuleSchema = z.object({
  kind: z.literal('link_domains'),
  severity,
  /** Allowed domains; a domain also allows its subdomains. */
  domains: z.array(z.string().trim().toLowerCase().min(1)),
});

export const postingWindowRuleSchema = z
  .object({
    kind: z.literal('posting_window'),
    severity,
    /** 0 = Sunday … 6 = Saturday, in the organization's time zone. */
    days: z.array(z.number().int().min(0).max(6)),
    start: clock,
    /** Exclusive; after `start` (windows do not run past midnight). */
    end: clock,
  })
  .refine((w) => w.start < w.end, { message: 'end must be after start', path: ['end'] });

export const languagesRuleSchema = z.object({
  kind: z.literal('languages'),
  severity,
  /** Allowed languages (BCP 47 codes such as `de`, `en`). */
  codes: z.array(z.string().trim().toLowerCase().min(2)),
});

export const guidelineRuleSchema = z.discriminatedUnion('kind', [
  bannedTermRuleSchema,
  disclaimerRuleSchema,
  hashtagMaxRuleSchema,
  linkDomainsRuleSchema,
  postingWindowRuleSchema,
  languagesRuleSchema,
]);

export type GuidelineRule = z.infer<typeof guidelineRuleSchema>;
export type GuidelineKind = GuidelineRule['kind'];
export type RuleOf<K extends GuidelineKind> = Extract<GuidelineRule, { kind: K }>;

export const GUIDELINE_KINDS = [
  'banned_term',
  'disclaimer',
  'hashtag_max',
  'link_domains',
  'posting_window',
  'languages',
] as const satisfies readonly GuidelineKind[];

/** The rules attached to one unit. */
export const guidelineSetSchema = z.array(guidelineRuleSchema);
