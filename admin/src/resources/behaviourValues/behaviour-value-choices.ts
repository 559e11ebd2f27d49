/** Codes: a capital letter, then 1-39 capital letters, digits or "_" (the API's VALUE_CODE). */
export const VALUE_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

/** Behaviour guides per value: 1-10 texts of 3-500 characters (usually three). */
export const GUIDES_MIN = 1;
export const GUIDES_MAX = 10;
