import type { z } from 'zod';
import type { kpiSchema } from '../../../contracts/strategy.ts';

export type Kpi = z.infer<typeof kpiSchema>;

/**
 * Engagement rates are stored as shares (0.035) but read and typed as percent (3.5 %); every other
 * KPI is a plain count or number of minutes.
 */
const PERCENT_KPIS: ReadonlySet<Kpi> = new Set(['engagement_rate']);

/** Six decimals hide the binary noise of ×100 / ÷100 (0.035 × 100 = 3.5000000000000004). */
function tidy(n: number): number {
  return Number(n.toFixed(6));
}

/** The stored target as the number the form shows. */
export function targetToInput(kpi: Kpi, target: number): string {
  return String(PERCENT_KPIS.has(kpi) ? tidy(target * 100) : target);
}

/**
 * The form's text as the stored target; null when it is not a number of at least 0. Accepts a
 * decimal comma, as German speakers type it.
 */
export function inputToTarget(kpi: Kpi, input: string): number | null {
  const text = input.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const value = Number(text);
  return PERCENT_KPIS.has(kpi) ? tidy(value / 100) : value;
}

/** Whether the form asks for percent (the field's unit). */
export function isPercentKpi(kpi: Kpi): boolean {
  return PERCENT_KPIS.has(kpi);
}

/** A goal's target for reading: "3.5%", "30 minutes", "10". */
export function formatTarget(kpi: Kpi, target: number, locale: string): string {
  if (PERCENT_KPIS.has(kpi)) {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
      target,
    );
  }
  if (kpi === 'response_time_minutes') {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'minute',
      unitDisplay: 'long',
    }).format(target);
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(target);
}
