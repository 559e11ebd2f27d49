import { addDays } from '../../dates.js';

/**
 * The unexcused absence ladder of PP 94/2021 (docs/domain.md#absence-ladder): cumulative
 * days without excuse in a year, and the sanction each band calls for. Pure:
 * it proposes, HR decides.
 */
export interface LadderStep {
  /** Days from which the step applies. */
  fromDays: number;
  /** Code of the sanction type of the catalogue. */
  sanctionTypeCode: string;
}

export const ABSENCE_LADDER: readonly LadderStep[] = [
  { fromDays: 3, sanctionTypeCode: 'TEGURAN_LISAN' },
  { fromDays: 4, sanctionTypeCode: 'TEGURAN_TERTULIS' },
  { fromDays: 7, sanctionTypeCode: 'PERNYATAAN_TIDAK_PUAS' },
  { fromDays: 11, sanctionTypeCode: 'POTONGAN_TUKIN_25_6' },
  { fromDays: 14, sanctionTypeCode: 'POTONGAN_TUKIN_25_9' },
  { fromDays: 17, sanctionTypeCode: 'POTONGAN_TUKIN_25_12' },
  { fromDays: 21, sanctionTypeCode: 'PENURUNAN_JABATAN' },
  { fromDays: 25, sanctionTypeCode: 'PEMBEBASAN_JABATAN' },
  { fromDays: 28, sanctionTypeCode: 'PEMBERHENTIAN' },
];

/** 10 consecutive working days without excuse lead to dismissal whatever the yearly total. */
export const CONSECUTIVE_DISMISSAL_DAYS = 10;

/**
 * Longest run of absences on consecutive working days: days off between two
 * absences (a weekend, a holiday) do not break the run, a working day does.
 */
export function longestRun(sortedDates: readonly string[], isWorkingDay: (date: string) => boolean): number {
  let best = 0;
  let run = 0;
  let previous: string | null = null;
  for (const date of sortedDates) {
    let continues = previous !== null;
    for (let day = previous ? addDays(previous, 1) : date; continues && day < date; day = addDays(day, 1)) {
      if (isWorkingDay(day)) continues = false;
    }
    run = continues ? run + 1 : 1;
    best = Math.max(best, run);
    previous = date;
  }
  return best;
}

/** The step the ladder reaches with `days` in a year and a longest run of `run`; null below the first. */
export function ladderStep(days: number, run: number): LadderStep | null {
  if (run >= CONSECUTIVE_DISMISSAL_DAYS) return ABSENCE_LADDER[ABSENCE_LADDER.length - 1]!;
  return [...ABSENCE_LADDER].reverse().find((step) => days >= step.fromDays) ?? null;
}
