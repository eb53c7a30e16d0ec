import type { FindingFacts } from '../governance/severity.ts';
import { compileSnapshot } from '../governance/snapshot.ts';
import type { SnapshotInput } from '../governance/types.ts';
import type { RateTable } from './activity.ts';
import { rateOf } from './activity.ts';
import { divideRoundHalfUp } from './money.ts';

/**
 * The what-if's input: the posts to replay, turned once into indexes that every model's snapshot
 * shares (snapshots number units, members and channels in input order, whatever the model).
 */

export interface ReplayVariant {
  channelId: string;
  /** The variant's guideline findings (as `PublishContext.findings`). */
  findings?: FindingFacts[];
  /** Overrides the post's flag for this variant. */
  deviatesFromMaster?: boolean;
}

export interface ReplayPost {
  id: string;
  authorId: string;
  /** The post's unit (the author's side, for hand-offs). */
  unitId: string;
  variants: readonly ReplayVariant[];
  /** The post deviates from its campaign's master post. */
  deviatesFromMaster?: boolean;
}

/**
 * Findings class bits: all that `decide` can tell apart about a variant's findings is whether one
 * blocks, whether a warning comes from a global rule (attached to the root) or another, and
 * whether the post deviates from its campaign's master; the replay caches decisions by them.
 */
export const BLOCK = 1;
export const GLOBAL_WARN = 2;
export const OTHER_WARN = 4;
export const DEVIATES = 8;
export const CLASSES = 16;

/** The posts as indexes, shared by every model (the snapshots share the input's order). */
export interface PreparedReplay {
  organization: SnapshotInput;
  postIds: string[];
  author: Int32Array;
  unit: Int32Array;
  /** Variants of post i: `variantStart[i] .. variantStart[i + 1] - 1`. */
  variantStart: Int32Array;
  channel: Int32Array;
  /** Findings class bits (BLOCK | GLOBAL_WARN | OTHER_WARN | DEVIATES). */
  findingsClass: Uint8Array;
  /** The variant's findings, to ask `decide` with on a cache miss. */
  findings: (FindingFacts[] | undefined)[];
  /** Hourly rate in cents by member index. */
  rate: Float64Array;
  /** The organization's mean rate (rounded half up): the fallback for an empty pool. */
  meanRate: number;
  skipped: { count: number; reasons: Record<string, number> };
}

/**
 * Turns the posts into indexes once for all models and sets aside those that cannot be replayed.
 * Throws `SnapshotError` when the organization itself is inconsistent (see `compileSnapshot`).
 */
export function prepareReplay(
  organization: SnapshotInput,
  posts: readonly ReplayPost[],
  rates: RateTable,
): PreparedReplay {
  const s = compileSnapshot(organization);
  const rootId = s.unitIds[s.root]!;
  const kept: ReplayPost[] = [];
  const reasons: Record<string, number> = {};
  const skip = (code: string) => (reasons[code] = (reasons[code] ?? 0) + 1);
  let variants = 0;
  for (const p of posts) {
    if (!s.memberIndex.has(p.authorId)) skip('author.not_found');
    else if (!s.unitIndex.has(p.unitId)) skip('unit.not_found');
    else if (p.variants.length === 0) skip('post.no_variants');
    else if (p.variants.some((v) => !s.channelIndex.has(v.channelId))) skip('channel.not_found');
    else {
      kept.push(p);
      variants += p.variants.length;
    }
  }
  const author = new Int32Array(kept.length);
  const unit = new Int32Array(kept.length);
  const variantStart = new Int32Array(kept.length + 1);
  const channel = new Int32Array(variants);
  const findingsClass = new Uint8Array(variants);
  const findings = new Array<FindingFacts[] | undefined>(variants);
  let at = 0;
  kept.forEach((p, i) => {
    author[i] = s.memberIndex.get(p.authorId)!;
    unit[i] = s.unitIndex.get(p.unitId)!;
    variantStart[i] = at;
    for (const v of p.variants) {
      let bits = (v.deviatesFromMaster ?? p.deviatesFromMaster) === true ? DEVIATES : 0;
      for (const f of v.findings ?? []) {
        if (f.severity === 'block') bits |= BLOCK;
        else bits |= f.ruleUnitId === rootId ? GLOBAL_WARN : OTHER_WARN;
      }
      channel[at] = s.channelIndex.get(v.channelId)!;
      findingsClass[at] = bits;
      findings[at] = v.findings;
      at++;
    }
  });
  variantStart[kept.length] = at;
  const rate = Float64Array.from(s.memberIds, (id) => rateOf(rates, id));
  let sum = 0;
  for (const r of rate) sum += r;
  return {
    organization,
    postIds: kept.map((p) => p.id),
    author,
    unit,
    variantStart,
    channel,
    findingsClass,
    findings,
    rate,
    meanRate: rate.length === 0 ? 0 : divideRoundHalfUp(sum, rate.length),
    skipped: { count: posts.length - kept.length, reasons },
  };
}
