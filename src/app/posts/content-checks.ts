import type { FindingView, VariantCheck } from '../../contracts/posts.ts';
import { unitChain } from '../../core/governance/snapshot-queries.ts';
import type { Snapshot } from '../../core/governance/snapshot.ts';
import { effectiveSeverity, type FindingFacts } from '../../core/governance/severity.ts';
import { checkVariant, type Finding } from '../../core/guidelines/check.ts';
import { effectiveRules, type EffectiveRule } from '../../core/guidelines/inherit.ts';
import { countText } from '../../core/text/count.ts';
import { isTextNetwork } from '../../core/text/limits.ts';
import type { Db } from '../../db/connect.ts';
import type { ErrorDetail } from '../errors.ts';
import { loadLayers } from '../guidelines/guideline-layers.ts';
import type { VariantRow } from './post-rows.ts';

export interface ContentCheck {
  /** Per variant, in order: length and limit, every finding (warnings included). */
  checks: VariantCheck[];
  /** What refuses a submission: texts over the limit, findings that block in the model. */
  problems: ErrorDetail[];
  /** Per variant: the findings as `decide` takes them. */
  findings: { channelId: string; findings: FindingFacts[] }[];
}

/** Rules that can apply to a link or a first comment; the others are about the post's text. */
const SIDE_KINDS = new Set(['banned_term', 'link_domains']);

/**
 * Counts each variant's text as its network does and runs the guideline checks of its channel's
 * unit (the text with every rule; the link and the first comment with banned terms and link
 * domains). `scheduledAt` of a variant is its due time. Paths of problems are
 * `body.variants.N.<field>`, N the variant's position.
 */
export async function checkContent(opts: {
  db: Db;
  snapshot: Snapshot;
  timeZone: string;
  language: string;
  variants: readonly VariantRow[];
}): Promise<ContentCheck> {
  const { snapshot, variants } = opts;
  const rulesByUnit = new Map<string, EffectiveRule[]>();
  for (const unitId of new Set(variants.map((v) => v.channel_unit_id))) {
    const layers = await loadLayers(opts.db, snapshot.organizationId, unitChain(snapshot, unitId));
    rulesByUnit.set(unitId, effectiveRules(layers).rules);
  }
  const result: ContentCheck = { checks: [], problems: [], findings: [] };
  variants.forEach((v, i) => {
    const rules = rulesByUnit.get(v.channel_unit_id) ?? [];
    const base = {
      network: v.network,
      language: opts.language,
      scheduledAt: v.due_at,
      timeZone: opts.timeZone,
    };
    const found: FindingView[] = [];
    const facts: FindingFacts[] = [];
    const add = (field: FindingView['field'], list: Finding[]) => {
      for (const f of list) {
        const effective = effectiveSeverity(snapshot, f) === 'block' ? 'block' : 'warn';
        found.push({
          code: f.code,
          field,
          ruleUnitId: f.ruleUnitId,
          severity: f.severity,
          effectiveSeverity: effective,
          positions: f.positions,
          params: { ...f.params },
        });
        facts.push({ ruleUnitId: f.ruleUnitId, severity: f.severity });
        if (effective === 'block') {
          result.problems.push({
            path: `body.variants.${i}.${field}`,
            code: f.code,
            message: `A guideline blocks this ${field === 'text' ? 'text' : field}.`,
            params: {
              ruleUnitId: f.ruleUnitId,
              severity: f.severity,
              positions: f.positions,
              ...f.params,
            },
          });
        }
      }
    };
    add('text', checkVariant({ ...base, rules, text: v.text }));
    const side = rules.filter((r) => SIDE_KINDS.has(r.rule.kind));
    if (v.link) add('link', checkVariant({ ...base, rules: side, text: v.link }));
    if (v.first_comment) {
      add('firstComment', checkVariant({ ...base, rules: side, text: v.first_comment }));
    }

    let length: number | null = null;
    let limit: number | null = null;
    if (isTextNetwork(v.network)) {
      const maxChars = v.channel_limits.maxChars;
      const count = countText({
        network: v.network,
        text: v.text,
        ...(typeof maxChars === 'number' ? { limit: maxChars } : {}),
      });
      length = count.length;
      limit = count.limit;
      if (!count.valid) {
        const empty = !/[^\p{White_Space}]/u.test(v.text);
        const tooLong =
          count.length > count.limit ||
          (count.bytes !== undefined &&
            count.byteLimit !== undefined &&
            count.bytes > count.byteLimit);
        const code = empty ? 'text.empty' : tooLong ? 'text.too_long' : 'text.invalid_characters';
        result.problems.push({
          path: `body.variants.${i}.text`,
          code,
          message: empty
            ? 'The text is empty.'
            : tooLong
              ? `The text is too long for ${v.network}: ${count.length} of ${count.limit}.`
              : `The text holds characters ${v.network} refuses.`,
          params: {
            network: v.network,
            length: count.length,
            limit: count.limit,
            ...(count.bytes === undefined ? {} : { bytes: count.bytes }),
            ...(count.byteLimit === undefined ? {} : { byteLimit: count.byteLimit }),
          },
        });
      }
    }
    result.checks.push({ channelId: v.channel_id, length, limit, findings: found });
    result.findings.push({ channelId: v.channel_id, findings: facts });
  });
  return result;
}
