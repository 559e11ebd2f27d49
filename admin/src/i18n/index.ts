import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { englishAppMessages } from './en';
import { indonesianMessages } from './id';

export const DEFAULT_LOCALE = 'id';

/** Intl locale of a console language: Indonesian formats, or British English ones (day before month, 24 h). */
export const intlLocaleOf = (locale: string): string => (locale === 'en' ? 'en-GB' : 'id-ID');

/**
 * Intl locale for dates and numbers in the language chosen: `id-ID` or `en-GB`. A live binding:
 * it follows changeLocale, so formatters built when they format (not at import) follow the switch.
 */
export let DATE_LOCALE = intlLocaleOf(DEFAULT_LOCALE);

const messages: Record<string, typeof indonesianMessages> = {
  id: indonesianMessages,
  en: englishAppMessages,
};

const polyglot = polyglotI18nProvider((locale) => messages[locale] ?? indonesianMessages, DEFAULT_LOCALE, [
  { locale: 'id', name: 'Bahasa Indonesia' },
  { locale: 'en', name: 'English' },
]);

export const i18nProvider: I18nProvider = {
  ...polyglot,
  changeLocale: async (locale, options) => {
    await polyglot.changeLocale(locale, options);
    DATE_LOCALE = intlLocaleOf(locale);
  },
};
