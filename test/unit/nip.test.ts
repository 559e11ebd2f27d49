import { describe, expect, it } from 'vitest';
import {
  formatNip,
  NIP_DETAIL_PARAMS,
  normalizeNip,
  NipProblem,
  parseNiPppk,
  parseNip,
  type NipIssue,
} from '../../api/src/modules/employees/nip.js';

/** A fixed "today": 15 June 2025 (local time). */
const TODAY = new Date(2025, 5, 15);

/** The problem codes a NIP is rejected with (fails the test when it is accepted). */
function nipCodes(input: string, today = TODAY): NipProblem[] {
  const result = parseNip(input, today);
  if (result.ok) throw new Error(`expected ${input} to be rejected`);
  return result.problems.map((p: NipIssue) => p.code);
}

function pppkCodes(input: string, today = TODAY): NipProblem[] {
  const result = parseNiPppk(input, today);
  if (result.ok) throw new Error(`expected ${input} to be rejected`);
  return result.problems.map((p: NipIssue) => p.code);
}

function nipMessages(input: string, today = TODAY): string[] {
  const result = parseNip(input, today);
  if (result.ok) throw new Error(`expected ${input} to be rejected`);
  return result.problems.map((p) => p.message);
}

describe('normalizeNip', () => {
  it('removes spaces', () => {
    expect(normalizeNip('19800117 200501 2 003')).toBe('198001172005012003');
    expect(normalizeNip(' 19800117\t200501 2 003 ')).toBe('198001172005012003');
  });

  it('removes nothing else', () => {
    expect(normalizeNip('19800117-200501-2-003')).toBe('19800117-200501-2-003');
    expect(normalizeNip('1980.0117')).toBe('1980.0117');
  });
});

describe('parseNip: valid numbers', () => {
  it('reads the worked example of docs/domain.md#nip', () => {
    expect(parseNip('198001172005012003', TODAY)).toEqual({
      ok: true,
      nip: '198001172005012003',
      birthDate: '1980-01-17',
      tmtCpns: '2005-01',
      gender: 'FEMALE',
      sequence: 3,
    });
  });

  it('reads a male NIP', () => {
    expect(parseNip('197503121998031001', TODAY)).toEqual({
      ok: true,
      nip: '197503121998031001',
      birthDate: '1975-03-12',
      tmtCpns: '1998-03',
      gender: 'MALE',
      sequence: 1,
    });
  });

  it('accepts a NIP written with spaces and returns it normalized', () => {
    const result = parseNip('19800117 200501 2 003', TODAY);
    expect(result.ok && result.nip).toBe('198001172005012003');
  });

  it('accepts a leap-day birth date', () => {
    const result = parseNip('200002292020011045', TODAY);
    expect(result).toMatchObject({ ok: true, birthDate: '2000-02-29', tmtCpns: '2020-01', gender: 'MALE', sequence: 45 });
  });

  it('reads a three-digit sequence', () => {
    expect(parseNip('198001172005012999', TODAY)).toMatchObject({ ok: true, sequence: 999 });
  });

  it('uses the current date by default', () => {
    expect(parseNip('198001172005012003').ok).toBe(true);
    expect(parseNip('198001172999012003').ok).toBe(false);
  });
});

describe('parseNip: length and digits', () => {
  it.each([
    ['too short', '19800117200501200'],
    ['too long', '1980011720050120031'],
    ['empty', ''],
    ['a letter', '19800117200501200A'],
    ['hyphens', '19800117-200501-2-003'],
  ])('rejects %s with NOT_18_DIGITS only', (_what, input) => {
    expect(nipCodes(input)).toEqual([NipProblem.NOT_18_DIGITS]);
  });

  it('reports only the length problem even when the rest is also wrong', () => {
    expect(nipCodes('1980023020051330000')).toEqual([NipProblem.NOT_18_DIGITS]);
  });

  it('says what is wrong', () => {
    expect(nipMessages('19800117200501200')[0]).toMatch(/18 digits.*17/);
    expect(nipMessages('19800117200501200A')[0]).toMatch(/non-digit.*"A"/);
  });
});

describe('parseNip: birth date', () => {
  it.each([
    ['30 February', '198002302005012003'],
    ['29 February of a non-leap year', '198102292005012003'],
    ['29 February 1900 (not a leap year)', '190002291945012003'],
    ['month 13', '198013012005012003'],
    ['month 00', '198000172005012003'],
    ['day 00', '198001002005012003'],
    ['31 April', '198004312005012003'],
    ['a year before 1900', '189912311945012003'],
    ['a date after today', '202506162025062003'],
  ])('rejects %s', (_what, input) => {
    expect(nipCodes(input)).toContain(NipProblem.INVALID_BIRTH_DATE);
  });

  it('names the date that does not exist', () => {
    expect(nipMessages('198002302005012003')).toEqual(['birth date 1980-02-30 does not exist']);
  });

  it('accepts 29 February of a year divisible by 400 and 31 December', () => {
    expect(parseNip('200002292020011045', TODAY).ok).toBe(true);
    expect(parseNip('197912312005012003', TODAY).ok).toBe(true);
  });

  it('accepts a birth date in 1900', () => {
    expect(parseNip('190001011945011001', TODAY).ok).toBe(true);
  });
});

describe('parseNip: TMT CPNS', () => {
  it.each([
    ['month 00', '198001172005002003'],
    ['month 13', '198001172005132003'],
    ['an implausible year', '198001171930012003'],
  ])('rejects %s with INVALID_TMT', (_what, input) => {
    expect(nipCodes(input)).toEqual([NipProblem.INVALID_TMT]);
  });

  it('names the wrong month', () => {
    expect(nipMessages('198001172005132003')[0]).toContain('13');
  });

  it('accepts a TMT in the current month', () => {
    expect(parseNip('199001012025062003', TODAY)).toMatchObject({ ok: true, tmtCpns: '2025-06' });
  });

  it('rejects a TMT in the next month', () => {
    expect(nipCodes('199001012025072003')).toEqual([NipProblem.TMT_IN_FUTURE]);
  });

  it('rejects a TMT in a later year even with an earlier month', () => {
    expect(nipCodes('199001012026012003')).toEqual([NipProblem.TMT_IN_FUTURE]);
  });

  it('compares with the given today across a year boundary', () => {
    const newYear = new Date(2025, 0, 1);
    expect(parseNip('199001012025012003', newYear).ok).toBe(true);
    expect(nipCodes('199001012025022003', newYear)).toEqual([NipProblem.TMT_IN_FUTURE]);
    expect(parseNip('199001012024122003', newYear).ok).toBe(true);
  });
});

describe('parseNip: at least 18 at TMT', () => {
  it('accepts the month of the 18th birthday, even when the birthday is later in that month', () => {
    // Born 17 Jan 1980: 18 in January 1998.
    expect(parseNip('198001171998012003', TODAY)).toMatchObject({ ok: true, tmtCpns: '1998-01' });
  });

  it('rejects the month before the 18th birthday', () => {
    expect(nipCodes('198001171997122003')).toEqual([NipProblem.TOO_YOUNG_AT_TMT]);
  });

  it('rejects a TMT one year too early', () => {
    expect(nipCodes('198001171997012003')).toEqual([NipProblem.TOO_YOUNG_AT_TMT]);
  });

  it('handles a birthday in December', () => {
    // Born 31 Dec 1979: 18 in December 1997.
    expect(parseNip('197912311997122003', TODAY).ok).toBe(true);
    expect(nipCodes('197912311997112003')).toEqual([NipProblem.TOO_YOUNG_AT_TMT]);
  });

  it('rejects a TMT before birth', () => {
    expect(nipCodes('199001011985012003')).toEqual([NipProblem.TOO_YOUNG_AT_TMT]);
  });

  it('gives the earliest possible TMT', () => {
    expect(nipMessages('198001171997122003')[0]).toContain('1998-01');
  });
});

describe('parseNip: gender and sequence', () => {
  it.each(['0', '3', '9'])('rejects gender digit %s', (digit) => {
    expect(nipCodes(`19800117200501${digit}003`)).toEqual([NipProblem.INVALID_GENDER]);
  });

  it('rejects sequence 000', () => {
    expect(nipCodes('198001172005012000')).toEqual([NipProblem.INVALID_SEQUENCE]);
  });

  it('accepts sequence 001', () => {
    expect(parseNip('198001172005012001', TODAY)).toMatchObject({ ok: true, sequence: 1 });
  });
});

describe('parseNip: several problems', () => {
  it('reports every problem, not only the first', () => {
    expect(nipCodes('198002302005133000')).toEqual([
      NipProblem.INVALID_BIRTH_DATE,
      NipProblem.INVALID_TMT,
      NipProblem.INVALID_GENDER,
      NipProblem.INVALID_SEQUENCE,
    ]);
  });

  it('reports a future TMT together with gender and sequence problems', () => {
    expect(nipCodes('19900101 202601 0 000')).toEqual([NipProblem.TMT_IN_FUTURE, NipProblem.INVALID_GENDER, NipProblem.INVALID_SEQUENCE]);
  });

  it('reports a future TMT together with a person too young at it', () => {
    expect(nipCodes('201001012026012003')).toEqual([NipProblem.TMT_IN_FUTURE, NipProblem.TOO_YOUNG_AT_TMT]);
  });

  it('gives a message for each problem', () => {
    const messages = nipMessages('198002302005133000');
    expect(messages).toHaveLength(4);
    for (const message of messages) expect(message.length).toBeGreaterThan(10);
  });
});

describe('parseNiPppk', () => {
  it('reads a valid NI PPPK', () => {
    expect(parseNiPppk('19900515 2021 01 2 001', TODAY)).toEqual({
      ok: true,
      nip: '199005152021012001',
      birthDate: '1990-05-15',
      appointmentYear: 2021,
      gender: 'FEMALE',
      sequence: 1,
    });
  });

  it('does not validate the two code digits', () => {
    expect(parseNiPppk('199005152021991007', TODAY)).toMatchObject({ ok: true, gender: 'MALE', sequence: 7 });
    expect(parseNiPppk('199005152021001007', TODAY).ok).toBe(true);
  });

  it('rejects a wrong length or non-digits with NOT_18_DIGITS only', () => {
    expect(pppkCodes('19900515202101200')).toEqual([NipProblem.NOT_18_DIGITS]);
    expect(pppkCodes('1990051520210120X1')).toEqual([NipProblem.NOT_18_DIGITS]);
  });

  it('rejects a birth date that does not exist', () => {
    expect(pppkCodes('199002302021012001')).toEqual([NipProblem.INVALID_BIRTH_DATE]);
  });

  it('rejects an implausible appointment year', () => {
    expect(pppkCodes('199005152005012001')).toEqual([NipProblem.INVALID_TMT]);
  });

  it('accepts the current year and rejects the next one', () => {
    expect(parseNiPppk('199005152025012001', TODAY).ok).toBe(true);
    expect(pppkCodes('199005152026012001')).toEqual([NipProblem.TMT_IN_FUTURE]);
  });

  it('requires 18 in the appointment year (year only)', () => {
    expect(parseNiPppk('200312312021012001', TODAY).ok).toBe(true);
    expect(pppkCodes('200401012021012001')).toEqual([NipProblem.TOO_YOUNG_AT_TMT]);
  });

  it('rejects a wrong gender digit and sequence 000, all at once', () => {
    expect(pppkCodes('199005152021013000')).toEqual([NipProblem.INVALID_GENDER, NipProblem.INVALID_SEQUENCE]);
  });
});

describe('the params of a problem (what clients translate)', () => {
  const paramsOf = (result: ReturnType<typeof parseNip> | ReturnType<typeof parseNiPppk>) => {
    if (result.ok) throw new Error('expected a rejection');
    return result.problems.map((problem) => problem.params);
  };

  it.each([
    ['19800117200501200', { part: 'LENGTH', detail: 'DIGIT_COUNT', length: 17 }],
    ['1980011720050120AB', { part: 'LENGTH', detail: 'NON_DIGITS', characters: '"A", "B"' }],
    ['198002302005012003', { part: 'BIRTH_DATE', detail: 'BIRTH_DATE_NOT_A_DAY', date: '1980-02-30' }],
    ['189912312005012003', { part: 'BIRTH_DATE', detail: 'BIRTH_DATE_TOO_EARLY', date: '1899-12-31', min: 1900 }],
    ['202601012005012003', { part: 'BIRTH_DATE', detail: 'BIRTH_DATE_IN_FUTURE', date: '2026-01-01' }],
    ['198001172005132003', { part: 'TMT', detail: 'TMT_MONTH', month: '13' }],
    ['198001171940012003', { part: 'TMT', detail: 'TMT_YEAR', year: 1940, min: 1945 }],
    ['199001012025072003', { part: 'TMT', detail: 'TMT_IN_FUTURE', tmt: '2025-07', current: '2025-06' }],
    [
      '198001171997122003',
      { part: 'TMT', detail: 'TOO_YOUNG_AT_TMT', birthDate: '1980-01-17', tmt: '1997-12', age: 18, earliest: '1998-01' },
    ],
    ['198001172005013003', { part: 'GENDER', detail: 'GENDER_DIGIT', digit: '3' }],
    ['198001172005012000', { part: 'SEQUENCE', detail: 'SEQUENCE_ZERO' }],
  ])('of NIP %s say which part is wrong and why', (input, expected) => {
    expect(paramsOf(parseNip(input, TODAY))).toEqual([expected]);
  });

  it.each([
    ['199005152005012001', { part: 'APPOINTMENT_YEAR', detail: 'APPOINTMENT_YEAR', year: '2005', min: 2014 }],
    ['199005152026012001', { part: 'APPOINTMENT_YEAR', detail: 'APPOINTMENT_YEAR_IN_FUTURE', year: 2026, current: 2025 }],
    [
      '200401012021012001',
      { part: 'APPOINTMENT_YEAR', detail: 'TOO_YOUNG_AT_APPOINTMENT', birthDate: '2004-01-01', year: 2021, age: 18, earliest: 2022 },
    ],
  ])('of NI PPPK %s say which part is wrong and why', (input, expected) => {
    expect(paramsOf(parseNiPppk(input, TODAY))).toEqual([expected]);
  });

  it('carry exactly the values declared for their detail, for every problem of several', () => {
    const all = [...paramsOf(parseNip('198002302005133000', TODAY)), ...paramsOf(parseNiPppk('201001012026013000', TODAY))];
    expect(all.map((params) => params.detail)).toEqual([
      'BIRTH_DATE_NOT_A_DAY',
      'TMT_MONTH',
      'GENDER_DIGIT',
      'SEQUENCE_ZERO',
      'APPOINTMENT_YEAR_IN_FUTURE',
      'TOO_YOUNG_AT_APPOINTMENT',
      'GENDER_DIGIT',
      'SEQUENCE_ZERO',
    ]);
    for (const params of all) {
      const { part: _part, detail, ...values } = params;
      expect(Object.keys(values).sort(), detail).toEqual([...NIP_DETAIL_PARAMS[detail]].sort());
    }
  });
});

describe('formatNip', () => {
  it('groups the digits for display', () => {
    expect(formatNip('198001172005012003')).toBe('19800117 200501 2 003');
  });

  it('regroups a number written with other spacing', () => {
    expect(formatNip('1980 0117200501 2003')).toBe('19800117 200501 2 003');
  });

  it('returns anything that is not 18 digits unchanged', () => {
    expect(formatNip('1980011720050120')).toBe('1980011720050120');
    expect(formatNip('19800117-200501-2-003')).toBe('19800117-200501-2-003');
  });
});
