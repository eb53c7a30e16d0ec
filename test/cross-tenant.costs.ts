import type { IdField, Kind } from './cross-tenant.content.ts';
import type { PopulatedOrg } from './tenants.ts';

/**
 * The id fields of time capture, timers, other costs and cost reports, for the tables of
 * cross-tenant.http.test.ts (written as A's admin; `a` is organization A).
 */
export function costIdFields(a: () => PopulatedOrg): Record<string, IdField[]> {
  const spentOn = (
    fields: [string, Kind][],
    request: (field: string, id: string) => { path: string; body?: unknown },
  ): IdField[] =>
    fields.map(([field, kind]) => ({
      field,
      kind,
      path: `body.${field}`,
      request: (id) => request(field, id),
    }));
  const all: [string, Kind][] = [
    ['postId', 'post'],
    ['unitId', 'unit'],
    ['channelId', 'channel'],
    ['campaignId', 'campaign'],
  ];
  const noPost = all.filter(([f]) => f !== 'postId');
  const unitFilter = (path: string): IdField => ({
    field: 'unitId',
    kind: 'unit',
    path: 'querystring.unitId',
    request: (id) => ({ path: `${path}?unitId=${id}` }),
  });
  return {
    'POST /api/v1/time': spentOn(all, (field, id) => ({
      path: '/api/v1/time',
      body: { category: 'create', minutes: 1, [field]: id },
    })),
    // The admin's `plan` timer runs; another category could start.
    'POST /api/v1/timers': spentOn(all, (field, id) => ({
      path: '/api/v1/timers',
      body: { category: 'review', [field]: id },
    })),
    'POST /api/v1/costs/other': spentOn(noPost, (field, id) => ({
      path: '/api/v1/costs/other',
      body: {
        kind: 'tool',
        description: 'Leak',
        amountCents: 1,
        startsOn: '2030-01-01',
        endsOn: '2030-01-01',
        [field]: id,
      },
    })),
    'PATCH /api/v1/costs/other/{id}': spentOn(noPost, (field, id) => ({
      path: `/api/v1/costs/other/${a().costs.otherCost}`,
      body: { [field]: id },
    })),
    'GET /api/v1/reports/costs': [unitFilter('/api/v1/reports/costs')],
    'GET /api/v1/reports/costs.csv': [unitFilter('/api/v1/reports/costs.csv')],
  };
}
