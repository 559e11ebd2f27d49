import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNip, NipProblem, parseNip, parseNiPppk } from '../../api/src/modules/employees/nip.js';

const TODAY = new Date(2026, 5, 15); // 15 June 2026, local calendar date as parseNip reads it
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A valid PNS NIP and the parts it was built from. */
const validNip = fc
  // Born by June 2008, so that someone is 18 by the latest TMT (June 2026).
  .record({
    birthMonth: fc.integer({ min: 1900 * 12, max: 2008 * 12 + 5 }),
    dayFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  })
  .chain(({ birthMonth, dayFraction }) => {
    const year = Math.floor(birthMonth / 12);
    const month = (birthMonth % 12) + 1;
    const day = 1 + Math.floor(dayFraction * daysIn(year, month));
    // TMT from the month the person turns 18 (and not before 1945) up to June 2026.
    const first = Math.max((year + 18) * 12 + (month - 1), 1945 * 12);
    const last = 2026 * 12 + 5;
    return fc.record({
      birthDate: fc.constant(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`),
      tmt: fc.integer({ min: first, max: last }).map((m) => `${pad(Math.floor(m / 12), 4)}-${pad((m % 12) + 1, 2)}`),
      gender: fc.constantFrom('MALE' as const, 'FEMALE' as const),
      sequence: fc.integer({ min: 1, max: 999 }),
    });
  })
  .map((parts) => ({
    ...parts,
    nip: `${parts.birthDate.replace(/-/g, '')}${parts.tmt.replace('-', '')}${parts.gender === 'MALE' ? 1 : 2}${pad(parts.sequence, 3)}`,
  }));

describe('NIP parsing (properties)', () => {
  it('a NIP built from valid parts parses back to those parts, with or without the usual spaces', () => {
    fc.assert(
      fc.property(validNip, ({ nip, birthDate, tmt, gender, sequence }) => {
        for (const written of [nip, formatNip(nip), ` ${formatNip(nip)}\t`]) {
          expect(parseNip(written, TODAY)).toEqual({ ok: true, nip, birthDate, tmtCpns: tmt, gender, sequence });
        }
      }),
    );
  });

  it('formatNip and normalisation are inverse: formatting twice changes nothing, removing the spaces gives the NIP back', () => {
    fc.assert(
      fc.property(validNip, ({ nip }) => {
        expect(formatNip(formatNip(nip))).toBe(formatNip(nip));
        expect(formatNip(nip).replace(/ /g, '')).toBe(nip);
      }),
    );
  });

  it('any gender digit other than 1 or 2 is refused as INVALID_GENDER', () => {
    fc.assert(
      fc.property(validNip, fc.constantFrom('0', '3', '4', '5', '6', '7', '8', '9'), ({ nip }, digit) => {
        const result = parseNip(nip.slice(0, 14) + digit + nip.slice(15), TODAY);
        expect(result.ok).toBe(false);
        expect(!result.ok && result.problems.map((p) => p.code)).toContain(NipProblem.INVALID_GENDER);
      }),
    );
  });

  it('any other length, or any non-digit character, is NOT_18_DIGITS and the only problem reported', () => {
    const wrongLength = fc.stringMatching(/^\d{0,40}$/).filter((s) => s.length !== 18);
    const withLetter = fc
      .tuple(validNip, fc.integer({ min: 0, max: 17 }), fc.constantFrom('a', 'O', '-', '.', '/', 'ي', '١'))
      .map(([{ nip }, at, c]) => nip.slice(0, at) + c + nip.slice(at + 1));
    fc.assert(
      fc.property(fc.oneof(wrongLength, withLetter), (input) => {
        const result = parseNip(input, TODAY);
        expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ code: NipProblem.NOT_18_DIGITS })] });
      }),
    );
  });

  it('sequence 000 and a birth date after today are always refused, whatever the rest', () => {
    fc.assert(
      fc.property(validNip, fc.integer({ min: 1, max: 3000 }), ({ nip }, daysAhead) => {
        expect(parseNip(nip.slice(0, 15) + '000', TODAY).ok).toBe(false);
        const future = new Date(Date.UTC(2026, 5, 15 + daysAhead)).toISOString().slice(0, 10).replace(/-/g, '');
        const result = parseNip(future + nip.slice(8), TODAY);
        expect(!result.ok && result.problems.map((p) => p.code)).toContain(NipProblem.INVALID_BIRTH_DATE);
      }),
    );
  });

  it('a TMT before the 18th birthday month is TOO_YOUNG_AT_TMT', () => {
    fc.assert(
      fc.property(validNip, fc.integer({ min: 1, max: 18 * 12 }), ({ nip, birthDate }, monthsEarly) => {
        const [year, month] = birthDate.split('-').map(Number) as [number, number];
        const m = (year + 18) * 12 + (month - 1) - monthsEarly;
        fc.pre(Math.floor(m / 12) >= 1945);
        const result = parseNip(nip.slice(0, 8) + pad(Math.floor(m / 12), 4) + pad((m % 12) + 1, 2) + nip.slice(14), TODAY);
        expect(!result.ok && result.problems.map((p) => p.code)).toContain(NipProblem.TOO_YOUNG_AT_TMT);
      }),
    );
  });
});

describe('NI PPPK parsing (properties)', () => {
  it('an NI PPPK built from valid parts parses back to them', () => {
    const valid = fc
      .record({
        birth: fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2008, 0, 1)), noInvalidDate: true }),
        yearOffset: fc.integer({ min: 0, max: 100 }),
        code: fc.stringMatching(/^\d{2}$/),
        gender: fc.constantFrom('MALE' as const, 'FEMALE' as const),
        sequence: fc.integer({ min: 1, max: 999 }),
      })
      .map(({ birth, yearOffset, code, gender, sequence }) => {
        const birthDate = birth.toISOString().slice(0, 10);
        const earliest = Math.max(2014, birth.getUTCFullYear() + 18);
        fc.pre(earliest <= 2026);
        const appointmentYear = earliest + (yearOffset % (2027 - earliest));
        const nip = `${birthDate.replace(/-/g, '')}${appointmentYear}${code}${gender === 'MALE' ? 1 : 2}${pad(sequence, 3)}`;
        return { nip, birthDate, appointmentYear, gender, sequence };
      });
    fc.assert(
      fc.property(valid, ({ nip, ...parts }) => {
        expect(parseNiPppk(formatNip(nip), TODAY)).toEqual({ ok: true, nip, ...parts });
      }),
    );
  });
});
