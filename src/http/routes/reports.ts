import { z } from 'zod';
import { getBudget } from '../../app/reports/budget.ts';
import { costReportCsv } from '../../app/reports/cost-report-csv.ts';
import { getCostReport } from '../../app/reports/cost-report.ts';
import { getWhatIf } from '../../app/reports/what-if.ts';
import { errorResponse } from '../../contracts/common.ts';
import {
  budgetQuery,
  budgetSchema,
  costReportQuery,
  costReportSchema,
  whatIfQuery,
  whatIfSchema,
} from '../../contracts/reports.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

/**
 * Cost reports (admins: all or a unit's subtree; unit leads: the units they lead), the what-if
 * replay over the organization's own history and the budget view (admins).
 */
export function reportRoutes({ api, deps }: RouteContext): void {
  const tags = ['reports'];
  const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse };
  api.get(
    '/reports/costs',
    {
      schema: {
        tags,
        summary: 'Hours, cost, coordination share and approval waits per period, unit, …',
        querystring: costReportQuery,
        response: { 200: costReportSchema, ...errors },
      },
    },
    async (req) => getCostReport(deps, actorOf(req), req.query),
  );
  api.get(
    '/reports/costs.csv',
    {
      schema: {
        tags,
        summary: 'The cost report as CSV (RFC 4180, amounts with two decimals)',
        querystring: costReportQuery,
        produces: ['text/csv'],
        // Sent as text/csv: Fastify serializes only JSON content types.
        response: { 200: z.string().describe('CSV, a header line first'), ...errors },
      },
    },
    async (req, reply) => {
      const report = await getCostReport(deps, actorOf(req), req.query);
      const name = `costs-${report.groupBy}-${report.from.slice(0, 10)}.csv`;
      return reply
        .header('content-disposition', `attachment; filename="${name}"`)
        .type('text/csv; charset=utf-8')
        .send(costReportCsv(report));
    },
  );
  api.get(
    '/reports/what-if',
    {
      schema: {
        tags,
        summary: 'The last N days of posts replayed through each of the five models (admins)',
        querystring: whatIfQuery,
        response: { 200: whatIfSchema, ...errors },
      },
    },
    async (req) => getWhatIf(deps, actorOf(req), req.query),
  );
  api.get(
    '/reports/budget',
    {
      schema: {
        tags,
        summary: 'Cost per month against the budget, with the trend (admins)',
        querystring: budgetQuery,
        response: { 200: budgetSchema, ...errors },
      },
    },
    async (req) => getBudget(deps, actorOf(req), req.query),
  );
}
