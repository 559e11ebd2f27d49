import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createSchema, printPublishedSchema } from '../schema.js';

/** Writes the published SDL to schema/schema.graphql. */
const schema = await createSchema();
mkdirSync('schema', { recursive: true });
writeFileSync('schema/schema.graphql', printPublishedSchema(schema));
process.stdout.write('Wrote schema/schema.graphql\n');
