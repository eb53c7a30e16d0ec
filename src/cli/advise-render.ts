import type { AdviceView } from '../contracts/advisor.ts';
import { MODEL_LABELS, STAFFING_ROLE_LABELS } from '../contracts/i18n/advisor.ts';
import type { ReasonLocale } from '../contracts/i18n/reasons.ts';
import type { PlannedUnit } from '../core/advisor/staffing.ts';

/** Words of the terminal output that only the CLI uses. */
const WORDS = {
  en: {
    ranking: 'Ranking (best first)',
    uncertain: 'Uncertain',
    staffing: 'Staffing plan',
    role: 'role',
    unit: 'unit',
    people: 'people',
    existing: 'in place',
    hours: 'h/week',
    month: 'per month',
    total: 'total',
    newHub: 'new hub',
    newRegionalHub: 'new regional hub',
    newDepartment: 'new department',
    organization: 'organization',
    training: 'One-off training for the people still to find',
    rate: 'Hourly rate',
    more: 'more reasons with --json',
  },
  de: {
    ranking: 'Reihenfolge (beste zuerst)',
    uncertain: 'Unsicher',
    staffing: 'Personalplan',
    role: 'Rolle',
    unit: 'Einheit',
    people: 'Personen',
    existing: 'vorhanden',
    hours: 'Std./Woche',
    month: 'pro Monat',
    total: 'gesamt',
    newHub: 'neuer Hub',
    newRegionalHub: 'neuer regionaler Hub',
    newDepartment: 'neue Abteilung',
    organization: 'Organisation',
    training: 'Einmalige Schulung der noch zu findenden Personen',
    rate: 'Stundensatz',
    more: 'weitere Gründe mit --json',
  },
} as const;

/** Reasons shown for models after the first (the first shows all). */
const REASONS_OF_OTHERS = 2;

/** The advice as text for a terminal: ranking with reasons, uncertainties, the staffing plan. */
export function renderAdvice(view: AdviceView, locale: ReasonLocale): string {
  const w = WORDS[locale];
  const num = (x: number, digits = 0) =>
    x.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const money = (cents: number) => num(cents / 100, 2);
  const lines: string[] = [w.ranking, ''];
  view.ranking.forEach((ranked, i) => {
    lines.push(`${i + 1}. ${MODEL_LABELS[locale][ranked.model]}  ${num(ranked.score, 1)}`);
    const shown = i === 0 ? ranked.reasons : ranked.reasons.slice(0, REASONS_OF_OTHERS);
    for (const r of shown) {
      const sign = r.points > 0 ? '+' : '−';
      lines.push(`   ${sign} ${r.message} (${sign}${num(Math.abs(r.points), 1)})`);
    }
    if (shown.length < ranked.reasons.length) lines.push(`   … ${w.more}`);
  });
  if (view.uncertain.length > 0) {
    lines.push('', w.uncertain, '');
    for (const u of view.uncertain) lines.push(`  • ${u.message}`);
  }
  const plan = view.staffing;
  lines.push('', `${w.staffing}: ${MODEL_LABELS[locale][plan.model]}`, '');
  const unitName = (u: PlannedUnit) => {
    if (u.name !== null) return u.name;
    const times = u.count > 1 ? ` (×${u.count})` : '';
    if (u.isHub)
      return (u.key.startsWith('new:regional_hub') ? w.newRegionalHub : w.newHub) + times;
    return (u.kind === 'company' ? w.organization : w.newDepartment) + times;
  };
  const rows = [
    [w.role, w.unit, w.people, w.existing, w.hours, w.month],
    ...plan.roles.map((r) => [
      STAFFING_ROLE_LABELS[locale][r.role],
      unitName(r.unit),
      num(r.people),
      num(r.existing),
      num(r.minutesPerWeek / 60, 1),
      money(r.centsPerMonth),
    ]),
    [
      w.total,
      '',
      num(plan.totals.people),
      num(plan.totals.existing),
      num(plan.totals.minutesPerWeek / 60, 1),
      money(plan.totals.centsPerMonth),
    ],
  ];
  lines.push(...table(rows));
  lines.push(
    '',
    `${w.training}: ${num(plan.totals.trainingMinutes / 60, 1)} h, ${money(plan.totals.trainingCents)}`,
    `${w.rate}: ${money(plan.assumptions.defaultHourlyRateCents)}`,
  );
  return lines.join('\n') + '\n';
}

/** Columns padded to their widest cell; numbers (all but the first two columns) right-aligned. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map(
    (r) =>
      '  ' +
      r
        .map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('  ')
        .trimEnd(),
  );
}
