import { sql } from 'kysely';
import { spreadOverDays } from '../../core/costs/other-costs.ts';
import type { Db } from '../../db/connect.ts';
import { localDateOf } from './report-range.ts';

/** A day's share of an other cost, with what the cost was for. */
export interface OtherCostDay {
  /** Local midnight at the start of the day. */
  start: Date;
  cents: number;
  /** The cost's unit, else its channel's unit. */
  unitId: string | null;
  channelId: string | null;
  campaignId: string | null;
}

/**
 * The days of the organization's other costs that begin in `[from, to)`, each with its share of
 * the cost (spread evenly over the cost's days, see core/costs/other-costs.ts). With `unitIds`,
 * only costs for those units.
 */
export async function readOtherCostDays(
  db: Db,
  q: {
    organizationId: string;
    from: Date;
    to: Date;
    timeZone: string;
    unitIds?: readonly string[] | null;
  },
): Promise<OtherCostDay[]> {
  const { rows } = await sql<{
    amount_cents: string;
    starts_on: string;
    ends_on: string;
    unit_id: string | null;
    channel_id: string | null;
    campaign_id: string | null;
  }>`
    select o.amount_cents, o.starts_on::text as starts_on, o.ends_on::text as ends_on,
           coalesce(o.unit_id, c.unit_id) as unit_id, o.channel_id, o.campaign_id
    from other_costs o
    left join channels c on c.organization_id = ${q.organizationId} and c.id = o.channel_id
    where o.organization_id = ${q.organizationId}
      and o.ends_on >= ${localDateOf(q.from, q.timeZone)}::date
      and o.starts_on <= ${localDateOf(q.to, q.timeZone)}::date
      ${q.unitIds ? sql`and coalesce(o.unit_id, c.unit_id) = any(${[...q.unitIds]}::uuid[])` : sql``}`.execute(
    db,
  );
  const days: OtherCostDay[] = [];
  for (const r of rows) {
    const span = { amountCents: Number(r.amount_cents), startsOn: r.starts_on, endsOn: r.ends_on };
    for (const d of spreadOverDays(span, q.timeZone, { from: q.from, to: q.to })) {
      days.push({
        start: d.start,
        cents: d.cents,
        unitId: r.unit_id,
        channelId: r.channel_id,
        campaignId: r.campaign_id,
      });
    }
  }
  return days;
}
