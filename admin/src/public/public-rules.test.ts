import { describe, expect, it } from 'vitest';
import { PublicApiError, publicErrorMessage } from './public-api';
import { initialLocale, PUBLIC_LOCALE_KEY, PUBLIC_MESSAGES, translatorFor } from './public-i18n';
import { formatDay, surveyResponseInput, unansweredElements } from './public-rules';

describe("the citizen's page", () => {
  const codes = ['U1', 'U2', 'U3'];

  it('lists the elements not answered yet', () => {
    expect(unansweredElements(codes, { U1: 4, U3: 2 })).toEqual(['U2']);
    expect(unansweredElements(codes, { U1: 4, U2: 1, U3: 2 })).toEqual([]);
  });

  it('sends one answer per element and the profile only where given', () => {
    expect(
      surveyResponseInput('s1', 'tok', codes, { U1: 4, U2: 3, U3: 1 }, { gender: '', ageBand: 'AGE_30_39', comment: '  Ramah.  ' }),
    ).toEqual({
      surveyId: 's1',
      token: 'tok',
      answers: [
        { element: 'U1', value: 4 },
        { element: 'U2', value: 3 },
        { element: 'U3', value: 1 },
      ],
      ageBand: 'AGE_30_39',
      comment: 'Ramah.',
    });
    expect(surveyResponseInput('s1', 'tok', ['U1'], { U1: 2 }, { comment: '   ' })).toEqual({
      surveyId: 's1',
      token: 'tok',
      answers: [{ element: 'U1', value: 2 }],
    });
  });

  it("explains the API's refusals in Indonesian", () => {
    expect(publicErrorMessage(new PublicApiError('Too many', 'TOO_MANY_REQUESTS', undefined, 1500))).toBe(
      'Terlalu banyak kiriman dari alamat Anda. Silakan coba lagi dalam 25 menit.',
    );
    expect(publicErrorMessage(new PublicApiError('Dup', 'CONFLICT', 'DUPLICATE'))).toContain('sudah kami terima');
    expect(publicErrorMessage(new PublicApiError('Used', 'CONFLICT', 'TOKEN_USED'))).toContain('sudah dikirim');
    expect(publicErrorMessage(new PublicApiError('Closed', 'CONFLICT', 'SURVEY_NOT_OPEN'))).toBe('Survei ini sedang tidak dibuka.');
    expect(publicErrorMessage(new PublicApiError('Expired', 'BAD_USER_INPUT', undefined, undefined, 'input.token'))).toContain(
      'kedaluwarsa',
    );
    expect(publicErrorMessage(new PublicApiError('Bad', 'BAD_USER_INPUT'))).toBe('Isian belum benar: Bad');
    expect(publicErrorMessage(new PublicApiError('Nope', 'NOT_FOUND'))).toContain('tidak ditemukan');
    expect(publicErrorMessage(new Error('x'))).toBe('Terjadi kesalahan. Silakan coba lagi.');
  });

  it("explains the API's refusals in English when the citizen chose English", () => {
    const english = translatorFor('en');
    expect(publicErrorMessage(new PublicApiError('Too many', 'TOO_MANY_REQUESTS', undefined, 1500), english)).toBe(
      'Too many submissions from your address. Please try again in 25 minutes.',
    );
    expect(publicErrorMessage(new PublicApiError('Closed', 'CONFLICT', 'SURVEY_NOT_OPEN'), english)).toBe(
      'This survey is not open at the moment.',
    );
    expect(publicErrorMessage(new PublicApiError('Bad', 'BAD_USER_INPUT'), english)).toBe('Some input is not right: Bad');
  });

  it('says every sentence in both languages, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(PUBLIC_MESSAGES.id)) {
      const english = PUBLIC_MESSAGES.en[key as keyof typeof PUBLIC_MESSAGES.en];
      expect(english, key).toMatch(/\S/);
      expect(placeholders(english), key).toEqual(placeholders(text));
    }
  });

  it("starts in the language chosen before, else the console's, else Indonesian", () => {
    const storage = (items: Record<string, string>) => ({ getItem: (key: string) => items[key] ?? null });
    expect(initialLocale(storage({}))).toBe('id');
    expect(initialLocale(undefined)).toBe('id');
    expect(initialLocale(storage({ 'RaStore.locale': '"en"' }))).toBe('en');
    expect(initialLocale(storage({ [PUBLIC_LOCALE_KEY]: 'id', 'RaStore.locale': '"en"' }))).toBe('id');
    expect(initialLocale(storage({ [PUBLIC_LOCALE_KEY]: 'fr', 'RaStore.locale': 'not json' }))).toBe('id');
  });

  it('writes dates in the language of the page', () => {
    expect(formatDay('2026-11-24')).toBe('24 November 2026');
    expect(formatDay('2026-03-05', 'id')).toBe('5 Maret 2026');
    expect(formatDay('2026-03-05', 'en')).toBe('5 March 2026');
    expect(formatDay(null, 'en')).toBe('-');
  });
});
