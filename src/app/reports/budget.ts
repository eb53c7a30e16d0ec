import type { Budget, BudgetQuery } from '../../contracts/reports.ts';
import { centMinutesToCents } from '../../core/costs/money.ts';
import { periodPlacer } from '../../core/costs/periods.ts';
import type { Db } from '../../db/connect.ts';
import { authorizeOrganization } from '../authorize.ts';
import { loadCostSettings } from '../costs/cost-settings.ts';
import type { Actor, Deps } from '../deps.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { addMonths, localDateOf, localMidnight } from './report-range.ts';
import { readOtherCostDays } from './read-other-costs.ts';
import { readRolledTime, summedGroupsOf } from './read-rolled-time.ts';
import { readSummedTime } from './read-time.ts';

/**
 * Cost per month against the organization's monthly budget: the current month and the
 * `months − 1` before it, in the organization's time zone. Each month: staff time (minutes × the
 * members' current rates) plus other costs, the change from the month before, and the share of the
 * budget. The current month is also projected linearly: the staff cost so far scaled to the whole
 * month, plus the month's other costs as booked (they are known, not a rate). The trend is the
 * least-squares slope of the complete months. The budget is today's, for every month. Admins only.
 */
export async function getBudget(deps: Deps, actor: Actor, query: BudgetQuery): Promise<Budget> {
  const { snapshot, organization } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'manage_organization');
  return buildBudget(deps.db, {
    organizationId: actor.organizationId,
    timeZone: organization.time_zone,
    now: deps.now(),
    months: query.months,
  });
}

export async function buildBudget(
  db: Db,
  o: { organizationId: string; timeZone: string; now: Date; months: number },
): Promise<Budget> {
  const tz = o.timeZone;
  const thisMonth = `${localDateOf(o.now, tz).slice(0, 7)}-01`;
  const firsts = Array.from({ length: o.months + 1 }, (_, i) =>
    addMonths(thisMonth, i - o.months + 1),
  );
  const starts = firsts.map((d) => localMidnight(d, tz));
  const from = starts[0]!;
  const to = starts[o.months]!;
  const source = { organizationId: o.organizationId, from, to };
  const shape = { ...source, by: 'period', period: 'month', timeZone: tz } as const;
  const [settings, rolled, otherDays] = await Promise.all([
    loadCostSettings(db, o.organizationId),
    readRolledTime(db, shape),
    readOtherCostDays(db, { ...source, timeZone: tz }),
  ]);
  // Rollups that do not line up with the months: the log.
  const summed = rolled
    ? summedGroupsOf(rolled)
    : await readSummedTime(db, { ...shape, defaults: settings.defaultMinutes });
  const place = periodPlacer('month', tz);
  const centMinutes = new Map<string, number>();
  for (const g of summed) {
    const key = place(g.at!).key;
    centMinutes.set(key, (centMinutes.get(key) ?? 0) + g.sums.centMinutes);
  }
  const other = new Map<string, number>();
  for (const d of otherDays) {
    const key = place(d.start).key;
    other.set(key, (other.get(key) ?? 0) + d.cents);
  }

  const budget = settings.monthlyBudgetCents;
  const share = (cents: number) => (budget === null || budget === 0 ? null : cents / budget);
  const months: Budget['months'] = [];
  for (let i = 0; i < o.months; i++) {
    const month = firsts[i]!.slice(0, 7);
    const staff = centMinutesToCents(centMinutes.get(month) ?? 0);
    const otherCents = other.get(month) ?? 0;
    const total = staff + otherCents;
    const previous = months.at(-1)?.totalCostCents ?? null;
    months.push({
      month,
      start: starts[i]!.toISOString(),
      staffCostCents: staff,
      otherCostCents: otherCents,
      totalCostCents: total,
      budgetCents: budget,
      remainingCents: budget === null ? null : budget - total,
      budgetShare: share(total),
      changeCents: previous === null ? null : total - previous,
      changeShare: previous === null || previous === 0 ? null : (total - previous) / previous,
      complete: starts[i + 1]!.getTime() <= o.now.getTime(),
    });
  }

  const current = months.at(-1)!;
  const length = to.getTime() - starts[o.months - 1]!.getTime();
  const elapsed = Math.min(length, Math.max(0, o.now.getTime() - starts[o.months - 1]!.getTime()));
  const projected =
    (elapsed === 0 ? 0 : Math.round((current.staffCostCents * length) / elapsed)) +
    current.otherCostCents;
  const previous = months.length > 1 ? months.at(-2)!.totalCostCents : null;
  const complete = months.filter((m) => m.complete).map((m) => m.totalCostCents);
  return {
    organizationId: o.organizationId,
    currency: settings.currency,
    timeZone: tz,
    monthlyBudgetCents: budget,
    months,
    current: {
      month: current.month,
      elapsedShare: elapsed / length,
      projectedCents: projected,
      projectedBudgetShare: share(projected),
      projectedChangeCents: previous === null ? null : projected - previous,
      projectedOverBudget: budget === null ? null : projected > budget,
    },
    trend: { slopeCentsPerMonth: slope(complete), completeMonths: complete.length },
  };
}

/** The least-squares slope of `ys` over 0, 1, 2, …, rounded; null for fewer than two. */
export function slope(ys: readonly number[]): number | null {
  const n = ys.length;
  if (n < 2) return null;
  const meanX = (n - 1) / 2;
  const meanY = ys.reduce((s, y) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return Math.round(num / den);
}
