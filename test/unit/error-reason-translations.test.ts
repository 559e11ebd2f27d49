import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUS_TRANSLATIONS } from '../../admin/src/dataProvider/status-translations.js';
import { englishAppMessages } from '../../admin/src/i18n/en.js';
import { indonesianMessages } from '../../admin/src/i18n/id.js';
import { ERROR_REASONS, ErrorReason } from '../../api/src/error-reasons.js';
import { NIP_DETAIL_PARAMS } from '../../api/src/modules/employees/nip.js';

/** Every reason the API declares must be sayable in both console languages, with its params. */
const reasonsOf = (messages: Record<string, unknown>) => (messages.errors as { reasons: Record<string, string> }).reasons;
const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['Indonesian', indonesianMessages],
  ['English', englishAppMessages],
])('%s translations of the API error reasons', (_language, messages) => {
  const translated = reasonsOf(messages as Record<string, unknown>);

  it('cover exactly the declared reasons', () => {
    expect(Object.keys(translated).sort()).toEqual(Object.values(ErrorReason).sort());
  });

  it.each(Object.entries(ERROR_REASONS))('%s uses the params it always carries, and no others', (reason, info) => {
    const text = translated[reason];
    expect(text, reason).toMatch(/\S/);
    // A param the reason may lack would show as "%{x}": only the declared ones are used.
    expect(placeholders(text!)).toEqual([...info.params].sort());
  });
});

describe('the two languages', () => {
  it('say each reason differently (nothing left untranslated) except where the words coincide', () => {
    const id = reasonsOf(indonesianMessages as Record<string, unknown>);
    const en = reasonsOf(englishAppMessages as Record<string, unknown>);
    const same = Object.keys(id).filter((reason) => id[reason] === en[reason]);
    expect(same).toEqual([]);
  });
});

type Details = Record<string, Record<string, string>>;
const detailsOf = (messages: Record<string, unknown>) => (messages.errors as { details: Details }).details;

describe.each([
  ['Indonesian', indonesianMessages],
  ['English', englishAppMessages],
])('%s finer sentences of the reasons (errors.details)', (_language, messages) => {
  const details = detailsOf(messages as Record<string, unknown>);

  it('belong to declared reasons', () => {
    expect(Object.keys(details).filter((reason) => !(reason in ERROR_REASONS))).toEqual([]);
  });

  it('say every NIP problem the parser names, with exactly the values it gives', () => {
    expect(Object.keys(details.INVALID_NIP!).sort()).toEqual(Object.keys(NIP_DETAIL_PARAMS).sort());
    for (const [detail, params] of Object.entries(NIP_DETAIL_PARAMS)) {
      expect(placeholders(details.INVALID_NIP![detail]!), detail).toEqual([...params].sort());
    }
  });

  it('chosen by the names of the params given use exactly those params', () => {
    for (const [reason, variants] of Object.entries(details)) {
      if (reason === 'INVALID_NIP') continue;
      for (const [variant, text] of Object.entries(variants)) {
        expect(placeholders(text), `${reason}.${variant}`).toEqual(variant.split('_').sort());
      }
    }
  });
});

describe('the status values refusals name (params.statusType)', () => {
  const schema = readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8');
  const enumValues = (name: string): string[] => {
    const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1] ?? '';
    return [...body.matchAll(/^\s*([A-Z][A-Z0-9_]*)\s*$/gm)].map((m) => m[1]!);
  };
  const lookup = (messages: unknown, key: string) =>
    key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

  it('are translated for every enum the API names, in both languages, value by value', () => {
    const apiSources = execFileSync('grep', ['-rhoE', "statusType: '[A-Za-z]+'", path.resolve(__dirname, '../../api/src')], {
      encoding: 'utf8',
    });
    const named = [...new Set([...apiSources.matchAll(/'([A-Za-z]+)'/g)].map((m) => m[1]!))].sort();
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((name) => !STATUS_TRANSLATIONS[name])).toEqual([]);
    for (const [enumName, prefix] of Object.entries(STATUS_TRANSLATIONS)) {
      const values = enumValues(enumName);
      expect(values.length, enumName).toBeGreaterThan(1);
      for (const messages of [indonesianMessages, englishAppMessages]) {
        const missing = values.filter((value) => typeof lookup(messages, `${prefix}.${value}`) !== 'string');
        expect(missing, `${enumName} -> ${prefix}`).toEqual([]);
      }
    }
  });
});
