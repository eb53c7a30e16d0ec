import type { CostSettings } from '../../contracts/costs.ts';
import type { Db } from '../../db/connect.ts';

/** The settings an organization has before it sets any. */
export const DEFAULT_CURRENCY = 'EUR';

export interface LoadedCostSettings {
  currency: string;
  monthlyBudgetCents: number | null;
  /** Minutes per activity kind for events that carry none. */
  defaultMinutes: { kind: string; minutes: number }[];
  updatedBy: string | null;
  updatedAt: Date | null;
}

/** The organization's cost settings, or the defaults when it has set none. */
export async function loadCostSettings(
  db: Db,
  organizationId: string,
): Promise<LoadedCostSettings> {
  const row = await db
    .selectFrom('cost_settings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  if (!row) {
    return {
      currency: DEFAULT_CURRENCY,
      monthlyBudgetCents: null,
      defaultMinutes: [],
      updatedBy: null,
      updatedAt: null,
    };
  }
  return {
    currency: row.currency,
    monthlyBudgetCents: row.monthly_budget_cents === null ? null : Number(row.monthly_budget_cents),
    defaultMinutes: row.default_minutes,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

export function toCostSettings(organizationId: string, s: LoadedCostSettings): CostSettings {
  return {
    organizationId,
    currency: s.currency,
    monthlyBudgetCents: s.monthlyBudgetCents,
    defaultMinutes: s.defaultMinutes.map((d) => ({
      kind: d.kind as CostSettings['defaultMinutes'][number]['kind'],
      minutes: d.minutes,
    })),
    updatedBy: s.updatedBy,
    updatedAt: s.updatedAt?.toISOString() ?? null,
  };
}
