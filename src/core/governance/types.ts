/**
 * The vocabulary of the policy engine. Everything here is plain data: the database layer builds a
 * `SnapshotInput` from rows, `compileSnapshot` turns it into a `Snapshot`, and `decide` answers
 * questions against it. Nothing in `core` does I/O.
 */

export const MODELS = [
  'holistic',
  'decentralized',
  'coordinated',
  'centralized',
  'multi_coordinated',
] as const;
export type ModelKey = (typeof MODELS)[number];

export const ACTIONS = [
  'view_calendar',
  'draft',
  'publish',
  'approve',
  'manage_guidelines',
  'manage_channels',
  'pause_others',
  'reply_inbox',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Highest first. `member` belongs to a unit but has no social media role. */
export const ROLES = ['lead', 'editor', 'contributor', 'member'] as const;
export type Role = (typeof ROLES)[number];

export const UNIT_KINDS = ['company', 'region', 'business_unit', 'department', 'team'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Who may act in an approval step. */
export const POOLS = [
  'trained_peers',
  'unit_leads',
  'hub',
  'hub_editors',
  'regional_hub',
  'global_hub',
] as const;
export type PoolKind = (typeof POOLS)[number];

export type StepRule = 'any' | 'all';

export interface ApprovalStep {
  pool: PoolKind;
  /** The unit whose members form the pool (the hub unit, or the channel's unit for `unit_leads`); null for `trained_peers`. */
  unitId: string | null;
  rule: StepRule;
}

/** A reason code with parameters; translated (de/en) at the edge, never in core. */
export interface Reason {
  code: string;
  params?: Record<string, string | number | boolean>;
}

export interface Decision {
  allowed: boolean;
  steps: ApprovalStep[];
  reasons: Reason[];
  /** For `view_calendar`: what the actor sees of the target's posts. */
  scope?: 'all' | 'read_only' | 'published_and_own' | 'published_only';
}

export interface UnitInput {
  id: string;
  parentId: string | null;
  kind: UnitKind;
  name: string;
  isHub: boolean;
  /** For hubs: the unit whose subtree the hub steers. */
  covers: string | null;
  /** Decentralized model: contributors of this unit need a lead's approval (default true). */
  contributorsNeedLead?: boolean;
}

export interface MemberInput {
  id: string;
  admin: boolean;
  trained: boolean;
  /** Last strategy version acknowledged; 0 = none. */
  strategyAckVersion: number;
}

export interface MembershipInput {
  memberId: string;
  unitId: string;
  role: Role;
}

export interface ChannelInput {
  id: string;
  unitId: string;
  sensitive: boolean;
}

export interface SnapshotInput {
  organizationId: string;
  model: ModelKey;
  /** Current strategy version; 0 = none published, then everyone counts as informed. */
  strategyVersion: number;
  units: UnitInput[];
  members: MemberInput[];
  memberships: MembershipInput[];
  channels: ChannelInput[];
  /** Per-model settings (see `models.ts`); omitted → `DEFAULT_MODEL_SETTINGS`. */
  settings?: ModelSettings;
}

/**
 * Settings of the governance models, kept per model so that a model switch keeps them. Validated
 * at the boundary by `modelSettingsSchema` (models.ts), which also fills in the defaults.
 */
export interface ModelSettings {
  decentralized: {
    /** Used for units whose `contributorsNeedLead` is unset. */
    contributorsNeedLeadDefault: boolean;
  };
}

/** What an action is about: a channel (most actions) or a unit (guidelines, channels of a unit). */
export type Target = { channelId: string } | { unitId: string };

/** Facts about the post being submitted, for `publish`. */
export interface PublishContext {
  /** Guideline rule violations found in the post, with the unit the rule is attached to and its base severity. */
  findings?: { ruleUnitId: string; severity: 'warn' | 'block' }[];
  /** Multi-coordinated campaigns: the post deviates from the campaign's master post. */
  deviatesFromMaster?: boolean;
}
