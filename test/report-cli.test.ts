import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/app/errors.ts';
import { report, type ReportIo, type ReportOptions } from '../src/cli/report.ts';
import type { CostReport } from '../src/contracts/reports.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildMember, buildOrg, buildUnit, type BuiltOrg } from './factories.ts';

/**
 * `mooring report` against a real database: the table, `--json`, and bad flags as AppErrors
 * (which `runCli` turns into exit codes). Time entries are inserted directly: the CLI only reads.
 */

let database: TestDatabase;
let org: BuiltOrg;
let unit: string;
let aliceId: string;
const NOW = new Date('2026-03-20T12:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  org = await buildOrg(db);
  unit = await buildUnit(db, org, { name: 'Vertrieb' });
  const alice = await buildMember(db, org, { memberships: [{ unitId: unit, role: 'editor' }] });
  aliceId = alice.id;
  await db
    .updateTable('members')
    .set({ name: 'Alice Ångström', hourly_rate_cents: 6000 })
    .where('id', '=', alice.id)
    .execute();
  await db
    .insertInto('time_entries')
    .values(
      [
        // 90 minutes at 6000: 9,000 cents; 30 of them reviewing.
        { category: 'create', minutes: 60, at: new Date('2026-03-10T09:00:00Z') },
        { category: 'review', minutes: 30, at: new Date('2026-03-11T09:00:00Z') },
        // Outside the range below.
        { category: 'create', minutes: 600, at: new Date('2026-01-10T09:00:00Z') },
      ].map((e) => ({ ...e, organization_id: org.id, member_id: alice.id, source: 'manual' })),
    )
    .execute();
});
afterAll(async () => {
  await database?.dispose();
});

async function run(opts: ReportOptions): Promise<string> {
  let out = '';
  const io: ReportIo = {
    withDb: (fn) => fn(database.db),
    now: () => NOW,
    write: (text) => (out += text),
  };
  await report(opts, io);
  return out;
}

async function refused(opts: ReportOptions): Promise<AppError> {
  const err = await run(opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('mooring report', () => {
  it('finds the one organization without --org, and prints JSON with --json', async () => {
    const r = JSON.parse(
      await run({ from: '2026-03-01', groupBy: 'member', json: true }),
    ) as CostReport;
    expect(r.organizationId).toBe(org.id);
    // Default --to: today (2026-03-20, UTC) included.
    expect(r.to).toBe('2026-03-21T00:00:00.000Z');
    expect(r.rows).toEqual([
      expect.objectContaining({
        key: aliceId,
        label: 'Alice Ångström',
        minutes: 90,
        costCents: 9_000,
        coordinationShare: 30 / 90,
      }),
    ]);
  });

  it('prints a table, in German with --lang de', async () => {
    const en = await run({ org: org.id, from: '2026-03-01', to: '2026-03-31', groupBy: 'unit' });
    expect(en).toContain('Costs 2026-03-01 – 2026-03-31 (UTC), per unit, EUR');
    expect(en).toMatch(/^Vertrieb +1\.50 +90\.00 +0\.00 +90\.00 +0 +– +33\.3 %/m);
    const de = await run({ org: org.id, from: '2026-03-01', to: '2026-03-31', lang: 'de' });
    expect(de).toContain('Kosten 2026-03-01 – 2026-03-31 (UTC), pro Monat, EUR');
    expect(de).toMatch(/^2026-03 +1,50 +90,00 /m);
  });

  it('names the flag at fault', async () => {
    const bad = async (opts: ReportOptions, code: string, flag: string) => {
      const err = await refused(opts);
      expect(err.code).toBe(code);
      expect(`${err.message} ${err.details.map((d) => d.message).join(' ')}`).toContain(flag);
    };
    await bad({ org: org.id, groupBy: 'weekday' }, 'bad_input', '--group-by');
    await bad({ org: org.id, period: 'year' }, 'bad_input', '--period');
    await bad({ org: org.id, from: 'March' }, 'bad_input', '--from');
    await bad({ org: org.id, from: '2026-03-02', to: '2026-03-01' }, 'bad_input', '--to');
    await bad({ org: 'acme' }, 'bad_input', '--org');
    await bad({ org: org.id, lang: 'fr' }, 'bad_input', '--lang');
    await bad({ org: org.id, unit: 'sales' }, 'bad_input', '--unit');
    expect((await refused({ org: '6f1c2a1e-5b7d-4c3e-9a2f-1d2e3f4a5b6c' })).code).toBe('not_found');
    const unknownUnit = await refused({
      org: org.id,
      unit: '6f1c2a1e-5b7d-4c3e-9a2f-1d2e3f4a5b6c',
    });
    expect(unknownUnit.code).toBe('not_found');
    expect(unknownUnit.details[0]?.path).toBe('unit');
  });

  it('asks for --org when the database holds several organizations', async () => {
    const other = await buildOrg(database.db, { name: 'Second' });
    const err = await refused({});
    expect(err.code).toBe('bad_input');
    expect(err.message).toContain(other.id);
    expect(err.message).toContain(org.id);
  });
});
