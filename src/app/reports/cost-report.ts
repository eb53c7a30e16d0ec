import type {
  CostFiguresView,
  CostReport,
  CostReportQuery,
  CostRowView,
} from '../../contracts/reports.ts';
import { sql } from 'kysely';
import { ACTIVITY_CATEGORIES } from '../../core/costs/activity.ts';
import type { CostFigures } from '../../core/costs/figures.ts';
import {
  costFiguresOfParts,
  costPerPublishedPost,
  emptyTimeSums,
  noPostFigures,
} from '../../core/costs/figures.ts';
import type { Period } from '../../core/costs/periods.ts';
import { periodPlacer } from '../../core/costs/periods.ts';
import type { CostDimension } from '../../core/costs/report.ts';
import { addSums, compareCostRows } from '../../core/costs/report.ts';
import type { Db } from '../../db/connect.ts';
import { loadCostSettings } from '../costs/cost-settings.ts';
import type { Actor, Deps } from '../deps.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { reportScope, type ReportScope } from './report-access.ts';
import { resolveRange } from './report-range.ts';
import { readOtherCostDays } from './read-other-costs.ts';
import { emptyGroup, readReportGroups, type ReportGroup } from './read-report-groups.ts';
import { readSummedTime } from './read-time.ts';

export interface CostReportRequest {
  organizationId: string;
  timeZone: string;
  from: Date;
  to: Date;
  groupBy: CostDimension;
  period: Period;
  scope: ReportScope;
}

/**
 * The cost report of `GET /reports/costs`: the figures of core/costs per group, over the
 * organization's time and posts in `[from, to)` as the rollups hold them (read-report-groups.ts;
 * the log itself, read-time.ts, where they do not line up with the report's periods), plus its
 * other costs. Other costs are in the rows by period, unit, channel
 * and campaign (a cost without one in the null row); by member or post they are in the total
 * only, as nobody's and no post's.
 */
export async function getCostReport(
  deps: Deps,
  actor: Actor,
  query: CostReportQuery,
): Promise<CostReport> {
  const { snapshot, organization } = await loadActorSnapshot(deps.db, actor);
  const scope = reportScope(snapshot, actor, query.unitId);
  const range = resolveRange(query, organization.time_zone, deps.now());
  return buildCostReport(deps.db, {
    organizationId: actor.organizationId,
    timeZone: organization.time_zone,
    ...range,
    groupBy: query.groupBy,
    period: query.period,
    scope,
  });
}

/** The report, without asking who wants it (the CLI's operator, or a use case that asked). */
export async function buildCostReport(db: Db, r: CostReportRequest): Promise<CostReport> {
  const unitIds = r.scope.unitIds;
  const source = { organizationId: r.organizationId, from: r.from, to: r.to, unitIds };
  const shape = { ...source, by: r.groupBy, period: r.period, timeZone: r.timeZone };
  const [settings, read, otherDays] = await Promise.all([
    loadCostSettings(db, r.organizationId),
    readReportGroups(db, shape),
    readOtherCostDays(db, { ...source, timeZone: r.timeZone }),
  ]);

  // The groups come in the report's order; a row the rollups do not have (time read from the
  // log, other costs) is looked up by key, added, and the rows sorted again.
  const rows = read.groups;
  const place = r.groupBy === 'period' ? periodPlacer(r.period, r.timeZone) : null;
  let byKey: Map<string | null, ReportGroup> | null = null;
  let sorted = true;
  const rowOf = (key: string | null, at: Date | undefined): ReportGroup => {
    byKey ??= new Map(rows.map((row) => [row.key, row]));
    const slot = place ? place(at!) : null;
    const k = slot ? slot.key : key;
    let row = byKey.get(k);
    if (row === undefined) {
      row = emptyGroup(k, slot?.start);
      byKey.set(k, row);
      rows.push(row);
      sorted = false;
    }
    return row;
  };
  if (read.mismatch) {
    // The rollups do not line up with the report's periods: the time is read from the log.
    for (const row of rows) {
      row.minutes = row.centMinutes = 0;
      for (const c of ACTIVITY_CATEGORIES) row.byCategory[c] = 0;
    }
    const summed = await readSummedTime(db, { ...shape, defaults: settings.defaultMinutes });
    for (const g of summed) addSums(rowOf(g.key ?? null, g.at), g.sums);
  }
  const total = emptyTimeSums();
  for (const row of rows) addSums(total, row);

  // Other costs: their cents per row (a row exists for them).
  let otherTotal = 0;
  for (const d of otherDays) {
    otherTotal += d.cents;
    switch (r.groupBy) {
      case 'period':
        rowOf(null, d.start).otherCents += d.cents;
        break;
      case 'unit':
      case 'channel':
      case 'campaign':
        rowOf(d[`${r.groupBy}Id`], undefined).otherCents += d.cents;
        break;
    }
  }
  if (!sorted) rows.sort(compareCostRows);

  const looked = await labelsOf(
    db,
    r.organizationId,
    r.groupBy,
    rows.filter((row) => row.label === undefined).map((row) => row.key),
  );
  const none = noPostFigures();
  return {
    organizationId: r.organizationId,
    from: r.from.toISOString(),
    to: r.to.toISOString(),
    timeZone: r.timeZone,
    currency: settings.currency,
    groupBy: r.groupBy,
    period: r.period,
    unitId: r.scope.unitId,
    rows: rows.map((row): CostRowView => {
      const label = row.key === null ? null : (row.label ?? looked.get(row.key) ?? null);
      return {
        key: row.key,
        label: label === '' ? null : label,
        start: row.start?.toISOString() ?? null,
        ...figuresView(costFiguresOfParts(row, row.posts ?? none), row.centMinutes, row.otherCents),
      };
    }),
    total: figuresView(costFiguresOfParts(total, read.postTotal), total.centMinutes, otherTotal),
  };
}

/** The core's figures with the other costs added. */
function figuresView(f: CostFigures, centMinutes: number, otherCents: number): CostFiguresView {
  return {
    minutes: f.minutes,
    hours: f.hours,
    costCents: f.costCents,
    otherCostCents: otherCents,
    totalCostCents: f.costCents + otherCents,
    minutesByCategory: f.minutesByCategory,
    coordinationShare: f.coordinationShare,
    publishedPosts: f.publishedPosts,
    costPerPublishedPostCents: f.costPerPublishedPostCents,
    // Exact: cent-minutes and the other cents (× 60) are divided once.
    totalCostPerPublishedPostCents: costPerPublishedPost(
      centMinutes + 60 * otherCents,
      f.publishedPosts,
    ),
    approvalWait: f.approvalWait,
    draftToPublished: f.draftToPublished,
  };
}

/** The names of the groups' units, channels, campaigns, members or posts (untitled: none). */
async function labelsOf(
  db: Db,
  organizationId: string,
  by: CostDimension,
  keys: readonly (string | null)[],
): Promise<Map<string, string>> {
  const ids = keys.filter((k): k is string => k !== null);
  if (by === 'period' || ids.length === 0) return new Map();
  // One array parameter: a report by post may name ten thousand posts.
  const anyId = sql<string>`any(${ids}::uuid[])`;
  const named = (table: 'units' | 'campaigns' | 'members') =>
    db
      .selectFrom(table)
      .select(['id', 'name as label'])
      .where('organization_id', '=', organizationId)
      .where('id', '=', anyId)
      .execute();
  const rows =
    by === 'channel'
      ? await db
          .selectFrom('channels')
          .select(['id', 'display_name as label'])
          .where('organization_id', '=', organizationId)
          .where('id', '=', anyId)
          .execute()
      : by === 'post'
        ? await db
            .selectFrom('posts')
            .select(['id', 'title as label'])
            .where('organization_id', '=', organizationId)
            .where('id', '=', anyId)
            .execute()
        : await named(by === 'unit' ? 'units' : by === 'campaign' ? 'campaigns' : 'members');
  return new Map(rows.filter((r) => r.label !== '').map((r) => [r.id, r.label]));
}
