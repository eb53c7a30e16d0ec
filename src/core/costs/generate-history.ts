import { decide } from '../governance/decide.ts';
import { poolMembers } from '../governance/pool.ts';
import type { FindingFacts } from '../governance/severity.ts';
import type { Snapshot } from '../governance/snapshot.ts';
import { compileSnapshot } from '../governance/snapshot.ts';
import type {
  ApprovalStep,
  ChannelInput,
  MemberInput,
  MembershipInput,
  ModelKey,
  Role,
  SnapshotInput,
  UnitInput,
} from '../governance/types.ts';
import type { ActivityEntry, PostTimeline, RateTable, TimelineStep } from './activity.ts';
import { isHubPool } from './activity.ts';
import type { ReplayPost } from './replay.ts';

/**
 * A deterministic organization with a history, for tests, benchmarks and (later) database tests:
 * the same seed gives the same data. Shape: a root company, one hub covering it, regions, and in
 * each region the departments marketing, pr, sales and service. Each department has a lead, two
 * editors, a contributor, sometimes a member without a social media role, and `extraStaff`
 * more; each has a channel (pr's are sensitive), and the root has a sensitive corporate account.
 * Sales departments let contributors publish without a lead (decentralized setting).
 *
 * Every post was possible under `model` (the organization's current one): authors write for their
 * own department's channel, hub staff for any channel; some variants carry a guideline warning
 * (from the department's or the root's rules), some posts belong to a campaign and deviate from
 * its master. Timelines follow the approval chain `model` gives; activity entries cover all six
 * categories.
 */

export interface HistoryOptions {
  /** Default 1. */
  seed?: number;
  /** Default 2. */
  regions?: number;
  /** Staff per department beyond the fixed five (random roles); default 0. */
  extraStaff?: number;
  /** Default 300. */
  posts?: number;
  /** Posts spread over this many days from `start`; default 30. */
  days?: number;
  /** Default 2026-01-05T00:00:00Z (a Monday). */
  start?: Date;
  /** The organization's current model; default `coordinated`. */
  model?: ModelKey;
  /** Also generate timelines and activity entries (default true; a benchmark needs only posts). */
  activity?: boolean;
}

export interface GeneratedHistory {
  organization: SnapshotInput;
  timeZone: string;
  rates: RateTable;
  posts: ReplayPost[];
  timelines: PostTimeline[];
  entries: ActivityEntry[];
  /** Each member's one membership. */
  roleOf: ReadonlyMap<string, { unitId: string; role: Role }>;
}

export const DEPARTMENT_KINDS = ['marketing', 'pr', 'sales', 'service'] as const;

const MINUTE = 60_000;

/** mulberry32: small, fast, and the same sequence on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RATE_RANGE: Readonly<Record<Role, [number, number]>> = {
  lead: [7000, 9000],
  editor: [5000, 6500],
  contributor: [3500, 5000],
  member: [3000, 4000],
};

/** Generates the organization, its posts and (unless `activity: false`) their history. */
export function generateHistory(options: HistoryOptions = {}): GeneratedHistory {
  const random = seededRandom(options.seed ?? 1);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const model = options.model ?? 'coordinated';
  const start = (options.start ?? new Date('2026-01-05T00:00:00Z')).getTime();
  const days = options.days ?? 30;

  const units: UnitInput[] = [];
  const unit = (id: string, parentId: string | null, extra: Partial<UnitInput> = {}) =>
    units.push({
      id,
      parentId,
      kind: 'department',
      name: id,
      isHub: false,
      covers: null,
      ...extra,
    });
  unit('org', null, { kind: 'company', name: 'Organization' });
  unit('hub', 'org', { kind: 'team', name: 'Social media hub', isHub: true, covers: 'org' });
  const channels: ChannelInput[] = [{ id: 'ch-corporate', unitId: 'org', sensitive: true }];
  const departments: string[] = [];
  for (let r = 0; r < (options.regions ?? 2); r++) {
    unit(`region-${r}`, 'org', { kind: 'region' });
    for (const kind of DEPARTMENT_KINDS) {
      const id = `${kind}-${r}`;
      unit(id, `region-${r}`, { contributorsNeedLead: kind !== 'sales' });
      channels.push({ id: `ch-${id}`, unitId: id, sensitive: kind === 'pr' });
      departments.push(id);
    }
  }

  const members: MemberInput[] = [];
  const memberships: MembershipInput[] = [];
  const roleOf = new Map<string, { unitId: string; role: Role }>();
  const rates = new Map<string, number>();
  const person = (unitId: string, role: Role, hub = false) => {
    const id = `m-${members.length}`;
    members.push({
      id,
      admin: members.length === 0,
      trained: hub || random() < 0.75,
      strategyAckVersion: hub || random() < 0.9 ? 2 : 1,
    });
    memberships.push({ memberId: id, unitId, role });
    roleOf.set(id, { unitId, role });
    const [lo, hi] = RATE_RANGE[role];
    rates.set(id, int(lo, hi) + (hub ? 1000 : 0));
  };
  for (const role of ['lead', 'editor', 'editor', 'contributor'] as const)
    person('hub', role, true);
  for (const d of departments) {
    for (const role of ['lead', 'editor', 'editor', 'contributor'] as const) person(d, role);
    if (random() < 0.5) person(d, 'member');
    for (let i = 0; i < (options.extraStaff ?? 0); i++) {
      person(d, pick(['editor', 'contributor', 'contributor', 'member'] as const));
    }
  }

  const organization: SnapshotInput = {
    organizationId: `generated-${options.seed ?? 1}`,
    model,
    strategyVersion: 2,
    units,
    members,
    memberships,
    channels,
  };
  const s = compileSnapshot(organization);
  // Authors: contributors and up who may submit on their channels under the current model.
  const canSubmit = (memberId: string, channelId: string) =>
    decide(s, memberId, 'publish', { channelId }).allowed;
  const hubAuthors = members
    .filter((m) => roleOf.get(m.id)!.unitId === 'hub' && canSubmit(m.id, 'ch-corporate'))
    .map((m) => m.id);
  const departmentAuthors = members.filter((m) => {
    const { unitId, role } = roleOf.get(m.id)!;
    return unitId !== 'hub' && role !== 'member' && canSubmit(m.id, `ch-${unitId}`);
  });

  const posts: ReplayPost[] = [];
  const timelines: PostTimeline[] = [];
  const entries: ActivityEntry[] = [];
  const campaigns = ['campaign-0', 'campaign-1', 'campaign-2'];
  for (let i = 0; i < (options.posts ?? 300); i++) {
    const fromHub = hubAuthors.length > 0 && random() < 0.12;
    const authorId = fromHub ? pick(hubAuthors) : pick(departmentAuthors).id;
    const unitId = roleOf.get(authorId)!.unitId;
    const channelIds = fromHub
      ? [...new Set([pick(channels).id, 'ch-corporate'])]
      : [`ch-${unitId}`];
    const campaignId = random() < 0.3 ? pick(campaigns) : null;
    const deviates = campaignId !== null && random() < 0.35;
    const variants = channelIds.map((channelId) => {
      if (random() >= 0.18) return { channelId, findings: [] };
      const channelUnit = s.unitIds[s.channelUnit[s.channelIndex.get(channelId)!]!]!;
      const finding: FindingFacts = {
        ruleUnitId: random() < 0.3 ? 'org' : channelUnit,
        severity: 'warn',
      };
      // A warning the current model turns into a block could not be in the history.
      const context = { findings: [finding], deviatesFromMaster: deviates };
      const allowed = decide(s, authorId, 'publish', { channelId }, context).allowed;
      return { channelId, findings: allowed ? [finding] : [] };
    });
    const post: ReplayPost = {
      id: `post-${i}`,
      authorId,
      unitId,
      variants,
      ...(deviates ? { deviatesFromMaster: true } : {}),
    };
    posts.push(post);
    if (options.activity === false) continue;
    const createdAt = start + int(0, days * 24 * 60 - 1) * MINUTE;
    history(s, post, { createdAt, campaignId, random, int, pick, rates, timelines, entries });
  }
  if (options.activity !== false)
    background(s, { start, days, int, pick, random, roleOf, entries });
  entries.sort((a, b) => a.at.getTime() - b.at.getTime());
  return {
    organization,
    timeZone: 'Europe/Berlin',
    rates: { hourlyRateCents: rates },
    posts,
    timelines,
    entries,
    roleOf,
  };
}

interface Draw {
  random: () => number;
  int: (lo: number, hi: number) => number;
  pick: <T>(items: readonly T[]) => T;
}

/** The post's chain under the current model, merged as the app merges variants' chains. */
function chainOf(s: Snapshot, post: ReplayPost): (ApprovalStep & { channelId: string })[] {
  const steps = new Map<string, ApprovalStep & { channelId: string }>();
  for (const v of post.variants) {
    const d = decide(
      s,
      post.authorId,
      'publish',
      { channelId: v.channelId },
      { findings: v.findings ?? [], deviatesFromMaster: post.deviatesFromMaster === true },
    );
    for (const step of d.steps) {
      const key = `${step.pool}:${step.unitId ?? ''}`;
      if (!steps.has(key)) steps.set(key, { ...step, channelId: v.channelId });
    }
  }
  return [...steps.values()];
}

function history(
  s: Snapshot,
  post: ReplayPost,
  o: Draw & {
    createdAt: number;
    campaignId: string | null;
    rates: Map<string, number>;
    timelines: PostTimeline[];
    entries: ActivityEntry[];
  },
): void {
  const channelId = post.variants[0]!.channelId;
  const about = { postId: post.id, unitId: post.unitId, channelId, campaignId: o.campaignId };
  const entry = (
    at: number,
    memberId: string,
    kind: string,
    category: ActivityEntry['category'],
    minutes: number,
  ) => o.entries.push({ at: new Date(at), memberId, kind, category, minutes, ...about });
  entry(o.createdAt, post.authorId, 'post.created', 'create', o.int(15, 45));
  let now = o.createdAt + o.int(20, 180) * MINUTE;
  if (o.random() < 0.4)
    entry(now - 10 * MINUTE, post.authorId, 'post.updated', 'create', o.int(5, 20));
  entry(now, post.authorId, 'post.submitted', 'create', o.int(1, 5));
  const steps: TimelineStep[] = [];
  for (const step of chainOf(s, post)) {
    const openedAt = now;
    now += (isHubPool(step.pool) ? o.int(120, 600) : o.int(30, 240)) * MINUTE;
    steps.push({ pool: step.pool, openedAt: new Date(openedAt), decidedAt: new Date(now) });
    if (step.unitId !== null && step.unitId !== post.unitId) {
      entry(openedAt + MINUTE, post.authorId, 'comment.created', 'coordinate', o.int(5, 25));
    }
    const approvers = poolMembers(s, { ...step, channelIds: [step.channelId] }).filter(
      (id) => id !== post.authorId,
    );
    if (approvers.length > 0)
      entry(now, o.pick(approvers), 'post.approved', 'review', o.int(5, 20));
  }
  now += o.int(0, 120) * MINUTE;
  o.timelines.push({
    postId: post.id,
    authorId: post.authorId,
    unitId: post.unitId,
    channelIds: post.variants.map((v) => v.channelId),
    campaignId: o.campaignId,
    createdAt: new Date(o.createdAt),
    publishedAt: new Date(now),
    approvalSteps: steps,
  });
}

/** Time that belongs to no post: inbox replies, training, planning. */
function background(
  s: Snapshot,
  o: Draw & {
    start: number;
    days: number;
    roleOf: ReadonlyMap<string, { unitId: string; role: Role }>;
    entries: ActivityEntry[];
  },
): void {
  const day = 24 * 60 * MINUTE;
  for (let m = 0; m < s.memberIds.length; m++) {
    if (s.trained[m] !== 1) continue;
    const memberId = s.memberIds[m]!;
    const { unitId } = o.roleOf.get(memberId)!;
    o.entries.push({
      at: new Date(o.start + 9 * 60 * MINUTE),
      memberId,
      kind: 'member.trained',
      category: 'train',
      minutes: 120,
      unitId,
    });
  }
  const hubLead = [...o.roleOf].find(([, r]) => r.unitId === 'hub' && r.role === 'lead')![0];
  for (let d = 0; d < o.days; d++) {
    const at = o.start + d * day;
    if (d % 7 === 0) {
      o.entries.push({
        at: new Date(at + 10 * 60 * MINUTE),
        memberId: hubLead,
        kind: 'plan.weekly',
        category: 'plan',
        minutes: 60,
        unitId: 'hub',
      });
    }
    for (let c = 0; c < s.channelIds.length; c++) {
      const unit = s.channelUnit[c]!;
      const from = s.unitMemberStart[unit]!;
      const count = s.unitMemberStart[unit + 1]! - from;
      if (count === 0 || o.random() < 0.5) continue;
      const memberId = s.memberIds[s.unitMember[from + o.int(0, count - 1)]!]!;
      o.entries.push({
        at: new Date(at + o.int(8 * 60, 18 * 60) * MINUTE),
        memberId,
        kind: 'inbox.replied',
        category: 'respond',
        minutes: o.int(3, 12),
        unitId: s.unitIds[unit]!,
        channelId: s.channelIds[c]!,
      });
    }
  }
}
