/**
 * Civil-servant numbers: the PNS NIP and the NI PPPK (docs/domain.md#nip).
 *
 * Pure functions: no GraphQL, no database. Dates are compared with the local
 * calendar date of `today` (pass it explicitly in tests).
 */

/** Why a NIP or NI PPPK is rejected. */
export enum NipProblem {
  /** Not exactly 18 digits after removing spaces (also: any non-digit character). */
  NOT_18_DIGITS = 'NOT_18_DIGITS',
  /** Birth date (digits 1-8) does not exist, is before 1900 or is after today. */
  INVALID_BIRTH_DATE = 'INVALID_BIRTH_DATE',
  /** TMT CPNS month is not 01-12 or its year (PPPK: appointment year) is implausible. */
  INVALID_TMT = 'INVALID_TMT',
  /** TMT CPNS (PPPK: appointment year) is after today's month (year). */
  TMT_IN_FUTURE = 'TMT_IN_FUTURE',
  /** The person was not yet 18 at TMT. */
  TOO_YOUNG_AT_TMT = 'TOO_YOUNG_AT_TMT',
  /** Gender digit is not 1 (male) or 2 (female). */
  INVALID_GENDER = 'INVALID_GENDER',
  /** Sequence is 000 (it starts at 001). */
  INVALID_SEQUENCE = 'INVALID_SEQUENCE',
}

/** The part of the number a problem is in. */
export type NipPart = 'LENGTH' | 'BIRTH_DATE' | 'TMT' | 'APPOINTMENT_YEAR' | 'GENDER' | 'SEQUENCE';

/**
 * What exactly is wrong, finer than NipProblem, with the values that say it in any language.
 * Clients translate `detail` with these params (error params of reason INVALID_NIP).
 */
export const NIP_DETAIL_PARAMS = {
  NON_DIGITS: ['characters'],
  DIGIT_COUNT: ['length'],
  BIRTH_DATE_NOT_A_DAY: ['date'],
  BIRTH_DATE_TOO_EARLY: ['date', 'min'],
  BIRTH_DATE_IN_FUTURE: ['date'],
  TMT_MONTH: ['month'],
  TMT_YEAR: ['year', 'min'],
  TMT_IN_FUTURE: ['tmt', 'current'],
  TOO_YOUNG_AT_TMT: ['birthDate', 'tmt', 'age', 'earliest'],
  APPOINTMENT_YEAR: ['year', 'min'],
  APPOINTMENT_YEAR_IN_FUTURE: ['year', 'current'],
  TOO_YOUNG_AT_APPOINTMENT: ['birthDate', 'year', 'age', 'earliest'],
  GENDER_DIGIT: ['digit'],
  SEQUENCE_ZERO: [],
} as const satisfies Record<string, readonly string[]>;

export type NipDetail = keyof typeof NIP_DETAIL_PARAMS;

export interface NipIssue {
  code: NipProblem;
  message: string;
  /** `part` and `detail` of the problem plus the values its sentence needs (NIP_DETAIL_PARAMS). */
  params: { part: NipPart; detail: NipDetail } & Record<string, string | number>;
}

export type NipGender = 'MALE' | 'FEMALE';

export interface NipInvalid {
  ok: false;
  /** Every problem found, in digit order. */
  problems: NipIssue[];
}

export type NipResult =
  | {
      ok: true;
      /** Normalized: 18 digits, no spaces. */
      nip: string;
      /** YYYY-MM-DD */
      birthDate: string;
      /** Start of CPNS service, YYYY-MM. */
      tmtCpns: string;
      gender: NipGender;
      sequence: number;
    }
  | NipInvalid;

export type NiPppkResult =
  | {
      ok: true;
      /** Normalized: 18 digits, no spaces. */
      nip: string;
      /** YYYY-MM-DD */
      birthDate: string;
      appointmentYear: number;
      gender: NipGender;
      sequence: number;
    }
  | NipInvalid;

/** Earliest accepted birth year. */
export const MIN_BIRTH_YEAR = 1900;
/** Earliest plausible TMT CPNS year (the Republic's civil service). */
export const MIN_TMT_YEAR = 1945;
/** Earliest plausible PPPK appointment year (PPPK were created by UU 5/2014). */
export const MIN_PPPK_APPOINTMENT_YEAR = 2014;
/** Minimum age, in years, at TMT. */
export const MIN_AGE_AT_TMT = 18;

/** Removes whitespace (people write `19800117 200501 2 003`); nothing else. */
export function normalizeNip(input: string): string {
  return input.replace(/\s+/g, '');
}

/** `19800117200501 2003` -> `19800117 200501 2 003`; anything not 18 digits is returned unchanged. */
export function formatNip(nip: string): string {
  const n = normalizeNip(nip);
  if (!/^\d{18}$/.test(n)) return nip;
  return `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
}

/** Parses and validates a PNS NIP: birth date, TMT CPNS (YYYYMM), gender digit, sequence. */
export function parseNip(input: string, today: Date = new Date()): NipResult {
  const nip = normalizeNip(input);
  const lengthProblem = checkDigits(nip, 'NIP');
  if (lengthProblem) return { ok: false, problems: [lengthProblem] };

  const problems: NipIssue[] = [];
  const birth = checkBirthDate(nip.slice(0, 8), today, problems);

  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  const tmtText = `${nip.slice(8, 12)}-${nip.slice(12, 14)}`;
  let tmtValid = false;
  if (tmtMonth < 1 || tmtMonth > 12) {
    problems.push(
      issue(NipProblem.INVALID_TMT, `TMT CPNS month ${nip.slice(12, 14)} is not between 01 and 12`, 'TMT', 'TMT_MONTH', {
        month: nip.slice(12, 14),
      }),
    );
  } else if (tmtYear < MIN_TMT_YEAR) {
    problems.push(
      issue(NipProblem.INVALID_TMT, `TMT CPNS year ${tmtYear} is not plausible (before ${MIN_TMT_YEAR})`, 'TMT', 'TMT_YEAR', {
        year: tmtYear,
        min: MIN_TMT_YEAR,
      }),
    );
  } else {
    tmtValid = true;
    const todayYear = today.getFullYear();
    const todayMonth = today.getMonth() + 1;
    if (tmtYear * 12 + tmtMonth > todayYear * 12 + todayMonth) {
      const current = yearMonth(todayYear, todayMonth);
      problems.push(
        issue(NipProblem.TMT_IN_FUTURE, `TMT CPNS ${tmtText} is after the current month ${current}`, 'TMT', 'TMT_IN_FUTURE', {
          tmt: tmtText,
          current,
        }),
      );
    }
  }

  if (birth && tmtValid) {
    // Year/month granularity: someone turning 18 during the TMT month qualifies.
    const months = tmtYear * 12 + tmtMonth - (birth.year * 12 + birth.month);
    if (months < MIN_AGE_AT_TMT * 12) {
      problems.push(
        issue(
          NipProblem.TOO_YOUNG_AT_TMT,
          `born ${birth.text}, the person was not yet ${MIN_AGE_AT_TMT} at TMT CPNS ${tmtText} (earliest possible TMT is ${yearMonth(birth.year + MIN_AGE_AT_TMT, birth.month)})`,
          'TMT',
          'TOO_YOUNG_AT_TMT',
          {
            birthDate: birth.text,
            tmt: tmtText,
            age: MIN_AGE_AT_TMT,
            earliest: yearMonth(birth.year + MIN_AGE_AT_TMT, birth.month),
          },
        ),
      );
    }
  }

  const gender = checkGenderAndSequence(nip, problems);
  if (problems.length > 0 || !birth || !gender) return { ok: false, problems };
  return { ok: true, nip, birthDate: birth.text, tmtCpns: tmtText, gender, sequence: Number(nip.slice(15)) };
}

/** Parses and validates an NI PPPK: birth date, appointment year, 2 code digits (not validated), gender digit, sequence. */
export function parseNiPppk(input: string, today: Date = new Date()): NiPppkResult {
  const nip = normalizeNip(input);
  const lengthProblem = checkDigits(nip, 'NI PPPK');
  if (lengthProblem) return { ok: false, problems: [lengthProblem] };

  const problems: NipIssue[] = [];
  const birth = checkBirthDate(nip.slice(0, 8), today, problems);

  const appointmentYear = Number(nip.slice(8, 12));
  let yearValid = false;
  if (appointmentYear < MIN_PPPK_APPOINTMENT_YEAR) {
    problems.push(
      issue(
        NipProblem.INVALID_TMT,
        `appointment year ${nip.slice(8, 12)} is not plausible (before ${MIN_PPPK_APPOINTMENT_YEAR})`,
        'APPOINTMENT_YEAR',
        'APPOINTMENT_YEAR',
        { year: nip.slice(8, 12), min: MIN_PPPK_APPOINTMENT_YEAR },
      ),
    );
  } else {
    yearValid = true;
    if (appointmentYear > today.getFullYear()) {
      problems.push(
        issue(
          NipProblem.TMT_IN_FUTURE,
          `appointment year ${appointmentYear} is after the current year ${today.getFullYear()}`,
          'APPOINTMENT_YEAR',
          'APPOINTMENT_YEAR_IN_FUTURE',
          { year: appointmentYear, current: today.getFullYear() },
        ),
      );
    }
  }

  if (birth && yearValid && appointmentYear - birth.year < MIN_AGE_AT_TMT) {
    problems.push(
      issue(
        NipProblem.TOO_YOUNG_AT_TMT,
        `born ${birth.text}, the person was not yet ${MIN_AGE_AT_TMT} in appointment year ${appointmentYear} (earliest possible year is ${birth.year + MIN_AGE_AT_TMT})`,
        'APPOINTMENT_YEAR',
        'TOO_YOUNG_AT_APPOINTMENT',
        { birthDate: birth.text, year: appointmentYear, age: MIN_AGE_AT_TMT, earliest: birth.year + MIN_AGE_AT_TMT },
      ),
    );
  }

  const gender = checkGenderAndSequence(nip, problems);
  if (problems.length > 0 || !birth || !gender) return { ok: false, problems };
  return { ok: true, nip, birthDate: birth.text, appointmentYear, gender, sequence: Number(nip.slice(15)) };
}

function issue<D extends NipDetail>(
  code: NipProblem,
  message: string,
  part: NipPart,
  detail: D,
  values: Record<(typeof NIP_DETAIL_PARAMS)[D][number], string | number>,
): NipIssue {
  const given: Record<string, string | number> = values;
  return { code, message, params: { ...given, part, detail } };
}

function yearMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

function checkDigits(nip: string, what: string): NipIssue | null {
  if (/^\d{18}$/.test(nip)) return null;
  const nonDigits = [...new Set(nip.replace(/\d/g, ''))];
  if (nonDigits.length > 0) {
    const characters = nonDigits.map((c) => JSON.stringify(c)).join(', ');
    return issue(
      NipProblem.NOT_18_DIGITS,
      `${what} must be 18 digits but contains non-digit characters: ${characters}`,
      'LENGTH',
      'NON_DIGITS',
      { characters },
    );
  }
  return issue(NipProblem.NOT_18_DIGITS, `${what} must be 18 digits but has ${nip.length}`, 'LENGTH', 'DIGIT_COUNT', {
    length: nip.length,
  });
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Validates YYYYMMDD; pushes a problem and returns null when invalid. */
function checkBirthDate(digits: string, today: Date, problems: NipIssue[]): { year: number; month: number; text: string } | null {
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  const text = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    problems.push(
      issue(NipProblem.INVALID_BIRTH_DATE, `birth date ${text} does not exist`, 'BIRTH_DATE', 'BIRTH_DATE_NOT_A_DAY', { date: text }),
    );
    return null;
  }
  if (year < MIN_BIRTH_YEAR) {
    problems.push(
      issue(NipProblem.INVALID_BIRTH_DATE, `birth date ${text} is before ${MIN_BIRTH_YEAR}`, 'BIRTH_DATE', 'BIRTH_DATE_TOO_EARLY', {
        date: text,
        min: MIN_BIRTH_YEAR,
      }),
    );
    return null;
  }
  const todayKey = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate();
  if (Number(digits) > todayKey) {
    problems.push(
      issue(NipProblem.INVALID_BIRTH_DATE, `birth date ${text} is in the future`, 'BIRTH_DATE', 'BIRTH_DATE_IN_FUTURE', { date: text }),
    );
    return null;
  }
  return { year, month, text };
}

/** Validates the gender digit (position 15) and the sequence (16-18); returns the gender when valid. */
function checkGenderAndSequence(nip: string, problems: NipIssue[]): NipGender | null {
  const genderDigit = nip.charAt(14);
  const gender: NipGender | null = genderDigit === '1' ? 'MALE' : genderDigit === '2' ? 'FEMALE' : null;
  if (!gender)
    problems.push(
      issue(NipProblem.INVALID_GENDER, `gender digit ${genderDigit} must be 1 (male) or 2 (female)`, 'GENDER', 'GENDER_DIGIT', {
        digit: genderDigit,
      }),
    );
  if (nip.slice(15) === '000')
    problems.push(issue(NipProblem.INVALID_SEQUENCE, 'sequence 000 is not allowed (it starts at 001)', 'SEQUENCE', 'SEQUENCE_ZERO', {}));
  return gender;
}
