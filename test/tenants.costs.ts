import type { Client } from './http.ts';

/** The cost rows of a populated organization (tenants.ts), for the cross-tenant and bad-input suites. */
export interface PopulatedCosts {
  /** An other cost of `dept`. */
  otherCost: string;
  /** The admin's running `plan` timer. */
  timer: string;
  /** The member's time entry on the submitted post. */
  timeEntry: string;
}

async function ok<T>(res: Promise<{ status: number; body: any }>, status: number, what: string) {
  const r = await res;
  if (r.status !== status) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as T;
}

/**
 * Cost settings with a default, an other cost, a time entry on a post and a running timer,
 * written through the API by the organization's admin (`api`) and member (`memberApi`).
 */
export async function populateCosts(
  api: Client,
  memberApi: Client,
  o: { tag: string; dept: string; postId: string },
): Promise<PopulatedCosts> {
  await ok(
    api.put('/api/v1/costs/settings', {
      currency: 'EUR',
      monthlyBudgetCents: 500_000,
      defaultMinutes: [{ kind: 'comment.created', minutes: 5 }],
    }),
    200,
    'cost settings',
  );
  const otherCost = await ok<{ id: string }>(
    api.post('/api/v1/costs/other', {
      kind: 'tool',
      description: `Scheduler ${o.tag}`,
      amountCents: 3_000,
      startsOn: new Date().toISOString().slice(0, 10),
      endsOn: new Date().toISOString().slice(0, 10),
      unitId: o.dept,
    }),
    201,
    'other cost',
  );
  const timeEntry = await ok<{ id: string }>(
    memberApi.post('/api/v1/time', { category: 'create', minutes: 15, postId: o.postId }),
    201,
    'time entry',
  );
  const timer = await ok<{ id: string }>(
    api.post('/api/v1/timers', { category: 'plan', unitId: o.dept }),
    201,
    'timer',
  );
  return { otherCost: otherCost.id, timer: timer.id, timeEntry: timeEntry.id };
}
