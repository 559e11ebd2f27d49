import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchema, printPublishedSchema } from '../../api/src/schema.js';

const SCHEMA_FILE = 'schema/schema.graphql';
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await createSchema();
});

describe('published schema', () => {
  it('schema/schema.graphql is what the code produces (run `npm run schema:print`)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printPublishedSchema(schema));
  });

  it('every type, field, argument and enum value has a description', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      if (!type.description?.trim()) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names the Indonesian term where the domain has one', () => {
    const agency = schema.getType('Agency');
    expect(agency?.description).toContain('instansi');
    expect(getNamedType(schema.getQueryType()!.getFields().agencies!.type).name).toBe('AgencyConnection');
  });

  const base = process.env.SCHEMA_BASE_REF ?? 'main';
  const published = gitShow(`${base}:${SCHEMA_FILE}`);

  it.skipIf(published === null)(`has no breaking change against ${base} that schema/CHANGELOG.md does not list`, async () => {
    const changes = await diff(buildSchema(published!), buildSchema(readFileSync(SCHEMA_FILE, 'utf8')));
    const changelog = readFileSync('schema/CHANGELOG.md', 'utf8');
    const unlisted = changes
      .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
      .filter((change) => !change.path || !changelog.includes(`\`${change.path}\``))
      .map((change) => `${change.path}: ${change.message}`);
    expect(unlisted, 'Breaking schema changes must be listed in schema/CHANGELOG.md').toEqual([]);
  });
});

describe('generated client types', () => {
  it('test/gql and admin/src/gql are what `npm run codegen` produces', async () => {
    const config = parse(readFileSync('codegen.yml', 'utf8'));
    const outputs = (await generate({ ...config, cwd: process.cwd(), silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect(readFileSync(output.filename, 'utf8'), `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  });
});

function gitShow(spec: string): string | null {
  try {
    return execFileSync('git', ['show', spec], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}
