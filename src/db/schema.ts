import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Column types as `pg` returns them on both engines: int8 as string, timestamptz as Date. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface OrganizationsTable {
  id: Generated<string>;
  name: string;
  locale: Generated<string>;
  time_zone: Generated<string>;
  model: string;
  model_settings: ColumnType<Record<string, unknown>, string | undefined, string>;
  strategy_version: Generated<number>;
  /** Calendar: two units' posts on the same topic conflict when due this close (1…10080). */
  conflict_window_minutes: Generated<number>;
  revision: ColumnType<string, never, string>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface UnitsTable {
  id: Generated<string>;
  organization_id: string;
  parent_id: string | null;
  name: string;
  kind: string;
  is_hub: Generated<boolean>;
  covers_unit_id: string | null;
  contributors_need_lead: boolean | null;
  created_at: Generated<Date>;
}

export interface MembersTable {
  id: Generated<string>;
  organization_id: string;
  email: string;
  name: string;
  password_hash: string | null;
  invite_token_hash: string | null;
  invite_expires_at: Date | null;
  locale: Generated<string>;
  admin: Generated<boolean>;
  trained_at: Date | null;
  strategy_ack_version: Generated<number>;
  weekly_minutes: Generated<number>;
  hourly_rate_cents: Generated<number>;
  on_site: Generated<boolean>;
  /** The member's choice to get notifications by email too (on by default). */
  email_notifications: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface MembershipsTable {
  organization_id: string;
  member_id: string;
  unit_id: string;
  role: string;
  created_at: Generated<Date>;
}

export interface SessionsTable {
  token_hash: string;
  organization_id: string;
  member_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Date;
}

export interface ApiTokensTable {
  id: Generated<string>;
  organization_id: string;
  member_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: Generated<Date>;
  last_used_at: Date | null;
  expires_at: Date | null;
  revoked_at: Date | null;
}

export interface ChannelsTable {
  id: Generated<string>;
  organization_id: string;
  unit_id: string;
  network: string;
  handle: string;
  display_name: string;
  credentials_enc: string | null;
  limits: ColumnType<Record<string, number>, string | undefined, string>;
  sensitive: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface GuidelineSetsTable {
  id: Generated<string>;
  organization_id: string;
  unit_id: string;
  name: string;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface GuidelineRulesTable {
  id: Generated<string>;
  organization_id: string;
  set_id: string;
  position: number;
  rule: Json<unknown>;
}

export interface StrategyVersionsTable {
  id: Generated<string>;
  organization_id: string;
  version: number;
  title: string;
  body: string;
  published_by: string | null;
  published_at: Generated<Date>;
}

export interface GoalsTable {
  id: Generated<string>;
  organization_id: string;
  strategy_version_id: string;
  unit_id: string | null;
  kpi: string;
  target: number;
  description: Generated<string>;
}

export interface AcknowledgementsTable {
  id: Generated<string>;
  organization_id: string;
  member_id: string;
  subject: string;
  subject_version: number;
  acknowledged_at: Generated<Date>;
}

export interface ActivityTable {
  id: ColumnType<string, never, never>;
  organization_id: string;
  actor_id: string | null;
  kind: string;
  subject_type: string;
  subject_id: string | null;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
  minutes: number | null;
  created_at: Generated<Date>;
}

export interface CampaignsTable {
  id: Generated<string>;
  organization_id: string;
  name: string;
  starts_at: Date | null;
  ends_at: Date | null;
  master_post_id: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface MediaTable {
  id: Generated<string>;
  organization_id: string;
  uploaded_by: string | null;
  storage_key: string;
  mime_type: string;
  /** int8: a string, as `pg` returns it. */
  size_bytes: ColumnType<string, string | number, string | number>;
  sha256: string;
  original_name: Generated<string>;
  width: number | null;
  height: number | null;
  duration_ms: number | null;
  created_at: Generated<Date>;
}

export interface PostsTable {
  id: Generated<string>;
  organization_id: string;
  unit_id: string;
  author_id: string;
  campaign_id: string | null;
  title: Generated<string>;
  labels: ColumnType<string[], string | undefined, string>;
  language: string;
  status: Generated<string>;
  approval_round: Generated<number>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
  submitted_at: Date | null;
  approved_at: Date | null;
  /** The status a paused post returns to when resumed. */
  paused_from: string | null;
}

export interface PostVariantsTable {
  id: Generated<string>;
  organization_id: string;
  post_id: string;
  channel_id: string;
  text: Generated<string>;
  link: string | null;
  first_comment: string | null;
  media_ids: ColumnType<string[], string | undefined, string>;
  due_at: Date | null;
  updated_at: Timestamp;
  /** The order the author gave the variants (`variants.N`). */
  position: Generated<number>;
}

export interface ApprovalStepsTable {
  id: Generated<string>;
  organization_id: string;
  post_id: string;
  round: number;
  position: number;
  pool: string;
  pool_unit_id: string | null;
  rule: string;
  status: Generated<string>;
  decided_at: Date | null;
  /** The channels whose approval chain asked for this step. */
  channel_ids: ColumnType<string[], string | undefined, string>;
}

export interface ApprovalDecisionsTable {
  id: Generated<string>;
  organization_id: string;
  post_id: string;
  step_id: string;
  member_id: string;
  decision: string;
  comment: Generated<string>;
  created_at: Generated<Date>;
}

export interface CommentsTable {
  id: Generated<string>;
  organization_id: string;
  post_id: string;
  author_id: string;
  body: string;
  mentions: ColumnType<string[], string | undefined, string>;
  created_at: Generated<Date>;
}

export interface NotificationsTable {
  id: Generated<string>;
  organization_id: string;
  member_id: string;
  kind: string;
  post_id: string | null;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
  read_at: Date | null;
  created_at: Generated<Date>;
  /** The mail outbox (see the notification-mail migration): pending | sent | failed | skipped. */
  mail_status: Generated<string>;
  /** Claims so far; also the fence that lets only the latest claim record the outcome. */
  mail_attempts: Generated<number>;
  /** Due from then: the next retry, or the end of the lease of the worker sending it. */
  mail_next_at: Generated<Date>;
  mailed_at: Date | null;
  /** Why the mail failed (or was skipped). */
  mail_error: string | null;
}

export interface DeliveriesTable {
  id: Generated<string>;
  organization_id: string;
  post_id: string;
  variant_id: string;
  channel_id: string;
  status: Generated<string>;
  due_at: Date;
  attempts: Generated<number>;
  external_id: string | null;
  external_url: string | null;
  last_error: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
  /** Due time or next retry (`scheduled`); end of the lease (`publishing`). */
  run_at: Date;
  claim_id: string | null;
  /** The worker that claimed it last (kept after the result, for operations). */
  claimed_by: string | null;
  last_attempt_at: Date | null;
  published_at: Date | null;
  failure_kind: string | null;
}

export interface CalendarFeedsTable {
  member_id: string;
  organization_id: string;
  token_hash: string;
  created_at: Generated<Date>;
}

/** Cost settings of an organization (one row, absent until first set). */
export interface CostSettingsTable {
  organization_id: string;
  currency: Generated<string>;
  /** int8: a string, as `pg` returns it; null: no budget set. */
  monthly_budget_cents: ColumnType<string | null, string | number | null, string | number | null>;
  /** `[{ kind, minutes }]`: minutes an activity of that kind counts when it carries none. */
  default_minutes: ColumnType<{ kind: string; minutes: number }[], string | undefined, string>;
  updated_by: string | null;
  updated_at: Timestamp;
}

/** Time a member recorded: measured by a client, entered by hand, or from a timer. */
export interface TimeEntriesTable {
  id: Generated<string>;
  organization_id: string;
  member_id: string;
  category: string;
  minutes: number;
  /** When the work began. */
  at: Date;
  /** measured | manual | timer */
  source: string;
  post_id: string | null;
  unit_id: string | null;
  channel_id: string | null;
  campaign_id: string | null;
  note: Generated<string>;
  created_at: Generated<Date>;
}

/** A member's timer; running while `stopped_at` is null (one per member and category). */
export interface TimersTable {
  id: Generated<string>;
  organization_id: string;
  member_id: string;
  category: string;
  started_at: Date;
  stopped_at: Date | null;
  time_entry_id: string | null;
  post_id: string | null;
  unit_id: string | null;
  channel_id: string | null;
  campaign_id: string | null;
  note: Generated<string>;
}

/** A cost beyond staff time (tools, ads, agencies), spread evenly over its local days. */
export interface OtherCostsTable {
  id: Generated<string>;
  organization_id: string;
  /** tool | ads | agency | other */
  kind: string;
  description: string;
  /** int8: a string, as `pg` returns it. */
  amount_cents: ColumnType<string, string | number, string | number>;
  /** date columns: read them as text (`starts_on::text`), never as a JS Date. */
  starts_on: ColumnType<unknown, string, string>;
  ends_on: ColumnType<unknown, string, string>;
  unit_id: string | null;
  channel_id: string | null;
  campaign_id: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

/** One applied model switch (or change of model settings). */
export interface ModelSwitchesTable {
  id: Generated<string>;
  organization_id: string;
  from_model: string;
  to_model: string;
  from_settings: ColumnType<Record<string, unknown>, string, string>;
  to_settings: ColumnType<Record<string, unknown>, string, string>;
  applied_by: string | null;
  applied_at: Generated<Date>;
  /** The organization's revision the switch was previewed and applied at. */
  revision: string;
  /** Counts: members affected, rights gained, lost, changed, posts recomputed, notices. */
  summary: ColumnType<Record<string, unknown>, string | undefined, string>;
}

/** What changes for one member by one cause, and whether they acknowledged it. */
export interface DutyNoticesTable {
  id: Generated<string>;
  organization_id: string;
  member_id: string;
  /** model_switch | strategy | staffing_plan */
  source: string;
  /** The row of the cause (model_switches, strategy_versions, …). */
  source_id: string;
  /** Structured items (code + params), rendered in the reader's language. */
  items: ColumnType<unknown[], string, string>;
  created_at: Generated<Date>;
  acknowledged_at: Date | null;
}

export interface TrainingRecordsTable {
  id: Generated<string>;
  organization_id: string;
  member_id: string;
  /** business_policy | customer_handling | other */
  topic: string;
  title: Generated<string>;
  completed_at: Date;
  confirmed_by: string | null;
  created_at: Generated<Date>;
}

/** A staffing plan with the people it proposes; applied once (migration 2026-11-30T0000). */
export interface StaffingPlansTable {
  id: Generated<string>;
  organization_id: string;
  model: string;
  profile: ColumnType<Record<string, unknown>, string, string>;
  rates: ColumnType<Record<string, unknown>, string, string>;
  plan: ColumnType<Record<string, unknown>, string, string>;
  proposals: ColumnType<Record<string, unknown>, string, string>;
  /** proposed | applied | discarded */
  status: Generated<string>;
  created_by: string | null;
  created_at: Generated<Date>;
  applied_by: string | null;
  applied_at: Date | null;
  result: ColumnType<Record<string, unknown> | null, string | undefined, string | null>;
}

/**
 * Report rollups (migration 2026-11-30T0300), kept by triggers: time per local day, month and year
 * of the organization's time zone, per report dimension and key, with the unit a scoped report
 * filters by. Sums are int8 (strings, as `pg` returns them).
 */
export interface ReportTimeTable {
  organization_id: string;
  /** total | unit | channel | campaign | member | post */
  dim: string;
  /** day | month | year */
  grain: string;
  starts_at: Date;
  /** The next period's first instant. */
  ends_at: Date;
  key: string | null;
  unit_id: string | null;
  minutes: string;
  cent_minutes: string;
  create_minutes: string;
  review_minutes: string;
  coordinate_minutes: string;
  respond_minutes: string;
  train_minutes: string;
  plan_minutes: string;
}

/** Time on a post of several channels spent on none: split over them when a report reads it. */
export interface ReportSplitTimeTable {
  organization_id: string;
  grain: string;
  starts_at: Date;
  ends_at: Date;
  post_id: string;
  member_id: string;
  /** The activity kind, or `time:<category>` for time entries. */
  source: string;
  category: string;
  /** As recorded (time entries). */
  unit_id: string | null;
  campaign_id: string | null;
  /** The unit a scoped report by channel filters by. */
  scope_unit_id: string | null;
  minutes: string;
  cent_minutes: string;
}

/** One post's approval and lead-time figures, for the reports. */
export interface ReportPostsTable {
  post_id: string;
  organization_id: string;
  /** Its publication, else its creation. */
  placed_at: Date;
  created_at: Date;
  unit_id: string;
  author_id: string;
  campaign_id: string | null;
  channel_ids: string[];
  published: boolean;
  lead_minutes: number | null;
  waits: number[];
  open_steps: number;
}

/** What a transaction changed for the rollups, applied when it commits (always empty outside). */
export interface ReportRollupQueueTable {
  seq: ColumnType<string, never, never>;
  organization_id: string;
  kind: string;
  activity_ids: string[] | null;
  entry_ids: string[] | null;
  ats: Date[] | null;
  post_ids: string[] | null;
  channel_ids: string[] | null;
  member_id: string | null;
  old_rate: number | null;
  old_unit_known: Generated<boolean>;
  old_unit_id: string | null;
}

export interface DB {
  organizations: OrganizationsTable;
  units: UnitsTable;
  members: MembersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  channels: ChannelsTable;
  guideline_sets: GuidelineSetsTable;
  guideline_rules: GuidelineRulesTable;
  strategy_versions: StrategyVersionsTable;
  goals: GoalsTable;
  acknowledgements: AcknowledgementsTable;
  activity: ActivityTable;
  campaigns: CampaignsTable;
  media: MediaTable;
  posts: PostsTable;
  post_variants: PostVariantsTable;
  approval_steps: ApprovalStepsTable;
  approval_decisions: ApprovalDecisionsTable;
  comments: CommentsTable;
  notifications: NotificationsTable;
  deliveries: DeliveriesTable;
  calendar_feeds: CalendarFeedsTable;
  cost_settings: CostSettingsTable;
  time_entries: TimeEntriesTable;
  timers: TimersTable;
  other_costs: OtherCostsTable;
  model_switches: ModelSwitchesTable;
  duty_notices: DutyNoticesTable;
  training_records: TrainingRecordsTable;
  staffing_plans: StaffingPlansTable;
  report_time: ReportTimeTable;
  report_split_time: ReportSplitTimeTable;
  report_posts: ReportPostsTable;
  report_rollup_queue: ReportRollupQueueTable;
}

export type OrganizationRow = Selectable<OrganizationsTable>;
export type UnitRow = Selectable<UnitsTable>;
export type MemberRow = Selectable<MembersTable>;
export type ChannelRow = Selectable<ChannelsTable>;
export type NewActivity = Insertable<ActivityTable>;
