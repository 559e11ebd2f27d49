import { describe, expect, it } from 'vitest';
import { englishAppMessages } from '../../admin/src/i18n/en.js';
import { indonesianMessages } from '../../admin/src/i18n/id.js';
import { ERROR_REASONS, ErrorReason } from '../../api/src/error-reasons.js';

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
