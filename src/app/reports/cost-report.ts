import type {
  CostFiguresView,
  CostReport,
  CostReportQuery,
  CostRowView,
} from '../../contracts/reports.ts';
import type { CostFigures } from '../../core/costs/figures.ts';
import { costFiguresOf, costPerPublishedPost, emptyTimeSums } from '../../core/costs/figures.ts';
import type { Period } from '../../core/costs/periods.ts';
import { periodPlacer } from '../../core/costs/periods.ts';
import type { CostDimension, SummedGroup } from '../../core/costs/report.ts';
import { addSums, costReportOfSums } from '../../core/costs/report.ts';
import type { Db } from '../../db/connect.ts';
import { loadCostSettings } from '../costs/cost-settings.ts';
import type { Actor, Deps } from '../deps.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { reportScope, type ReportScope } from './report-access.ts';
import { resolveRange } from './report-range.ts';
import { readOtherCostDays } from './read-other-costs.ts';
import { readSummedTime } from './read-time.ts';
import { readTimelines } from './read-timelines.ts';

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
 * organization's time (read-time.ts) and posts (read-timelines.ts) in `[from, to)`, plus its other
 * costs. Other costs are in the rows by period, unit, channel and campaign (a cost without one in
 * the null row); by member or post they are in the total only, as nobody's and no post's.
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
  const settings = await loadCostSettings(db, r.organizationId);
  const [summed, timelines, otherDays] = await Promise.all([
    readSummedTime(db, {
      ...source,
      defaults: settings.defaultMinutes,
      by: r.groupBy,
      period: r.period,
      timeZone: r.timeZone,
    }),
    readTimelines(db, r.organizationId, source),
    readOtherCostDays(db, { ...source, timeZone: r.timeZone }),
  ]);

  const place = r.groupBy === 'period' ? periodPlacer(r.period, r.timeZone) : null;
  const keyOf = (g: SummedGroup) => (place ? place(g.at!).key : (g.key ?? null));
  const centMinutes = new Map<string | null, number>();
  const total = emptyTimeSums();
  for (const g of summed) {
    const key = keyOf(g);
    centMinutes.set(key, (centMinutes.get(key) ?? 0) + g.sums.centMinutes);
    addSums(total, g.sums);
  }

  // Other costs: their cents per row, and an empty group so that a row exists for them.
  const other = new Map<string | null, number>();
  const otherGroups: SummedGroup[] = [];
  let otherTotal = 0;
  for (const d of otherDays) {
    otherTotal += d.cents;
    let group: SummedGroup;
    switch (r.groupBy) {
      case 'period':
        group = { at: d.start, sums: emptyTimeSums() };
        break;
      case 'unit':
      case 'channel':
      case 'campaign':
        group = { key: d[`${r.groupBy}Id`], sums: emptyTimeSums() };
        break;
      default:
        continue;
    }
    const key = keyOf(group);
    other.set(key, (other.get(key) ?? 0) + d.cents);
    otherGroups.push(group);
  }

  const rows = costReportOfSums([...summed, ...otherGroups], timelines, {
    by: r.groupBy,
    period: r.period,
    timeZone: r.timeZone,
  });
  const labels = await labelsOf(
    db,
    r.organizationId,
    r.groupBy,
    rows.map((row) => row.key),
  );
  return {
    organizationId: r.organizationId,
    from: r.from.toISOString(),
    to: r.to.toISOString(),
    timeZone: r.timeZone,
    currency: settings.currency,
    groupBy: r.groupBy,
    period: r.period,
    unitId: r.scope.unitId,
    rows: rows.map((row): CostRowView => ({
      key: row.key,
      label: row.key === null ? null : (labels.get(row.key) ?? null),
      start: row.start?.toISOString() ?? null,
      ...figuresView(row, centMinutes.get(row.key) ?? 0, other.get(row.key) ?? 0),
    })),
    total: figuresView(costFiguresOf(total, timelines), total.centMinutes, otherTotal),
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
  const named = (table: 'units' | 'campaigns' | 'members') =>
    db
      .selectFrom(table)
      .select(['id', 'name as label'])
      .where('organization_id', '=', organizationId)
      .where('id', 'in', ids)
      .execute();
  const rows =
    by === 'channel'
      ? await db
          .selectFrom('channels')
          .select(['id', 'display_name as label'])
          .where('organization_id', '=', organizationId)
          .where('id', 'in', ids)
          .execute()
      : by === 'post'
        ? await db
            .selectFrom('posts')
            .select(['id', 'title as label'])
            .where('organization_id', '=', organizationId)
            .where('id', 'in', ids)
            .execute()
        : await named(by === 'unit' ? 'units' : by === 'campaign' ? 'campaigns' : 'members');
  return new Map(rows.filter((r) => r.label !== '').map((r) => [r.id, r.label]));
}
