import { sql, type Selectable } from 'kysely';
import type { OtherCost } from '../../contracts/costs.ts';
import type { Db } from '../../db/connect.ts';
import type { OtherCostsTable } from '../../db/schema.ts';
import { notFound } from '../errors.ts';

/** An other-cost row with its dates as text (a `date` read as a JS Date would shift by zone). */
export type OtherCostRow = Omit<Selectable<OtherCostsTable>, 'starts_on' | 'ends_on'> & {
  starts_on: string;
  ends_on: string;
};

/** The columns of an other cost, dates as `YYYY-MM-DD`. */
export const OTHER_COST_COLUMNS = [
  'id',
  'organization_id',
  'kind',
  'description',
  'amount_cents',
  sql<string>`starts_on::text`.as('starts_on'),
  sql<string>`ends_on::text`.as('ends_on'),
  'unit_id',
  'channel_id',
  'campaign_id',
  'created_by',
  'created_at',
  'updated_at',
] as const;

export function toOtherCost(row: OtherCostRow): OtherCost {
  return {
    id: row.id,
    kind: row.kind as OtherCost['kind'],
    description: row.description,
    amountCents: Number(row.amount_cents),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    unitId: row.unit_id,
    channelId: row.channel_id,
    campaignId: row.campaign_id,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** One other cost of the organization, or 404 `other_cost.not_found`. */
export async function findOtherCost(
  db: Db,
  organizationId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<OtherCostRow> {
  const row = await db
    .selectFrom('other_costs')
    .select(OTHER_COST_COLUMNS)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .$if(opts.forUpdate === true, (q) => q.forUpdate())
    .executeTakeFirst();
  if (!row) throw notFound('other_cost');
  return row;
}
