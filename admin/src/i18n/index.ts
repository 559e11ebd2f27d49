import polyglotI18nProvider from 'ra-i18n-polyglot';
import { englishAppMessages } from './en';
import { indonesianMessages } from './id';

export const DEFAULT_LOCALE = 'id';

/** Intl locale for dates and numbers: always Indonesian formats (DESIGN.md §4). */
export const DATE_LOCALE = 'id-ID';

const messages: Record<string, typeof indonesianMessages> = {
  id: indonesianMessages,
  en: englishAppMessages,
};

export const i18nProvider = polyglotI18nProvider((locale) => messages[locale] ?? indonesianMessages, DEFAULT_LOCALE, [
  { locale: 'id', name: 'Bahasa Indonesia' },
  { locale: 'en', name: 'English' },
]);
