import { z } from 'zod';
import { buildCostReport } from '../app/reports/cost-report.ts';
import { organizationScope } from '../app/reports/report-access.ts';
import { resolveRange } from '../app/reports/report-range.ts';
import { AppError, badInput, notFound } from '../app/errors.ts';
import { loadSnapshot } from '../app/snapshot.ts';
import { costReportQuery } from '../contracts/reports.ts';
import type { Db } from '../db/connect.ts';
import { loadConfig } from '../config.ts';
import { startRuntime } from '../main.ts';
import { renderCostReport, type ReportLocale } from './report-render.ts';

/** Commander's options, as typed on the command line. */
export interface ReportOptions {
  org?: string;
  from?: string;
  to?: string;
  groupBy?: string;
  period?: string;
  unit?: string;
  json?: boolean;
  lang?: string;
}

/** What the command needs from outside: a database, a clock and somewhere to write. */
export interface ReportIo {
  withDb<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  now(): Date;
  write(text: string): void;
}

/** The flag of each query field, for messages. */
const FLAGS: Record<string, string> = {
  from: '--from',
  to: '--to',
  groupBy: '--group-by',
  period: '--period',
  unitId: '--unit',
};

/**
 * `mooring report`: the cost report of an organization in the terminal, as a table (German or
 * English, `--lang`) or with `--json` as the API's JSON. The operator at the terminal sees the
 * whole organization (or `--unit`'s subtree); `--org` may be left out when the database holds one
 * organization. Bad input exits 2 naming the flag, an unknown organization or unit 3.
 */
export async function report(opts: ReportOptions, io: ReportIo = terminalIo()): Promise<void> {
  const locale: ReportLocale = opts.lang === 'de' ? 'de' : 'en';
  if (opts.lang !== undefined && opts.lang !== 'de' && opts.lang !== 'en') {
    throw badInput('lang', 'invalid_value', '--lang: de or en');
  }
  const parsed = costReportQuery.safeParse({
    ...(opts.from === undefined ? {} : { from: opts.from }),
    ...(opts.to === undefined ? {} : { to: opts.to }),
    ...(opts.groupBy === undefined ? {} : { groupBy: opts.groupBy }),
    ...(opts.period === undefined ? {} : { period: opts.period }),
    ...(opts.unit === undefined ? {} : { unitId: opts.unit }),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    throw badInput(field, issue.code, `${FLAGS[field] ?? field}: ${issue.message}`);
  }
  if (opts.org !== undefined && !z.uuid().safeParse(opts.org).success) {
    throw badInput('org', 'invalid_format', '--org: an organization id (a uuid)');
  }
  const query = parsed.data;
  const result = await io.withDb(async (db) => {
    const organizationId = opts.org ?? (await onlyOrganization(db));
    const { organization, snapshot } = await loadSnapshot(db, organizationId);
    const scope = organizationScope(snapshot, query.unitId, 'unit');
    let range;
    try {
      range = resolveRange(query, organization.time_zone, io.now());
    } catch (err) {
      if (err instanceof AppError) throw badInput('to', 'range', `--to: ${err.message}`);
      throw err;
    }
    return buildCostReport(db, {
      organizationId,
      timeZone: organization.time_zone,
      ...range,
      groupBy: query.groupBy,
      period: query.period,
      scope,
    });
  });
  io.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : renderCostReport(result, locale));
}

/** The id of the one organization in the database; without `--org` there must be exactly one. */
async function onlyOrganization(db: Db): Promise<string> {
  const rows = await db.selectFrom('organizations').select(['id', 'name']).limit(11).execute();
  if (rows.length === 1) return rows[0]!.id;
  if (rows.length === 0) throw notFound('organization');
  const list = rows.slice(0, 10).map((r) => `${r.id}  ${r.name}`);
  throw badInput(
    'org',
    'required',
    ['--org: the database holds several organizations:', ...list].join('\n    '),
  );
}

function terminalIo(): ReportIo {
  return {
    async withDb(fn) {
      const runtime = await startRuntime(loadConfig(), { logTo: 'stderr' });
      try {
        return await fn(runtime.deps.db);
      } finally {
        await runtime.close();
      }
    },
    now: () => new Date(),
    write: (text) => process.stdout.write(text),
  };
}
