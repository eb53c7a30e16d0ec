import { sql, type Kysely } from 'kysely';

/**
 * Report rollups: the cost reports read time and post figures summed when they were written,
 * not the activity log. A year of a large organization is a few hundred thousand events and time
 * entries; the rollups hold it in a few hundred rows per report.
 *
 * Tables (all per organization):
 * - `report_time`: minutes, cent-minutes (minutes × the member's hourly rate) and minutes per
 *   category, summed per local day, month and year of the organization's time zone (`grain`,
 *   with the period's first instant and the next period's), per dimension of the reports (`dim`:
 *   total, unit, channel, campaign, member, post; `member_unit` keeps a member's time apart per
 *   unit for reports scoped to units, where `member` does not) and its `key`, with the unit a
 *   report scoped to units filters by (`unit_id`). What a piece of time is attributed to is the
 *   same as when the reports read the log (app/reports/read-time.ts), defined once: the view
 *   `report_time_facts` (one row per event or time entry that is work, with what it was spent
 *   on), and its keys per dimension in `report_time_keys` (the grouping sets of
 *   `applyStatement` below are the same keys, in one pass).
 * - `report_split_time`: time on a post of several channels spent on none of them. A report by
 *   channel splits it over the post's channels per member, post and kind, after summing over the
 *   report's range (the minutes that do not divide go one each to the first channels), which no
 *   sum per period can do; so it is kept apart per member, post and kind, and split when read.
 * - `report_posts`: one row per post with what the approval and lead-time figures need: where it
 *   is placed (its publication, else its creation), its unit, author, campaign and channels,
 *   whether it is published, the minutes from draft to published and the waits of its current
 *   approval round's steps, ascending (medians and 90th percentiles cannot be summed; this is the
 *   compact table they are read from instead of the posts' steps and deliveries).
 * - `report_rollup_queue`: what a transaction changed, until it commits (see below); always empty
 *   outside a transaction.
 *
 * One place of truth, kept current in the writer's transaction: triggers, not the app's write
 * paths. Every way rows change (use cases, the worker, the CLI, the demo seed, a cascade of a
 * foreign key, a hand-made fix in SQL) goes through them, so the rollups cannot drift from the
 * rows they sum. Statement triggers on the source tables note what changed in
 * `report_rollup_queue`; a deferred constraint trigger on that table applies it when the
 * transaction commits (`report_rollup_flush`), under a transaction-scoped advisory lock per
 * organization:
 * - applying at commit takes the rollup rows' locks last, after every lock the transaction's own
 *   work takes, and the advisory lock orders the organization's committers: no deadlock with the
 *   app's row locks, and concurrent writers never add to the same row at once;
 * - new events and time entries are added (their facts under the state at commit);
 * - a changed or removed time entry, and every event or entry on a post or channel whose unit,
 *   campaign or channels changed, is recomputed by local day: the day's rows are subtracted from
 *   their month and year, deleted, and summed again from the log;
 * - a member's new hourly rate or units move their time: subtracted with the rate and the one
 *   unit they had when the transaction began, added with the current ones;
 * - a new time zone or new default minutes rebuild the organization's rollups (both change what
 *   every day holds; both are rare settings of an admin, and a rebuild takes seconds for a year of
 *   a thousand members);
 * - posts whose steps, deliveries, variants or dates changed get their `report_posts` row again.
 * Within a transaction the rollups show the state before it; reports read committed data.
 *
 * Adding to a rollup row updates it in place: no indexed column changes, and the pages keep room
 * (`fillfactor`), so the update needs no new index entry (a HOT update). For that reason no index
 * covers the sums, and a row whose time was all taken away stays, with zeros (the reports skip
 * groups without minutes; a rebuild leaves none).
 *
 * Periods: the day of an instant is its local date in the organization's time zone as
 * PostgreSQL's time zone data has it. The reports compute periods with the JS time zone data, and
 * read a rollup row only where its first and next instants equal the period the report expects
 * (else they read the log): a difference between the two, or a report in another zone, can cost
 * time but never change a figure.
 *
 * `report_costed_category` is a copy of core/costs/activity-kinds.ts as of this migration (a test
 * compares them): a change to that table needs a new migration that replaces the function and
 * rebuilds the rollups.
 */

const CATEGORIES = ['create', 'review', 'coordinate', 'respond', 'train', 'plan'] as const;

const COSTED_KINDS: readonly (readonly [string, (typeof CATEGORIES)[number]])[] = [
  ['post.created', 'create'],
  ['post.updated', 'create'],
  ['post.submitted', 'create'],
  ['post.resubmitted', 'create'],
  ['post.due_times_set', 'create'],
  ['media.uploaded', 'create'],
  ['approval.approved', 'review'],
  ['approval.rejected', 'review'],
  ['approval.changes_requested', 'review'],
  ['comment.created', 'coordinate'],
  ['post.paused', 'coordinate'],
  ['post.resumed', 'coordinate'],
  ['post.archived', 'coordinate'],
  ['member.trained', 'train'],
  ['strategy.acknowledged', 'train'],
  ['strategy.published', 'plan'],
  ['guidelines.replaced', 'plan'],
  ['guidelines.deleted', 'plan'],
  ['campaign.created', 'plan'],
  ['campaign.updated', 'plan'],
  ['campaign.deleted', 'plan'],
  ['channel.created', 'plan'],
  ['channel.updated', 'plan'],
  ['organization.model_changed', 'plan'],
];

const categoryColumns = CATEGORIES.map((c) => `${c}_minutes`);

/** Which facts are applied (see `applyStatement`). */
interface ApplySpec {
  /** Filter on `report_time_facts f`. */
  where: string;
  /**
   * Each version of the facts to apply: +1 or −1, with the member's one unit and rate to use
   * (the current ones, or those before a change). Groups whose versions cancel are left alone.
   */
  versions: readonly { sign: number; memberUnit: string; rate: string }[];
}

const addTo = (table: string, columns: readonly string[]) =>
  columns.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ');

/** Sum columns of `report_time`. */
const timeColumns = ['minutes', 'cent_minutes', ...categoryColumns];

/**
 * The statement that adds the facts `spec.where` picks (each version, times its sign) to
 * `report_time` and `report_split_time`, per local day and the month and year it lies in. The
 * facts are read once; the dimensions are grouping sets of one pass, with the keys of
 * `report_time_keys`.
 */
function applyStatement(spec: ApplySpec): string {
  const sums = [
    `sum(f.minutes) as minutes`,
    `sum(f.cent_minutes) as cent_minutes`,
    ...CATEGORIES.map(
      (c) => `coalesce(sum(f.minutes) filter (where f.category = '${c}'), 0) as ${c}_minutes`,
    ),
  ].join(',\n             ');
  const changed = `(sum(f.minutes) <> 0 or sum(f.cent_minutes) <> 0)`;
  const versions = spec.versions
    .map(
      (v) => `
      select f.category, ${v.sign} * f.minutes as minutes, f.split, f.post_id, f.member_id,
             f.source, f.unit_id, f.campaign_id, f.attributed_campaign_id,
             f.attributed_channel_id, (f.at at time zone p_tz)::date as day,
             ${v.sign} * f.minutes::int8 * (${v.rate}) as cent_minutes,
             coalesce(f.unit_base, case when f.nothing then ${v.memberUnit} end) as unit_u,
             coalesce(f.unit_base, ${v.memberUnit}) as unit_a
      from report_time_facts f
      where ${spec.where} and f.minutes > 0`,
    )
    .join('\n      union all');
  const grouped = (column: string) => `grouping(f.${column}) = 0`;
  /** Day rows, and the same summed per month and per year. */
  const grains = (from: string, keys: readonly string[], values: readonly string[]) => `
      select 'day'::text as grain, ${from}.day as first_day, ${from}.day + 1 as next_day,
             ${[...keys, ...values].map((c) => `${from}.${c}`).join(', ')}
      from ${from}
      union all
      select x.grain, x.first_day, x.next_day, ${keys.map((c) => `${from}.${c}`).join(', ')},
             ${values.map((c) => `sum(${from}.${c})`).join(', ')}
      from ${from} cross join lateral report_periods_of_day(${from}.day) x
      group by ${Array.from({ length: keys.length + 3 }, (_, i) => i + 1).join(', ')}`;
  const splitKeys = [
    'post_id',
    'member_id',
    'source',
    'category',
    'unit_id',
    'campaign_id',
    'scope_unit_id',
  ];
  const insert = (
    table: string,
    from: string,
    keys: readonly string[],
    values: readonly string[],
  ) => `
      insert into ${table} as r (organization_id, grain, starts_at, ends_at, ${keys.join(', ')},
        ${values.join(', ')})
      select p_org, ${from}.grain, ${from}.first_day::timestamp at time zone p_tz,
             ${from}.next_day::timestamp at time zone p_tz,
             ${[...keys, ...values].map((c) => `${from}.${c}`).join(', ')}
      from ${from}
      on conflict (organization_id, grain, starts_at, ends_at, ${keys.join(', ')})
      do update set ${addTo('r', values)}`;
  return `
    with f as materialized (${versions}
    ),
    d as (
      select f.day,
             case when ${grouped('attributed_channel_id')} then 'channel'
                  when ${grouped('attributed_campaign_id')} then 'campaign'
                  when ${grouped('post_id')} then 'post'
                  when ${grouped('unit_a')} then 'member_unit'
                  when ${grouped('member_id')} then 'member'
                  when ${grouped('unit_u')} then 'unit'
                  else 'total' end as dim,
             case when ${grouped('attributed_channel_id')} then f.attributed_channel_id
                  when ${grouped('attributed_campaign_id')} then f.attributed_campaign_id
                  when ${grouped('post_id')} then f.post_id
                  when ${grouped('member_id')} then f.member_id
                  when ${grouped('unit_u')} then f.unit_u end as key,
             case when ${grouped('unit_a')} then f.unit_a
                  when ${grouped('unit_u')} then f.unit_u end as unit_id,
             ${sums}
      from f
      group by grouping sets ((f.day), (f.day, f.unit_u), (f.day, f.attributed_campaign_id, f.unit_u),
        (f.day, f.post_id, f.unit_u), (f.day, f.member_id), (f.day, f.member_id, f.unit_a),
        (f.day, f.attributed_channel_id, f.unit_a, f.split))
      having (grouping(f.split) = 1 or not f.split) and ${changed}
    ),
    g as (${grains('d', ['dim', 'key', 'unit_id'], timeColumns)}
    ),
    s as (
      select f.day, f.post_id, f.member_id, f.source, f.category, f.unit_id, f.campaign_id,
             f.unit_a as scope_unit_id,
             sum(f.minutes) as minutes, sum(f.cent_minutes) as cent_minutes
      from f
      where f.split
      group by 1, 2, 3, 4, 5, 6, 7, 8
      having ${changed}
    ),
    sg as (${grains('s', splitKeys, ['minutes', 'cent_minutes'])}
    ),
    split as (${insert('report_split_time', 'sg', splitKeys, ['minutes', 'cent_minutes'])}
    )${insert('report_time', 'g', ['dim', 'key', 'unit_id'], timeColumns)};`;
}

const notSkippedDay = `not ((f.at at time zone p_tz)::date = any(p_skip_days))`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  const timeColumnDefs = timeColumns.map((c) => `${c} bigint not null`).join(', ');

  await run(`
    create table report_time (
      organization_id uuid not null references organizations (id) on delete cascade,
      dim text not null
        check (dim in ('total', 'unit', 'channel', 'campaign', 'member', 'member_unit', 'post')),
      grain text not null check (grain in ('day', 'month', 'year')),
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      key uuid,
      unit_id uuid,
      ${timeColumnDefs},
      constraint report_time_key unique nulls not distinct
        (organization_id, dim, grain, starts_at, ends_at, key, unit_id)
    ) with (fillfactor = 60)`);
  await run(`
    create table report_split_time (
      organization_id uuid not null references organizations (id) on delete cascade,
      grain text not null check (grain in ('day', 'month', 'year')),
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      post_id uuid not null,
      member_id uuid not null,
      source text not null,
      category text not null,
      unit_id uuid,
      campaign_id uuid,
      scope_unit_id uuid,
      minutes bigint not null,
      cent_minutes bigint not null,
      constraint report_split_time_key unique nulls not distinct (organization_id, grain,
        starts_at, ends_at, post_id, member_id, source, category, unit_id, campaign_id,
        scope_unit_id)
    ) with (fillfactor = 60)`);
  await run(`
    create table report_posts (
      post_id uuid primary key references posts (id) on delete cascade,
      organization_id uuid not null references organizations (id) on delete cascade,
      placed_at timestamptz not null,
      created_at timestamptz not null,
      unit_id uuid not null,
      author_id uuid not null,
      campaign_id uuid,
      channel_ids uuid[] not null,
      published boolean not null,
      lead_minutes integer,
      waits integer[] not null,
      open_steps integer not null
    )`);
  await run(
    `create index report_posts_org_placed_idx on report_posts (organization_id, placed_at)`,
  );
  await run(`
    create table report_rollup_queue (
      seq bigserial primary key,
      organization_id uuid not null,
      kind text not null check (kind in
        ('activity', 'entry', 'at', 'post', 'channel', 'member', 'rebuild', 'timeline')),
      activity_ids bigint[],
      entry_ids uuid[],
      ats timestamptz[],
      post_ids uuid[],
      channel_ids uuid[],
      member_id uuid,
      old_rate integer,
      old_unit_known boolean not null default false,
      old_unit_id uuid
    )`);

  // What the recomputations look up: events by actor and by subject, entries by member, post and
  // channel (the last two also serve the foreign keys' `on delete set null`).
  await run(`create index activity_org_actor_idx on activity (organization_id, actor_id)
    where actor_id is not null`);
  await run(`create index activity_org_subject_idx
    on activity (organization_id, subject_type, lower(subject_id))
    where subject_type in ('post', 'channel')`);
  await run(
    `create index time_entries_org_member_idx on time_entries (organization_id, member_id)`,
  );
  await run(
    `create index time_entries_post_idx on time_entries (post_id) where post_id is not null`,
  );
  await run(
    `create index time_entries_channel_idx on time_entries (channel_id) where channel_id is not null`,
  );

  await run(`
    create function report_costed_category(p_kind text) returns text
    language sql immutable parallel safe as $$
      select case p_kind
        ${COSTED_KINDS.map(([kind, category]) => `when '${kind}' then '${category}'`).join('\n        ')}
      end
    $$`);

  await run(`
    create function report_periods_of_day(p_day date)
    returns table (grain text, first_day date, next_day date)
    language sql immutable parallel safe as $$
      values
        ('month', date_trunc('month', p_day::timestamp)::date,
                  (date_trunc('month', p_day::timestamp) + interval '1 month')::date),
        ('year', date_trunc('year', p_day::timestamp)::date,
                 (date_trunc('year', p_day::timestamp) + interval '1 year')::date)
    $$`);

  // One row per event that is work and per time entry: its minutes (an event without minutes
  // counts its kind's default), its rate, and what it was spent on as recorded and as attributed
  // (see app/reports/read-time.ts, whose queries this mirrors).
  await run(`
    create view report_time_facts as
    select r.src, r.organization_id, r.activity_id, r.entry_id, r.at, r.member_id, r.source,
           r.category, r.minutes, r.post_id, r.unit_id, r.channel_id, r.campaign_id, r.nothing,
           coalesce(r.unit_id, p.unit_id, c.unit_id) as unit_base,
           h.unit_id as member_unit,
           coalesce(m.hourly_rate_cents, 0) as rate,
           coalesce(r.campaign_id, p.campaign_id) as attributed_campaign_id,
           case when r.channel_id is not null then r.channel_id
                when v.n = 1 then v.first_channel_id end as attributed_channel_id,
           (r.channel_id is null and v.n > 1) as split
    from (
      select 'activity'::text as src, a.organization_id, a.id as activity_id,
             null::uuid as entry_id, a.created_at as at, a.actor_id as member_id,
             a.kind as source, report_costed_category(a.kind) as category,
             coalesce(a.minutes, (
               select (e.d ->> 'minutes')::int
               from cost_settings s
               cross join lateral jsonb_array_elements(s.default_minutes) with ordinality as e(d, i)
               where s.organization_id = a.organization_id and e.d ->> 'kind' = a.kind
               order by e.i desc
               limit 1), 0) as minutes,
             case when a.subject_type = 'post' then a.subject_id::uuid end as post_id,
             case when a.subject_type = 'unit' then a.subject_id::uuid end as unit_id,
             case when a.subject_type = 'channel' then a.subject_id::uuid end as channel_id,
             case when a.subject_type = 'campaign' then a.subject_id::uuid end as campaign_id,
             a.subject_type not in ('post', 'unit', 'channel') as nothing
      from activity a
      where a.actor_id is not null and report_costed_category(a.kind) is not null
      union all
      select 'time'::text, t.organization_id, null::bigint, t.id, t.at, t.member_id,
             'time:' || t.category, t.category, t.minutes, t.post_id, t.unit_id, t.channel_id,
             t.campaign_id, t.post_id is null and t.unit_id is null and t.channel_id is null
      from time_entries t
    ) r
    left join posts p on p.organization_id = r.organization_id and p.id = r.post_id
    left join channels c on c.organization_id = r.organization_id and c.id = r.channel_id
    left join members m on m.organization_id = r.organization_id and m.id = r.member_id
    left join lateral (
      select (array_agg(ms.unit_id))[1] as unit_id
      from memberships ms
      where ms.organization_id = r.organization_id and ms.member_id = r.member_id
      having count(*) = 1
    ) h on true
    left join lateral (
      select count(*) as n,
             (array_agg(pv.channel_id order by pv.position, pv.channel_id))[1] as first_channel_id
      from post_variants pv
      where r.post_id is not null and pv.organization_id = r.organization_id
        and pv.post_id = r.post_id
    ) v on true`);

  // The keys of one fact per dimension, with the unit a scoped report filters by: time on
  // nothing else counts for the member's one unit; a report by member or channel keeps every
  // member apart (read-time.ts), so there the member's unit stands in for any time without one.
  // Time split over a post's channels is in report_split_time instead of the channel rows.
  const unitU = `coalesce(p_unit_base, case when p_nothing then p_member_unit end)`;
  const unitA = `coalesce(p_unit_base, p_member_unit)`;
  await run(`
    create function report_time_keys(p_unit_base uuid, p_member_unit uuid, p_nothing boolean,
      p_campaign uuid, p_member uuid, p_post uuid, p_channel uuid, p_split boolean)
    returns table (dim text, key uuid, unit_id uuid)
    language sql immutable parallel safe as $$
      select k.dim, k.key, k.unit_id from (values
        ('total', null::uuid, null::uuid),
        ('unit', ${unitU}, ${unitU}),
        ('campaign', p_campaign, ${unitU}),
        ('post', p_post, ${unitU}),
        ('member', p_member, null::uuid),
        ('member_unit', p_member, ${unitA}),
        ('channel', p_channel, ${unitA})
      ) as k(dim, key, unit_id)
      where k.dim <> 'channel' or not p_split
    $$`);

  const applyFunction = (name: string, params: string, spec: ApplySpec) =>
    run(`
      create function ${name}(${params}) returns void language plpgsql as $$
      begin
        ${applyStatement(spec)}
      end $$`);
  const now = { sign: 1, memberUnit: 'f.member_unit', rate: 'f.rate' };
  const current = { versions: [now] };
  await applyFunction(
    'report_apply_range',
    'p_org uuid, p_tz text, p_from timestamptz, p_to timestamptz',
    { ...current, where: `f.organization_id = p_org and f.at >= p_from and f.at < p_to` },
  );
  await applyFunction(
    'report_apply_activity',
    'p_org uuid, p_tz text, p_ids bigint[], p_skip_days date[]',
    {
      ...current,
      where: `f.src = 'activity' and f.activity_id = any(p_ids) and f.organization_id = p_org
        and ${notSkippedDay}`,
    },
  );
  await applyFunction(
    'report_apply_entries',
    'p_org uuid, p_tz text, p_ids uuid[], p_skip_days date[]',
    {
      ...current,
      where: `f.src = 'time' and f.entry_id = any(p_ids) and f.organization_id = p_org
        and ${notSkippedDay}`,
    },
  );
  // A member's time outside the recomputed days and not new in this transaction, moved from the
  // one unit and rate they had (`p_unit`, `p_rate`) to the current ones.
  await applyFunction(
    'report_apply_member',
    `p_org uuid, p_tz text, p_member uuid, p_unit uuid, p_rate integer,
     p_skip_days date[], p_skip_activity bigint[], p_skip_entries uuid[]`,
    {
      versions: [{ sign: -1, memberUnit: 'p_unit', rate: 'p_rate' }, now],
      where: `f.organization_id = p_org and f.member_id = p_member and ${notSkippedDay}
        and (f.activity_id is null or not (f.activity_id = any(p_skip_activity)))
        and (f.entry_id is null or not (f.entry_id = any(p_skip_entries)))`,
    },
  );

  // Takes days out of the rollups: their day rows, and what they added to their months and years.
  const subtractDays = (table: string, keys: readonly string[], values: readonly string[]) => `
    with old as (
      delete from ${table} t
      where t.organization_id = p_org and t.grain = 'day' and t.starts_at = any(v_starts)
      returning t.*
    )
    insert into ${table} as r (organization_id, grain, starts_at, ends_at, ${keys.join(', ')},
      ${values.join(', ')})
    select p_org, x.grain, x.first_day::timestamp at time zone p_tz,
           x.next_day::timestamp at time zone p_tz, ${keys.map((k) => `old.${k}`).join(', ')},
           ${values.map((v) => `-sum(old.${v})`).join(', ')}
    from old cross join lateral report_periods_of_day((old.starts_at at time zone p_tz)::date) x
    group by x.grain, x.first_day, x.next_day, ${keys.map((k) => `old.${k}`).join(', ')}
    on conflict (organization_id, grain, starts_at, ends_at, ${keys.join(', ')})
    do update set ${addTo('r', values)};`;
  await run(`
    create function report_subtract_days(p_org uuid, p_tz text, p_days date[])
    returns void language plpgsql as $$
    declare
      v_starts timestamptz[] := array(select d::timestamp at time zone p_tz from unnest(p_days) d);
    begin
      ${subtractDays('report_time', ['dim', 'key', 'unit_id'], timeColumns)}
      ${subtractDays(
        'report_split_time',
        ['post_id', 'member_id', 'source', 'category', 'unit_id', 'campaign_id', 'scope_unit_id'],
        ['minutes', 'cent_minutes'],
      )}
    end $$`);

  // Whole minutes between two instants as the reports compute them from JS dates (milliseconds,
  // the microseconds cut off): half up, never negative.
  await run(`
    create function report_ms(p_at timestamptz) returns numeric
    language sql immutable parallel safe as $$ select trunc(extract(epoch from p_at) * 1000) $$`);
  await run(`
    create function report_minutes_between(p_from timestamptz, p_to timestamptz) returns integer
    language sql immutable parallel safe as $$
      select floor((2 * greatest(0, report_ms(p_to) - report_ms(p_from)) + 60000) / 120000)::int
    $$`);
  // The waits of a round's steps (see app/reports/read-timelines.ts), ascending: the first opens
  // at the submission, each next one at the previous decision (a decision recorded before its
  // step opened counts as no wait); the steps after an undecided one have not opened.
  await run(`
    create function report_post_waits(p_submitted_at timestamptz, p_decided timestamptz[],
      out waits integer[], out open_steps integer)
    language plpgsql immutable as $$
    declare
      v_opened numeric;
      v_at numeric;
      v_decided timestamptz;
    begin
      waits := '{}';
      open_steps := 0;
      if p_submitted_at is null then return; end if;
      v_opened := report_ms(p_submitted_at);
      foreach v_decided in array coalesce(p_decided, '{}') loop
        if v_decided is null then
          open_steps := 1;
          return;
        end if;
        v_at := greatest(report_ms(v_decided), v_opened);
        waits := waits || floor((2 * (v_at - v_opened) + 60000) / 120000)::int;
        v_opened := v_at;
      end loop;
      waits := array(select w from unnest(waits) w order by w);
    end $$`);
  // The p-th percentile of ascending minutes by nearest rank (core/costs/percentile.ts): the value
  // at rank ⌈p·n/100⌉, at least 1, in integers; null for none.
  await run(`
    create function report_percentile(p_sorted integer[], p_percent integer) returns integer
    language sql immutable parallel safe as $$
      select p_sorted[greatest(1, (p_percent * cardinality(p_sorted) + 99) / 100)]
    $$`);
  // A post is published once every delivery of its variants is, at the last one's publication.
  await run(`
    create function report_posts_refresh(p_org uuid, p_ids uuid[]) returns void
    language sql as $$
      insert into report_posts as r (post_id, organization_id, placed_at, created_at, unit_id,
        author_id, campaign_id, channel_ids, published, lead_minutes, waits, open_steps)
      select p.id, p.organization_id, coalesce(d.published_at, p.created_at), p.created_at,
             p.unit_id, p.author_id, p.campaign_id, coalesce(v.channel_ids, '{}'),
             d.published_at is not null,
             case when d.published_at is not null
                  then report_minutes_between(p.created_at, d.published_at) end,
             w.waits, w.open_steps
      from posts p
      left join lateral (
        select array_agg(pv.channel_id order by pv.position, pv.channel_id) as channel_ids
        from post_variants pv
        where pv.organization_id = p_org and pv.post_id = p.id
      ) v on true
      left join lateral (
        select case when count(*) > 0 and count(*) filter (where dv.status = 'published') = count(*)
                    then max(dv.published_at) end as published_at
        from post_variants pv
        join deliveries dv on dv.organization_id = p_org and dv.variant_id = pv.id
        where pv.organization_id = p_org and pv.post_id = p.id
      ) d on true
      cross join lateral report_post_waits(p.submitted_at, array(
        select s.decided_at from approval_steps s
        where s.organization_id = p_org and s.post_id = p.id and s.round = p.approval_round
          and s.status <> 'superseded'
        order by s.position)) w
      where p.organization_id = p_org and p.id = any(p_ids)
      on conflict (post_id) do update set
        placed_at = excluded.placed_at, created_at = excluded.created_at,
        unit_id = excluded.unit_id, author_id = excluded.author_id,
        campaign_id = excluded.campaign_id, channel_ids = excluded.channel_ids,
        published = excluded.published, lead_minutes = excluded.lead_minutes,
        waits = excluded.waits, open_steps = excluded.open_steps
    $$`);

  // Applies what one organization's transaction queued (see the top of this file).
  await run(`
    create function report_rollup_flush_org(p_org uuid) returns void
    language plpgsql as $$
    declare
      v_tz text;
      v_activity bigint[];
      v_entries uuid[];
      v_posts uuid[];
      v_channels uuid[];
      v_timelines uuid[];
      v_days date[];
      v_member record;
      v_range record;
      v_rate integer;
      v_unit uuid;
      v_old_rate integer;
      v_old_unit uuid;
    begin
      select o.time_zone into v_tz from organizations o where o.id = p_org;
      if not found then return; end if;
      v_timelines := array(select distinct x from report_rollup_queue q, unnest(q.post_ids) x
        where q.organization_id = p_org and q.kind = 'timeline');
      if exists (select 1 from report_rollup_queue q
                 where q.organization_id = p_org and q.kind = 'rebuild') then
        delete from report_time t where t.organization_id = p_org;
        delete from report_split_time t where t.organization_id = p_org;
        perform report_apply_range(p_org, v_tz, '-infinity', 'infinity');
      else
        v_activity := array(select distinct x from report_rollup_queue q, unnest(q.activity_ids) x
          where q.organization_id = p_org and q.kind = 'activity');
        v_entries := array(select distinct x from report_rollup_queue q, unnest(q.entry_ids) x
          where q.organization_id = p_org and q.kind = 'entry');
        v_posts := array(select distinct x from report_rollup_queue q, unnest(q.post_ids) x
          where q.organization_id = p_org and q.kind = 'post');
        v_channels := array(select distinct x from report_rollup_queue q, unnest(q.channel_ids) x
          where q.organization_id = p_org and q.kind = 'channel');
        -- The days to recompute: of changed entries, and of the time (older than this
        -- transaction) on posts and channels whose attribution may have changed.
        v_days := array(select distinct d from (
          select (x at time zone v_tz)::date as d
          from report_rollup_queue q, unnest(q.ats) x
          where q.organization_id = p_org and q.kind = 'at'
          union all
          select (a.created_at at time zone v_tz)::date from activity a
          where a.organization_id = p_org and a.subject_type = 'post'
            and lower(a.subject_id) = any(v_posts::text[])
            and a.actor_id is not null and not (a.id = any(v_activity))
          union all
          select (a.created_at at time zone v_tz)::date from activity a
          where a.organization_id = p_org and a.subject_type = 'channel'
            and lower(a.subject_id) = any(v_channels::text[])
            and a.actor_id is not null and not (a.id = any(v_activity))
          union all
          select (t.at at time zone v_tz)::date from time_entries t
          where t.organization_id = p_org
            and (t.post_id = any(v_posts) or t.channel_id = any(v_channels))
            and not (t.id = any(v_entries))
        ) x);
        for v_member in
          select q.member_id,
                 (array_agg(q.old_rate order by q.seq) filter (where q.old_rate is not null))[1]
                   as old_rate,
                 bool_or(q.old_unit_known) as unit_known,
                 (array_agg(q.old_unit_id order by q.seq) filter (where q.old_unit_known))[1]
                   as old_unit
          from report_rollup_queue q
          where q.organization_id = p_org and q.kind = 'member'
          group by q.member_id
        loop
          select coalesce(max(m.hourly_rate_cents), 0) into v_rate
          from members m where m.organization_id = p_org and m.id = v_member.member_id;
          select (array_agg(ms.unit_id))[1] into v_unit
          from memberships ms where ms.organization_id = p_org and ms.member_id = v_member.member_id
          having count(*) = 1;
          v_old_rate := coalesce(v_member.old_rate, v_rate);
          v_old_unit := case when v_member.unit_known then v_member.old_unit else v_unit end;
          if v_old_rate is distinct from v_rate or v_old_unit is distinct from v_unit then
            perform report_apply_member(p_org, v_tz, v_member.member_id, v_old_unit, v_old_rate,
              v_days, v_activity, v_entries);
          end if;
        end loop;
        if cardinality(v_days) > 0 then
          perform report_subtract_days(p_org, v_tz, v_days);
          for v_range in
            select min(d) as first_day, max(d) + 1 as next_day
            from (select d, d - (row_number() over (order by d))::int as island
                  from unnest(v_days) d) x
            group by island
          loop
            perform report_apply_range(p_org, v_tz,
              v_range.first_day::timestamp at time zone v_tz,
              v_range.next_day::timestamp at time zone v_tz);
          end loop;
        end if;
        if cardinality(v_activity) > 0 then
          perform report_apply_activity(p_org, v_tz, v_activity, v_days);
        end if;
        if cardinality(v_entries) > 0 then
          perform report_apply_entries(p_org, v_tz, v_entries, v_days);
        end if;
      end if;
      if cardinality(v_timelines) > 0 then
        perform report_posts_refresh(p_org, v_timelines);
      end if;
    end $$`);

  // A bulk load into tables the planner has no statistics of yet (a new database filled at
  // once, as the demo seed or a benchmark does): without them it takes an organization's index
  // as selective and joins row by row, which is quadratic. Before a large batch, tables whose
  // statistics count fewer rows than the batch are analyzed (once they are, it scales them).
  await run(`
    create function report_analyze_for(p_rows bigint) returns void language plpgsql as $$
    declare
      v_table text;
    begin
      for v_table in
        select c.relname from pg_class c
        where c.oid in ('activity'::regclass, 'time_entries'::regclass, 'posts'::regclass,
                        'post_variants'::regclass, 'deliveries'::regclass,
                        'approval_steps'::regclass, 'members'::regclass,
                        'memberships'::regclass, 'channels'::regclass, 'report_time'::regclass,
                        'report_split_time'::regclass, 'report_posts'::regclass)
          and c.reltuples < p_rows
      loop
        execute format('analyze %I', v_table);
      end loop;
    end $$`);
  await run(`
    create function report_rollup_flush() returns trigger language plpgsql as $$
    declare
      v_org uuid;
      v_rows bigint;
    begin
      if not exists (select 1 from report_rollup_queue) then return null; end if;
      select sum(coalesce(cardinality(q.activity_ids), 0) + coalesce(cardinality(q.entry_ids), 0)
                 + coalesce(cardinality(q.ats), 0) + coalesce(cardinality(q.post_ids), 0))
        into v_rows from report_rollup_queue q;
      if v_rows > 1000 then
        perform report_analyze_for(v_rows);
      end if;
      for v_org in select distinct q.organization_id from report_rollup_queue q order by 1 loop
        perform pg_advisory_xact_lock(1836019570, hashtext(v_org::text));
        perform report_rollup_flush_org(v_org);
      end loop;
      delete from report_rollup_queue;
      return null;
    end $$`);
  await run(`
    create constraint trigger report_rollup_flush after insert on report_rollup_queue
    deferrable initially deferred for each row execute function report_rollup_flush()`);

  // What the source tables queue. Statement triggers: a bulk insert queues one row.
  const queueTrigger = async (
    table: string,
    event: 'insert' | 'update' | 'delete',
    body: string,
  ) => {
    const name = `report_queue_${table}_${event}`;
    const transition =
      event === 'insert'
        ? 'new table as new_rows'
        : event === 'delete'
          ? 'old table as old_rows'
          : 'old table as old_rows new table as new_rows';
    await run(`create function ${name}() returns trigger language plpgsql as $$
      begin
        ${body}
        return null;
      end $$`);
    await run(`create trigger ${name} after ${event} on ${table}
      referencing ${transition} for each statement execute function ${name}()`);
  };
  const queueIds = (kind: string, column: string, rows: string, idColumn = 'id') => `
    insert into report_rollup_queue (organization_id, kind, ${column})
    select x.organization_id, '${kind}', array_agg(distinct x.${idColumn}) from (${rows}) x
    group by x.organization_id;`;

  await queueTrigger(
    'activity',
    'insert',
    queueIds(
      'activity',
      'activity_ids',
      `select organization_id, id from new_rows
       where actor_id is not null and report_costed_category(kind) is not null`,
    ),
  );

  await queueTrigger(
    'time_entries',
    'insert',
    queueIds('entry', 'entry_ids', 'select organization_id, id from new_rows'),
  );
  await queueTrigger(
    'time_entries',
    'update',
    queueIds(
      'at',
      'ats',
      `select organization_id, at from old_rows union all select organization_id, at from new_rows`,
      'at',
    ),
  );
  await queueTrigger(
    'time_entries',
    'delete',
    queueIds('at', 'ats', 'select organization_id, at from old_rows', 'at'),
  );

  // Members: the rate when the transaction began (a new member had none); a member's units move
  // their time too (memberships below).
  const memberHasTime = `(exists (select 1 from activity a
      where a.organization_id = n.organization_id and a.actor_id = n.id)
    or exists (select 1 from time_entries t
      where t.organization_id = n.organization_id and t.member_id = n.id))`;
  await queueTrigger(
    'members',
    'insert',
    `insert into report_rollup_queue (organization_id, kind, member_id, old_rate, old_unit_known)
     select n.organization_id, 'member', n.id, 0, true from new_rows n where ${memberHasTime};`,
  );
  await queueTrigger(
    'members',
    'update',
    `insert into report_rollup_queue (organization_id, kind, member_id, old_rate)
     select o.organization_id, 'member', o.id, o.hourly_rate_cents
     from old_rows o join new_rows n on n.id = o.id
     where o.hourly_rate_cents is distinct from n.hourly_rate_cents;`,
  );
  await queueTrigger(
    'members',
    'delete',
    `insert into report_rollup_queue (organization_id, kind, member_id, old_rate)
     select o.organization_id, 'member', o.id, o.hourly_rate_cents from old_rows o;`,
  );
  // The member's one unit before this statement: their memberships now, without the rows it
  // added, with the rows it removed.
  const membershipChange = (added: string | null, removed: string | null) => {
    const members = [added, removed]
      .filter((t): t is string => t !== null)
      .map((t) => `select organization_id, member_id from ${t}`)
      .join(' union ');
    const oneUnit = (rows: string) => `(
      select case when count(*) = 1 then (array_agg(x.unit_id))[1] end from (${rows}) x)`;
    const now = `select ms.unit_id from memberships ms
      where ms.organization_id = a.organization_id and ms.member_id = a.member_id`;
    let before = now;
    if (added) {
      before = `(${before}) except select n.unit_id from ${added} n
        where n.organization_id = a.organization_id and n.member_id = a.member_id`;
    }
    if (removed) {
      before = `(${before}) union select o.unit_id from ${removed} o
        where o.organization_id = a.organization_id and o.member_id = a.member_id`;
    }
    return `
      insert into report_rollup_queue (organization_id, kind, member_id, old_unit_known,
        old_unit_id)
      select u.organization_id, 'member', u.member_id, true, u.before
      from (
        select a.organization_id, a.member_id, ${oneUnit(before)} as before, ${oneUnit(now)} as now
        from (${members}) a
      ) u
      where u.before is distinct from u.now;`;
  };
  await queueTrigger('memberships', 'insert', membershipChange('new_rows', null));
  await queueTrigger('memberships', 'update', membershipChange('new_rows', 'old_rows'));
  await queueTrigger('memberships', 'delete', membershipChange(null, 'old_rows'));

  // Posts: their unit and campaign attribute time; their dates and round make their timeline.
  const changedPosts = (columns: readonly string[]) => `
    select o.organization_id, o.id from old_rows o join new_rows n on n.id = o.id
    where ${columns.map((c) => `o.${c} is distinct from n.${c}`).join(' or ')}`;
  await queueTrigger(
    'posts',
    'insert',
    queueIds('post', 'post_ids', 'select organization_id, id from new_rows') +
      queueIds('timeline', 'post_ids', 'select organization_id, id from new_rows'),
  );
  await queueTrigger(
    'posts',
    'update',
    queueIds('post', 'post_ids', changedPosts(['unit_id', 'campaign_id'])) +
      queueIds(
        'timeline',
        'post_ids',
        changedPosts([
          'created_at',
          'submitted_at',
          'approval_round',
          'unit_id',
          'author_id',
          'campaign_id',
        ]),
      ),
  );
  await queueTrigger(
    'posts',
    'delete',
    queueIds('post', 'post_ids', 'select organization_id, id from old_rows'),
  );

  // Variants: a post's channels split its time and are its timeline's channels.
  const variantPosts = (rows: string) =>
    queueIds('post', 'post_ids', rows, 'post_id') +
    queueIds('timeline', 'post_ids', rows, 'post_id');
  await queueTrigger(
    'post_variants',
    'insert',
    variantPosts('select organization_id, post_id from new_rows'),
  );
  await queueTrigger(
    'post_variants',
    'delete',
    variantPosts('select organization_id, post_id from old_rows'),
  );
  /** Rows of a post's children (old and new post) where one of `columns` changed, or `also`. */
  const changedChildren = (columns: readonly string[], also = '') => `
    select x.organization_id, x.post_id from (
      select o.organization_id, o.post_id, n.post_id as new_post_id
      from old_rows o join new_rows n on n.id = o.id
      where ${columns.map((c) => `o.${c} is distinct from n.${c}`).join(' or ')} ${also}
    ) c cross join lateral (values (c.organization_id, c.post_id),
                                   (c.organization_id, c.new_post_id)) x(organization_id, post_id)`;
  await queueTrigger(
    'post_variants',
    'update',
    variantPosts(changedChildren(['post_id', 'channel_id', 'position'])),
  );

  // Channels: an event or entry on a channel counts for the channel's unit.
  await queueTrigger(
    'channels',
    'insert',
    queueIds('channel', 'channel_ids', 'select organization_id, id from new_rows'),
  );
  await queueTrigger(
    'channels',
    'update',
    queueIds(
      'channel',
      'channel_ids',
      `select o.organization_id, o.id from old_rows o join new_rows n on n.id = o.id
       where o.unit_id is distinct from n.unit_id`,
    ),
  );
  await queueTrigger(
    'channels',
    'delete',
    queueIds('channel', 'channel_ids', 'select organization_id, id from old_rows'),
  );

  // Deliveries and approval steps make a post's timeline.
  for (const [table, columns] of [
    ['deliveries', ['post_id', 'variant_id', 'published_at']],
    ['approval_steps', ['post_id', 'round', 'position', 'status', 'decided_at']],
  ] as const) {
    await queueTrigger(
      table,
      'insert',
      queueIds('timeline', 'post_ids', 'select organization_id, post_id from new_rows', 'post_id'),
    );
    await queueTrigger(
      table,
      'delete',
      queueIds('timeline', 'post_ids', 'select organization_id, post_id from old_rows', 'post_id'),
    );
    const published =
      table === 'deliveries'
        ? `or (o.status = 'published') is distinct from (n.status = 'published')`
        : '';
    await queueTrigger(
      table,
      'update',
      queueIds('timeline', 'post_ids', changedChildren(columns, published), 'post_id'),
    );
  }

  // A new time zone or new default minutes change what every day holds: rebuild.
  await run(`
    create function report_queue_rebuild() returns trigger language plpgsql as $$
    declare
      v_org uuid;
    begin
      -- Separate statements: a record's fields are resolved when a statement first runs.
      if tg_table_name = 'organizations' then
        v_org := new.id;
      elsif tg_op = 'DELETE' then
        v_org := old.organization_id;
      else
        v_org := new.organization_id;
      end if;
      insert into report_rollup_queue (organization_id, kind) values (v_org, 'rebuild');
      return null;
    end $$`);
  await run(`create trigger report_queue_rebuild after update of time_zone on organizations
    for each row when (old.time_zone is distinct from new.time_zone)
    execute function report_queue_rebuild()`);
  await run(`create trigger report_queue_rebuild_insert after insert on cost_settings
    for each row when (new.default_minutes <> '[]'::jsonb) execute function report_queue_rebuild()`);
  await run(`create trigger report_queue_rebuild_update after update on cost_settings
    for each row when (old.default_minutes is distinct from new.default_minutes)
    execute function report_queue_rebuild()`);
  await run(`create trigger report_queue_rebuild_delete after delete on cost_settings
    for each row when (old.default_minutes <> '[]'::jsonb) execute function report_queue_rebuild()`);

  // What is already there: every organization's rollups and posts.
  await run(`
    do $$
    declare
      v_org record;
    begin
      for v_org in select id, time_zone from organizations loop
        perform report_apply_range(v_org.id, v_org.time_zone, '-infinity', 'infinity');
        perform report_posts_refresh(v_org.id, array(
          select p.id from posts p where p.organization_id = v_org.id));
      end loop;
    end $$`);
}

const QUEUED: readonly (readonly [string, readonly string[]])[] = [
  ['activity', ['insert']],
  ['time_entries', ['insert', 'update', 'delete']],
  ['members', ['insert', 'update', 'delete']],
  ['memberships', ['insert', 'update', 'delete']],
  ['posts', ['insert', 'update', 'delete']],
  ['post_variants', ['insert', 'update', 'delete']],
  ['channels', ['insert', 'update', 'delete']],
  ['deliveries', ['insert', 'update', 'delete']],
  ['approval_steps', ['insert', 'update', 'delete']],
];

export async function down(db: Kysely<unknown>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  for (const [table, events] of QUEUED) {
    for (const event of events) {
      await run(`drop trigger if exists report_queue_${table}_${event} on ${table}`);
      await run(`drop function if exists report_queue_${table}_${event}()`);
    }
  }
  await run(`drop trigger if exists report_queue_rebuild on organizations`);
  for (const event of ['insert', 'update', 'delete']) {
    await run(`drop trigger if exists report_queue_rebuild_${event} on cost_settings`);
  }
  await run(`drop function if exists report_queue_rebuild()`);
  await run(`drop table if exists report_rollup_queue`);
  for (const f of [
    'report_rollup_flush()',
    'report_analyze_for(bigint)',
    'report_rollup_flush_org(uuid)',
    'report_posts_refresh(uuid, uuid[])',
    'report_percentile(integer[], integer)',
    'report_post_waits(timestamptz, timestamptz[])',
    'report_minutes_between(timestamptz, timestamptz)',
    'report_ms(timestamptz)',
    'report_subtract_days(uuid, text, date[])',
    'report_apply_member(uuid, text, uuid, uuid, integer, date[], bigint[], uuid[])',
    'report_apply_entries(uuid, text, uuid[], date[])',
    'report_apply_activity(uuid, text, bigint[], date[])',
    'report_apply_range(uuid, text, timestamptz, timestamptz)',
    'report_time_keys(uuid, uuid, boolean, uuid, uuid, uuid, uuid, boolean)',
  ]) {
    await run(`drop function if exists ${f}`);
  }
  await run(`drop view if exists report_time_facts`);
  await run(`drop function if exists report_periods_of_day(date)`);
  await run(`drop function if exists report_costed_category(text)`);
  for (const index of [
    'activity_org_actor_idx',
    'activity_org_subject_idx',
    'time_entries_org_member_idx',
    'time_entries_post_idx',
    'time_entries_channel_idx',
  ]) {
    await run(`drop index if exists ${index}`);
  }
  for (const table of ['report_posts', 'report_split_time', 'report_time']) {
    await run(`drop table if exists ${table}`);
  }
}
