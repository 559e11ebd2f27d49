import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { withPermissionTable } from '../access/policy.js';
import { createSchema, printPublishedSchema } from '../schema.js';

/** Writes the published SDL to schema/schema.graphql, and the README's table of permissions from the access policy. */
const schema = await createSchema();
mkdirSync('schema', { recursive: true });
writeFileSync('schema/schema.graphql', printPublishedSchema(schema));
writeFileSync('README.md', withPermissionTable(readFileSync('README.md', 'utf8')));
process.stdout.write('Wrote schema/schema.graphql and the permission table of README.md\n');
