import type { CostFiguresView, CostReport } from '../contracts/reports.ts';

export type ReportLocale = 'de' | 'en';

/** Words of the terminal table. */
const WORDS = {
  en: {
    title: 'Costs',
    per: {
      period: { day: 'per day', week: 'per week', month: 'per month' },
      unit: 'per unit',
      channel: 'per channel',
      campaign: 'per campaign',
      member: 'per member',
      post: 'per post',
    },
    subtree: 'units under',
    key: {
      period: 'period',
      unit: 'unit',
      channel: 'channel',
      campaign: 'campaign',
      member: 'member',
      post: 'post',
    },
    hours: 'hours',
    cost: 'staff',
    other: 'other',
    total: 'total',
    published: 'published',
    perPost: 'per post',
    share: 'coord.',
    wait: 'wait med/p90',
    lead: 'draft→pub.',
    none: '(none)',
    totalRow: 'Total',
    empty: 'Nothing in this range.',
    durations: 'Waits and lead times in h:mm; coord. = review and coordination over all time.',
  },
  de: {
    title: 'Kosten',
    per: {
      period: { day: 'pro Tag', week: 'pro Woche', month: 'pro Monat' },
      unit: 'pro Einheit',
      channel: 'pro Kanal',
      campaign: 'pro Kampagne',
      member: 'pro Person',
      post: 'pro Beitrag',
    },
    subtree: 'Einheiten unter',
    key: {
      period: 'Zeitraum',
      unit: 'Einheit',
      channel: 'Kanal',
      campaign: 'Kampagne',
      member: 'Person',
      post: 'Beitrag',
    },
    hours: 'Stunden',
    cost: 'Personal',
    other: 'Sonstiges',
    total: 'gesamt',
    published: 'veröffentl.',
    perPost: 'pro Beitrag',
    share: 'Abstimm.',
    wait: 'Warten Med./p90',
    lead: 'Entwurf→veröff.',
    none: '(keine)',
    totalRow: 'Gesamt',
    empty: 'Nichts in diesem Zeitraum.',
    durations:
      'Wartezeiten und Durchlaufzeiten in h:mm; Abstimm. = Prüfen und Abstimmen an der ganzen Zeit.',
  },
} as const;

/** Minutes as `h:mm` (`–` for none). */
export function formatDuration(minutes: number | null): string {
  if (minutes === null) return '–';
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The local date of an instant in the report's zone (`to` is exclusive: its last day shown). */
function day(iso: string, timeZone: string, exclusive = false): string {
  const at = new Date(Date.parse(iso) - (exclusive ? 1 : 0));
  return new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(at);
}

/** The cost report as a table for a terminal, in German or English. */
export function renderCostReport(r: CostReport, locale: ReportLocale): string {
  const w = WORDS[locale];
  const number = (x: number, digits: number) =>
    x.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const money = (cents: number | null) => (cents === null ? '–' : number(cents / 100, 2));
  const share = (x: number | null) => (x === null ? '–' : `${number(x * 100, 1)} %`);
  const by = r.groupBy;
  const per = by === 'period' ? w.per.period[r.period] : w.per[by];
  const lines = [
    `${w.title} ${day(r.from, r.timeZone)} – ${day(r.to, r.timeZone, true)} (${r.timeZone}), ${per}, ${r.currency}` +
      (r.unitId ? `, ${w.subtree} ${r.unitId}` : ''),
    '',
  ];
  const header = [
    w.key[by],
    w.hours,
    w.cost,
    w.other,
    w.total,
    w.published,
    w.perPost,
    w.share,
    w.wait,
    w.lead,
  ];
  const cells = (f: CostFiguresView) => [
    number(f.hours, 2),
    money(f.costCents),
    money(f.otherCostCents),
    money(f.totalCostCents),
    String(f.publishedPosts),
    money(f.totalCostPerPublishedPostCents),
    share(f.coordinationShare),
    `${formatDuration(f.approvalWait.medianMinutes)} / ${formatDuration(f.approvalWait.p90Minutes)}`,
    formatDuration(f.draftToPublished.medianMinutes),
  ];
  const name = (key: string | null, label: string | null) => {
    const text = key === null ? w.none : (label ?? key);
    return text.length > 32 ? `${text.slice(0, 31)}…` : text;
  };
  const rows = r.rows.map((row) => [name(row.key, row.label), ...cells(row)]);
  if (rows.length === 0) {
    lines.push(w.empty, '');
  }
  const table = [header, ...rows, [w.totalRow, ...cells(r.total)]];
  const widths = header.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  // The first column reads left to right; figures line up on the right.
  const format = (row: string[]) =>
    row
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  lines.push(format(header), ...rows.map(format));
  lines.push(widths.map((n) => '─'.repeat(n)).join('  '), format(table.at(-1)!), '', w.durations);
  return lines.join('\n') + '\n';
}
