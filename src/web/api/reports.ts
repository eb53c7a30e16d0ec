import type { z } from 'zod';
import { costSettingsSchema } from '../../contracts/costs.ts';
import type { costReportQuery } from '../../contracts/reports.ts';
import { budgetSchema, costReportSchema, whatIfSchema } from '../../contracts/reports.ts';
import { request } from './client.ts';

export type CostReportParams = Partial<z.input<typeof costReportQuery>>;

/** Admins and unit leads: the currency, the budget and the default minutes. */
export function getCostSettings() {
  return request(costSettingsSchema, 'GET', '/costs/settings');
}

export function getCostReport(query: CostReportParams) {
  return request(costReportSchema, 'GET', '/reports/costs', { query });
}

/** The address of the same report as CSV: a plain link downloads it with the session cookie. */
export function costReportCsvUrl(query: CostReportParams): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const qs = params.toString();
  return `/api/v1/reports/costs.csv${qs ? `?${qs}` : ''}`;
}

export function getWhatIf(days: number) {
  return request(whatIfSchema, 'GET', '/reports/what-if', { query: { days } });
}

export function getBudget(months: number) {
  return request(budgetSchema, 'GET', '/reports/budget', { query: { months } });
}
