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
});
