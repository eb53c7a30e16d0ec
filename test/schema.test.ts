import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './db.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.dispose();
});

describe('schema', () => {
  it('indexes every foreign key that points at posts, variants, channels or campaigns', async () => {
    // PostgreSQL indexes only the referenced side; removing one of these rows, or the worker
    // settling a post after its deliveries, would scan the referencing table whole.
    const { rows } = await sql<{ key: string }>`
      select c.conrelid::regclass::text || '(' || string_agg(a.attname, ', ' order by k.n) || ')' as key
      from pg_constraint c
      cross join lateral unnest(c.conkey) with ordinality k(attnum, n)
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
      where c.contype = 'f'
        and c.confrelid::regclass::text in ('posts', 'post_variants', 'channels', 'campaigns')
        and not exists (
          select 1 from pg_index i
          where i.indrelid = c.conrelid
            and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
            and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey)
      group by c.oid, c.conrelid
      order by 1`.execute(database.db);
    expect(rows.map((r) => r.key)).toEqual([]);
  });
});
