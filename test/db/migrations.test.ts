import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

it('entities and migrations agree: the migrated database needs no schema change', async () => {
  const diff = await app.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
  expect(diff.trim(), 'Entities differ from the migrations: run npm run db:migration:create').toBe('');
});

it('every migration is applied and listed in migrations/index.ts', async () => {
  const migrator = app.orm.getMigrator();
  expect(await migrator.getPendingMigrations()).toEqual([]);
  const executed = (await migrator.getExecutedMigrations()).map((m) => m.name);
  expect(executed.length).toBeGreaterThan(0);
  expect(executed).toContain('Migration20261124000000_foundation');
});

it('the migration can be rolled back and re-applied', async () => {
  const migrator = app.orm.getMigrator();
  await migrator.down({ to: 0 });
  const tables = await app.sql<{ n: string }>(
    `select count(*) as n from information_schema.tables where table_schema = 'public' and table_name = 'agencies'`,
  );
  expect(Number(tables[0]!.n)).toBe(0);
  await migrator.up();
  expect(await migrator.getPendingMigrations()).toEqual([]);
  expect((await app.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
});
