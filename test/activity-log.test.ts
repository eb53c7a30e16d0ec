import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordActivity } from '../src/app/activity.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildOrg } from './factories.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.dispose();
});

describe('activity log', () => {
  it('is append-only: updates and deletes of events are refused', async () => {
    const org = await buildOrg(database.db);
    await recordActivity(database.db, {
      organizationId: org.id,
      actorId: null,
      kind: 'test.event',
      subjectType: 'test',
      subjectId: null,
      minutes: 5,
    });
    await expect(
      database.db
        .updateTable('activity')
        .set({ minutes: 1 })
        .where('organization_id', '=', org.id)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      database.db.deleteFrom('activity').where('organization_id', '=', org.id).execute(),
    ).rejects.toThrow(/append-only/);
    const rows = await database.db
      .selectFrom('activity')
      .selectAll()
      .where('organization_id', '=', org.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'test.event', minutes: 5 });
  });

  it('leaves with its organization when the whole organization is deleted', async () => {
    const org = await buildOrg(database.db);
    await recordActivity(database.db, {
      organizationId: org.id,
      actorId: null,
      kind: 'x',
      subjectType: 't',
      subjectId: null,
    });
    await database.db.deleteFrom('organizations').where('id', '=', org.id).execute();
    const n = await sql<{
      n: string;
    }>`select count(*) as n from activity where organization_id = ${org.id}`.execute(database.db);
    expect(n.rows[0]!.n).toBe('0');
  });
});
