/** Pieces the benchmarks share. */

/** The i-th NIP of the run: distinct (birth date and sequence), and valid (born 1968-1990, TMT at 24). */
export function nipFor(index: number): { nip: string; birthDate: string; tmtCpns: string; gender: 'MALE' | 'FEMALE' } {
  const sequence = (index % 999) + 1;
  const block = Math.floor(index / 999);
  const birth = new Date(Date.UTC(1968, 0, 1) + block * 37 * 86_400_000);
  const birthDate = birth.toISOString().slice(0, 10);
  const tmtCpns = `${birth.getUTCFullYear() + 24}-${String((block % 12) + 1).padStart(2, '0')}`;
  const genderDigit = (index % 2) + 1;
  const nip = `${birthDate.replaceAll('-', '')}${tmtCpns.replace('-', '')}${genderDigit}${String(sequence).padStart(3, '0')}`;
  return { nip, birthDate, tmtCpns, gender: genderDigit === 1 ? 'MALE' : 'FEMALE' };
}

/** The middle value (the mean of the two middle ones for an even count). */
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
