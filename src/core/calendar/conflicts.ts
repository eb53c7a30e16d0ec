import { normalizeForDuplicate, topicsOf, type Topics } from './topics.ts';

/**
 * Divergence and conflicts between posts in the shared calendar (DESIGN §4). Pure: the caller
 * loads the variants, the campaigns with their master posts, and the published history, and gets
 * back the conflicts of every variant it asked about.
 *
 * - `campaign_link_mismatch`: a campaign's post links somewhere else than the campaign's master
 *   post (any of the master's links is fine), or, without a master link, than another unit's post
 *   of the same campaign.
 * - `campaign_missing_element`: the campaign's master post carries hashtags (on every one of its
 *   variants) or a link that the post lacks.
 * - `same_topic`: a post of another unit shares a hashtag or a link and is due within the window.
 *   Posts of the same campaign are meant to share them and do not count.
 * - `outside_campaign_window`: due before the campaign starts or after it ends.
 * - `duplicate_published`: the same text (see `normalizeForDuplicate`) is already published on the
 *   same channel by another post; a published post counts only as a duplicate of an earlier one.
 *
 * Archived and rejected posts are out of the game: they are neither checked nor compared with.
 * A campaign's master post is not checked against itself.
 */

export interface CalendarVariant {
  postId: string;
  variantId: string;
  channelId: string;
  unitId: string;
  status: string;
  dueAt: Date | null;
  text: string;
  link: string | null;
  campaignId: string | null;
}

export interface CampaignInfo {
  id: string;
  startsAt: Date | null;
  endsAt: Date | null;
  masterPostId: string | null;
}

export type Conflict =
  | {
      kind: 'campaign_link_mismatch';
      campaignId: string;
      link: string;
      /** The master's links, or the other units' links when the master has none. */
      expected: string[];
      masterPostId: string | null;
    }
  | {
      kind: 'campaign_missing_element';
      campaignId: string;
      masterPostId: string;
      hashtags: string[];
      link: string | null;
    }
  | {
      kind: 'same_topic';
      postId: string;
      variantId: string;
      unitId: string;
      hashtags: string[];
      links: string[];
    }
  | {
      kind: 'outside_campaign_window';
      campaignId: string;
      startsAt: Date | null;
      endsAt: Date | null;
    }
  | { kind: 'duplicate_published'; postId: string; variantId: string };

export type ConflictKind = Conflict['kind'];

export const CONFLICT_KINDS: readonly ConflictKind[] = [
  'campaign_link_mismatch',
  'campaign_missing_element',
  'same_topic',
  'outside_campaign_window',
  'duplicate_published',
];

export interface ConflictInput {
  /** The variants to check; they are also each other's context. */
  variants: readonly CalendarVariant[];
  campaigns: readonly CampaignInfo[];
  /** Every variant of the campaigns' master posts (may repeat entries of `variants`). */
  masterVariants: readonly CalendarVariant[];
  /** Published variants on the variants' channels (may repeat entries of `variants`). */
  published: readonly CalendarVariant[];
  /** Two units' posts on the same topic conflict when due at most this far apart. */
  topicWindowMinutes: number;
}

const INACTIVE = new Set(['archived', 'rejected']);

/** Whether a variant takes part in conflict checks. */
export function isActive(v: CalendarVariant): boolean {
  return !INACTIVE.has(v.status);
}

/** The conflicts of each variant of `input.variants`, keyed by variant id (none: absent). */
export function detectConflicts(input: ConflictInput): Map<string, Conflict[]> {
  const active = input.variants.filter(isActive);
  const topics = new Map<string, Topics>();
  const topicsFor = (v: CalendarVariant): Topics => {
    let t = topics.get(v.variantId);
    if (!t) topics.set(v.variantId, (t = topicsOf(v.text, v.link)));
    return t;
  };
  const out = new Map<string, Conflict[]>();
  const add = (variantId: string, c: Conflict) => {
    const list = out.get(variantId);
    if (list) list.push(c);
    else out.set(variantId, [c]);
  };

  const campaigns = new Map(input.campaigns.map((c) => [c.id, c]));
  for (const c of campaignConflicts(active, campaigns, input.masterVariants, topicsFor)) {
    add(c.variantId, c.conflict);
  }
  for (const c of topicConflicts(active, input.topicWindowMinutes, topicsFor)) {
    add(c.variantId, c.conflict);
  }
  for (const v of active) {
    const campaign = v.campaignId ? campaigns.get(v.campaignId) : undefined;
    if (!campaign || !v.dueAt) continue;
    const t = v.dueAt.getTime();
    if (
      (campaign.startsAt && t < campaign.startsAt.getTime()) ||
      (campaign.endsAt && t > campaign.endsAt.getTime())
    ) {
      add(v.variantId, {
        kind: 'outside_campaign_window',
        campaignId: campaign.id,
        startsAt: campaign.startsAt,
        endsAt: campaign.endsAt,
      });
    }
  }
  for (const c of duplicateConflicts(active, [...input.published, ...input.variants])) {
    add(c.variantId, c.conflict);
  }
  return out;
}

interface Found {
  variantId: string;
  conflict: Conflict;
}

function campaignConflicts(
  active: readonly CalendarVariant[],
  campaigns: ReadonlyMap<string, CampaignInfo>,
  masterVariants: readonly CalendarVariant[],
  topicsFor: (v: CalendarVariant) => Topics,
): Found[] {
  const found: Found[] = [];
  const byCampaign = groupBy(
    active.filter((v) => v.campaignId !== null && campaigns.has(v.campaignId)),
    (v) => v.campaignId!,
  );
  const mastersByPost = groupBy(masterVariants, (v) => v.postId);
  for (const [campaignId, variants] of byCampaign) {
    const masterPostId = campaigns.get(campaignId)!.masterPostId;
    const master = masterPostId ? masterElements(mastersByPost.get(masterPostId), topicsFor) : null;
    const others = variants.filter((v) => v.postId !== masterPostId);
    for (const v of others) {
      const t = topicsFor(v);
      if (master) {
        const hashtags = [...master.hashtags]
          .filter(([key]) => !t.hashtags.has(key))
          .map(([, shown]) => shown);
        const missingLink = master.links.size > 0 && t.primaryLink === null;
        if (hashtags.length > 0 || missingLink) {
          found.push({
            variantId: v.variantId,
            conflict: {
              kind: 'campaign_missing_element',
              campaignId,
              masterPostId: masterPostId!,
              hashtags,
              link: missingLink ? [...master.links.values()][0]! : null,
            },
          });
        }
      }
      if (t.primaryLink === null) continue;
      let expected: string[];
      if (master && master.links.size > 0) {
        if (master.links.has(t.primaryLink.key)) continue;
        expected = [...master.links.values()];
      } else {
        expected = distinctShown(
          others
            .filter((o) => o.unitId !== v.unitId)
            .map((o) => topicsFor(o).primaryLink)
            .filter((l) => l !== null && l.key !== t.primaryLink!.key),
        );
        if (expected.length === 0) continue;
      }
      found.push({
        variantId: v.variantId,
        conflict: {
          kind: 'campaign_link_mismatch',
          campaignId,
          link: t.primaryLink.shown,
          expected,
          masterPostId: master && master.links.size > 0 ? masterPostId : null,
        },
      });
    }
  }
  return found;
}

/** Hashtags on every variant of the master, and the master's links (each variant's own). */
function masterElements(
  variants: readonly CalendarVariant[] | undefined,
  topicsFor: (v: CalendarVariant) => Topics,
): MasterElements | null {
  const live = (variants ?? []).filter(isActive);
  if (live.length === 0) return null;
  return elementsOf(live.map(topicsFor));
}

interface MasterElements {
  hashtags: Map<string, string>;
  links: Map<string, string>;
}

/** A post's text and link, as the master check reads them. */
export interface PostContent {
  text: string;
  link: string | null;
}

/**
 * Whether a variant deviates from its campaign's master post (DESIGN §3, multi_coordinated): it
 * lacks a hashtag the master carries on every variant, or the master has a link and the variant
 * has none or another one. The same reading as `campaign_missing_element` and
 * `campaign_link_mismatch`. `master`: the master's live variants; none: nothing to deviate from.
 */
export function deviatesFromMaster(master: readonly PostContent[], variant: PostContent): boolean {
  if (master.length === 0) return false;
  const m = elementsOf(master.map((v) => topicsOf(v.text, v.link)));
  const t = topicsOf(variant.text, variant.link);
  if ([...m.hashtags.keys()].some((key) => !t.hashtags.has(key))) return true;
  if (m.links.size === 0) return false;
  return t.primaryLink === null || !m.links.has(t.primaryLink.key);
}

function elementsOf(all: readonly Topics[]): MasterElements {
  const hashtags = new Map(
    [...all[0]!.hashtags].filter(([key]) => all.every((t) => t.hashtags.has(key))),
  );
  const links = new Map<string, string>();
  for (const t of all) {
    if (t.primaryLink && !links.has(t.primaryLink.key)) {
      links.set(t.primaryLink.key, t.primaryLink.shown);
    }
  }
  return { hashtags, links };
}

function topicConflicts(
  active: readonly CalendarVariant[],
  windowMinutes: number,
  topicsFor: (v: CalendarVariant) => Topics,
): Found[] {
  const windowMs = windowMinutes * 60_000;
  const dated = active
    .filter((v) => v.dueAt !== null)
    .sort((a, b) => a.dueAt!.getTime() - b.dueAt!.getTime() || cmp(a.variantId, b.variantId));
  const times = dated.map((v) => v.dueAt!.getTime());
  // Only posts that share a hashtag or a link can conflict: each mark's posts in due order,
  // swept within the window, so the work follows the pairs that share something, not every two
  // posts due close together (a busy day has hundreds of those).
  const byMark = new Map<string, number[]>();
  const carry = (mark: string, i: number) => {
    const list = byMark.get(mark);
    if (list) list.push(i);
    else byMark.set(mark, [i]);
  };
  for (let i = 0; i < dated.length; i++) {
    const t = topicsFor(dated[i]!);
    for (const k of t.hashtags.keys()) carry(`#${k}`, i);
    for (const k of t.links.keys()) carry(`/${k}`, i);
  }
  // Pair (i, j), i < j in due order, as one number: once however many marks they share, and in
  // the order of i, then j.
  const n = dated.length;
  const pairs = new Set<number>();
  for (const list of byMark.values()) {
    for (let x = 0; x < list.length; x++) {
      const i = list[x]!;
      for (let y = x + 1; y < list.length; y++) {
        const j = list[y]!;
        if (times[j]! - times[i]! > windowMs) break;
        pairs.add(i * n + j);
      }
    }
  }
  const found: Found[] = [];
  for (const pair of [...pairs].sort((p, q) => p - q)) {
    const a = dated[Math.floor(pair / n)]!;
    const b = dated[pair % n]!;
    if (a.unitId === b.unitId || a.postId === b.postId) continue;
    if (a.campaignId !== null && a.campaignId === b.campaignId) continue;
    const ta = topicsFor(a);
    const tb = topicsFor(b);
    const hashtags = [...ta.hashtags.keys()].filter((k) => tb.hashtags.has(k));
    const links = [...ta.links.keys()].filter((k) => tb.links.has(k));
    // Each side reads the shared hashtags and links as its own post writes them.
    const sharedAs = (t: Topics) => ({
      hashtags: hashtags.map((k) => t.hashtags.get(k)!),
      links: links.map((k) => t.links.get(k)!),
    });
    found.push(
      {
        variantId: a.variantId,
        conflict: { kind: 'same_topic', ...ids(b), unitId: b.unitId, ...sharedAs(ta) },
      },
      {
        variantId: b.variantId,
        conflict: { kind: 'same_topic', ...ids(a), unitId: a.unitId, ...sharedAs(tb) },
      },
    );
  }
  return found;
}

function duplicateConflicts(
  active: readonly CalendarVariant[],
  pool: readonly CalendarVariant[],
): Found[] {
  const published = new Map<string, CalendarVariant[]>();
  const seen = new Set<string>();
  for (const p of pool) {
    if (p.status !== 'published' || seen.has(p.variantId)) continue;
    seen.add(p.variantId);
    const text = normalizeForDuplicate(p.text);
    if (text === '') continue;
    const key = `${p.channelId}\n${text}`;
    const list = published.get(key);
    if (list) list.push(p);
    else published.set(key, [p]);
  }
  const found: Found[] = [];
  for (const v of active) {
    const text = normalizeForDuplicate(v.text);
    if (text === '') continue;
    const same = published.get(`${v.channelId}\n${text}`);
    if (!same) continue;
    const matches = same
      .filter((p) => p.postId !== v.postId && (v.status !== 'published' || earlier(p, v)))
      .sort((a, b) => (a.dueAt?.getTime() ?? 0) - (b.dueAt?.getTime() ?? 0));
    for (const p of matches) {
      found.push({ variantId: v.variantId, conflict: { kind: 'duplicate_published', ...ids(p) } });
    }
  }
  return found;
}

function earlier(a: CalendarVariant, b: CalendarVariant): boolean {
  const ta = a.dueAt?.getTime() ?? -Infinity;
  const tb = b.dueAt?.getTime() ?? -Infinity;
  return ta < tb || (ta === tb && cmp(a.variantId, b.variantId) < 0);
}

function ids(v: CalendarVariant) {
  return { postId: v.postId, variantId: v.variantId };
}

function distinctShown(marks: readonly ({ key: string; shown: string } | null)[]): string[] {
  const byKey = new Map<string, string>();
  for (const m of marks) if (m && !byKey.has(m.key)) byKey.set(m.key, m.shown);
  return [...byKey.values()];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
