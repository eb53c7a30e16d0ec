import { sql, type Expression, type InferResult, type RawBuilder } from 'kysely';
import type { CalendarVariant, CampaignInfo } from '../../core/calendar/conflicts.ts';
import type { Db } from '../../db/connect.ts';

/** A post's variant as the calendar shows it. */
export interface CalendarRow extends CalendarVariant {
  dueAt: Date;
  authorId: string;
  title: string;
  labels: string[];
  network: string;
  channelName: string;
}

/** The most rows one request reads; past it the answer says `truncated`. */
export const MAX_CALENDAR_ROWS = 5000;

/**
 * Every dated variant of the organization due in `[from, to)`, earliest first, with its post and
 * channel: one query on `post_variants (organization_id, due_at)`. Visibility and the request's
 * filters are applied in memory by the caller, against the cached snapshot.
 */
export async function loadRange(
  db: Db,
  organizationId: string,
  from: Date,
  to: Date,
): Promise<{ rows: CalendarRow[]; truncated: boolean }> {
  const range = db
    .selectFrom('post_variants as v')
    .innerJoin('posts as p', 'p.id', 'v.post_id')
    .innerJoin('channels as c', 'c.id', 'v.channel_id')
    .select([
      'v.id as variant_id',
      'v.post_id',
      'v.channel_id',
      'v.text',
      'v.link',
      'v.due_at',
      'p.unit_id',
      'p.author_id',
      'p.status',
      'p.title',
      'p.labels',
      'p.campaign_id',
      'c.network',
      'c.display_name',
    ])
    .where('v.organization_id', '=', organizationId)
    .where('p.organization_id', '=', organizationId)
    .where('c.organization_id', '=', organizationId)
    .where('v.due_at', '>=', from)
    .where('v.due_at', '<', to)
    .orderBy('v.due_at')
    .orderBy('v.id')
    .limit(MAX_CALENDAR_ROWS + 1);
  const rows = await rowsAsJson<AsJson<InferResult<typeof range>[number]>>(
    db,
    range,
    sql`r.due_at, r.variant_id`,
  );
  return {
    rows: rows.slice(0, MAX_CALENDAR_ROWS).map((r) => ({
      postId: r.post_id,
      variantId: r.variant_id,
      channelId: r.channel_id,
      unitId: r.unit_id,
      status: r.status,
      dueAt: new Date(r.due_at!),
      text: r.text,
      link: r.link,
      campaignId: r.campaign_id,
      authorId: r.author_id,
      title: r.title,
      labels: r.labels,
      network: r.network,
      channelName: r.display_name,
    })),
    truncated: rows.length > MAX_CALENDAR_ROWS,
  };
}

export async function loadCampaigns(
  db: Db,
  organizationId: string,
  campaignIds: readonly string[],
): Promise<CampaignInfo[]> {
  if (campaignIds.length === 0) return [];
  const rows = await db
    .selectFrom('campaigns')
    .select(['id', 'starts_at', 'ends_at', 'master_post_id'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', [...campaignIds])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    masterPostId: r.master_post_id,
  }));
}

/** Every variant of the given posts (campaign masters), dated or not. */
export async function loadPostVariants(
  db: Db,
  organizationId: string,
  postIds: readonly string[],
): Promise<(CalendarVariant & { authorId: string })[]> {
  if (postIds.length === 0) return [];
  const query = variantQuery(db, organizationId).where('v.post_id', 'in', [...postIds]);
  const rows = await rowsAsJson<VariantRow>(db, query, sql`r.variant_id`);
  return rows.map(toVariant);
}

/** How far back a published post still counts for "duplicate of an already published post". */
export const DUPLICATE_LOOKBACK_DAYS = 365;

/**
 * Published variants on the given channels due in `[from, to)`, newest first: the history that
 * re-posts are compared with. Bounded by `DUPLICATE_LOOKBACK_DAYS` (by the caller's `from`) and
 * by `MAX_CALENDAR_ROWS`.
 */
export async function loadPublished(
  db: Db,
  organizationId: string,
  channelIds: readonly string[],
  from: Date,
  to: Date,
): Promise<(CalendarVariant & { authorId: string })[]> {
  if (channelIds.length === 0) return [];
  const query = variantQuery(db, organizationId)
    .where('p.status', '=', 'published')
    .where('v.channel_id', 'in', [...channelIds])
    .where('v.due_at', '>=', from)
    .where('v.due_at', '<', to)
    .orderBy('v.due_at', 'desc')
    .limit(MAX_CALENDAR_ROWS);
  const rows = await rowsAsJson<VariantRow>(db, query, sql`r.due_at desc`);
  return rows.map(toVariant);
}

function variantQuery(db: Db, organizationId: string) {
  return db
    .selectFrom('post_variants as v')
    .innerJoin('posts as p', 'p.id', 'v.post_id')
    .select([
      'v.id as variant_id',
      'v.post_id',
      'v.channel_id',
      'v.text',
      'v.link',
      'v.due_at',
      'p.unit_id',
      'p.author_id',
      'p.status',
      'p.campaign_id',
    ])
    .where('v.organization_id', '=', organizationId)
    .where('p.organization_id', '=', organizationId);
}

type VariantRow = AsJson<InferResult<ReturnType<typeof variantQuery>>[number]>;

function toVariant(r: VariantRow): CalendarVariant & { authorId: string } {
  return {
    postId: r.post_id,
    variantId: r.variant_id,
    channelId: r.channel_id,
    unitId: r.unit_id,
    status: r.status,
    dueAt: r.due_at === null ? null : new Date(r.due_at),
    text: r.text,
    link: r.link,
    campaignId: r.campaign_id,
    authorId: r.author_id,
  };
}

/** A row as JSON writes it: a timestamp is its text. */
type AsJson<Row> = {
  [K in keyof Row]: Row[K] extends Date
    ? string
    : Row[K] extends Date | null
      ? string | null
      : Row[K];
};

/**
 * The rows of `query` as one JSON array, in `order` (of its columns, as `r.…`). PGlite passes
 * every field of every row through its JavaScript protocol parser and `pg` parses each once more,
 * which for a busy month's thousands of rows took longer than the query itself; one JSON value is
 * parsed once. Timestamps come as PostgreSQL writes them in JSON (ISO 8601 with the offset).
 */
async function rowsAsJson<Row>(
  db: Db,
  query: Expression<unknown>,
  order: RawBuilder<unknown>,
): Promise<Row[]> {
  const { rows } = await db
    .selectNoFrom(
      sql<Row[]>`(select coalesce(json_agg(r order by ${order}), '[]') from ${query} as r)`.as(
        'rows',
      ),
    )
    .executeTakeFirstOrThrow();
  return rows;
}
