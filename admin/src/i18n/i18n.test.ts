import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { englishAppMessages } from './en';
import { indonesianMessages } from './id';

const keysOf = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, item]) => keysOf(item, `${prefix}${key}.`))
    : [prefix.slice(0, -1)];

describe('translations', () => {
  it('translate every react-admin message into Indonesian', () => {
    expect(keysOf(indonesianMessages.ra).sort()).toEqual(keysOf(englishMessages.ra).sort());
  });

  it('have the same app and resource keys in both languages', () => {
    const { ra: _id, ...idApp } = indonesianMessages;
    const { ra: _en, ...enApp } = englishAppMessages;
    expect(keysOf(idApp).sort()).toEqual(keysOf(enApp).sort());
  });

  it('use no plural forms in Indonesian (polyglot has none for "id")', () => {
    const values = keysOf(indonesianMessages).map((key) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], indonesianMessages),
    );
    expect(values.filter((value) => String(value).includes('||||'))).toEqual([]);
  });

  it('hold every key the homes and the menu name, in both languages', () => {
    const folders = ['admin/src/home', 'admin/src/layout'];
    const sources = folders.flatMap((folder) =>
      readdirSync(folder)
        .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.test.ts'))
        .map((file) => readFileSync(path.join(folder, file), 'utf8')),
    );
    const keys = [
      ...new Set(
        sources.flatMap((source) => [...source.matchAll(/['"`]((?:app|resources)\.[A-Za-z0-9_.]+[A-Za-z0-9_])['"`]/g)].map((m) => m[1]!)),
      ),
    ];
    expect(keys.length).toBeGreaterThan(40);
    const lookup = (messages: unknown, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
    for (const messages of [indonesianMessages, englishAppMessages]) {
      expect(keys.filter((key) => typeof lookup(messages, key) !== 'string')).toEqual([]);
    }
  });
});
