import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ormOptions } from '../../api/src/db/orm.js';

/**
 * `npm start` runs the API as scripts/build.mjs compiles it (SWC, file by file,
 * without type information). type-graphql and MikroORM read the decorator
 * metadata it emits; where it differs from what the sources say (an enum, an
 * intersection type), the compiled server would publish another schema or map
 * a column differently. The compiled build must give the published schema and
 * the entity metadata the tests see.
 */
const DIST = path.resolve('dist/server/api/src');

/** Entity metadata as plain data: what MikroORM decided for every property. */
const DESCRIBE = `
  const describe = (orm) => {
    const out = {};
    for (const meta of Object.values(orm.getMetadata().getAll())) {
      const props = {};
      for (const [name, prop] of Object.entries(meta.properties)) {
        props[name] = {
          kind: prop.kind, type: prop.type, runtimeType: prop.runtimeType, columnTypes: prop.columnTypes,
          fieldNames: prop.fieldNames, nullable: prop.nullable ?? false, items: prop.items ?? null,
          enum: prop.enum ?? false, array: prop.array ?? false, primary: prop.primary ?? false,
          targetEntity: prop.targetMeta?.className ?? null, customType: prop.customType?.constructor.name ?? null,
        };
      }
      out[meta.className] = { table: meta.tableName, props };
    }
    return out;
  };`;

const CHILD = `
  import 'reflect-metadata';
  import { MikroORM } from '@mikro-orm/postgresql';
  const { createSchema, printPublishedSchema } = await import(${JSON.stringify(`${DIST}/schema.js`)});
  const { ormOptions } = await import(${JSON.stringify(`${DIST}/db/orm.js`)});
  ${DESCRIBE}
  const orm = await MikroORM.init({ ...ormOptions('postgres://nobody@127.0.0.1:1/none'), connect: false });
  const result = JSON.stringify({ schema: printPublishedSchema(await createSchema()), entities: describe(orm) });
  process.stdout.write(result, () => process.exit(0));`;

let compiled: { schema: string; entities: Record<string, unknown> };

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', 'api'], { stdio: 'ignore' });
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD], { maxBuffer: 64 * 1024 * 1024 }).toString();
  compiled = JSON.parse(output) as typeof compiled;
}, 120_000);

describe('the compiled API (scripts/build.mjs)', () => {
  it('publishes schema/schema.graphql', () => {
    expect(compiled.schema).toBe(readFileSync('schema/schema.graphql', 'utf8'));
  });

  it('maps every entity as the sources do', async () => {
    const orm = await MikroORM.init({ ...ormOptions('postgres://nobody@127.0.0.1:1/none'), connect: false });
    const describe = new Function(`${DESCRIBE}; return describe;`)() as (orm: MikroORM) => Record<string, unknown>;
    const expected = describe(orm);
    expect(Object.keys(compiled.entities).length).toBe(Object.keys(expected).length);
    for (const [name, entity] of Object.entries(expected)) expect(compiled.entities[name], name).toEqual(entity);
  });
});
