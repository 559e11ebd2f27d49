import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PERMISSION_TABLE_FILE, withPermissionTable } from '../access/policy.js';
import { createSchema, printPublishedSchema } from '../schema.js';

/** Writes the published SDL to schema/schema.graphql, and the table of permissions in docs/access-and-security.md from the access policy. */
const schema = await createSchema();
mkdirSync('schema', { recursive: true });
writeFileSync('schema/schema.graphql', printPublishedSchema(schema));
writeFileSync(PERMISSION_TABLE_FILE, withPermissionTable(readFileSync(PERMISSION_TABLE_FILE, 'utf8')));
process.stdout.write(`Wrote schema/schema.graphql and the permission table of ${PERMISSION_TABLE_FILE}\n`);
