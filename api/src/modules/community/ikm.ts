/**
 * The community satisfaction index (Indeks Kepuasan Masyarakat, IKM) of
 * PermenPANRB 14/2017, as docs/domain.md#ikm describes it: per element the
 * average of its answers (nilai rata-rata, NRR), the weighted value with equal
 * weights (1 / number of elements), IKM = weighted value x 25 (25-100), and the
 * quality category A-D. Everything is computed on unrounded values; callers round
 * for display only.
 */

/** The fixed answer scale of the survey. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 4;

/** The nine standard elements (unsur pelayanan), in their regulatory order. */
export const STANDARD_ELEMENTS: readonly { code: string; name: string; question: string }[] = [
  {
    code: 'U1',
    name: 'Persyaratan',
    question: 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
  },
  {
    code: 'U2',
    name: 'Sistem, Mekanisme, dan Prosedur',
    question: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
  },
  { code: 'U3', name: 'Waktu Penyelesaian', question: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?' },
  { code: 'U4', name: 'Biaya/Tarif', question: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?' },
  {
    code: 'U5',
    name: 'Produk Spesifikasi Jenis Pelayanan',
    question:
      'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
  },
  {
    code: 'U6',
    name: 'Kompetensi Pelaksana',
    question: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
  },
  {
    code: 'U7',
    name: 'Perilaku Pelaksana',
    question: 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
  },
  {
    code: 'U8',
    name: 'Penanganan Pengaduan, Saran dan Masukan',
    question: 'Bagaimana pendapat Saudara tentang kualitas penanganan pengaduan, saran dan masukan?',
  },
  { code: 'U9', name: 'Sarana dan Prasarana', question: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?' },
];

export type IkmCategoryCode = 'A' | 'B' | 'C' | 'D';

/**
 * The quality categories, best first, each with the lowest weighted value (and
 * converted IKM) that reaches it: A from 3.5324 (88.31), B from 3.0644 (76.61),
 * C from 2.60 (65.00), D below. The regulation's table leaves hairline gaps
 * between its bands (2.5996 / 2.60, 3.064 / 3.0644, 3.532 / 3.5324); reading
 * each band from its lower bound closes them.
 */
export const IKM_CATEGORIES: readonly { category: IkmCategoryCode; label: string; fromWeighted: number; fromIkm: number }[] = [
  { category: 'A', label: 'Sangat Baik', fromWeighted: 3.5324, fromIkm: 88.31 },
  { category: 'B', label: 'Baik', fromWeighted: 3.0644, fromIkm: 76.61 },
  { category: 'C', label: 'Kurang Baik', fromWeighted: 2.6, fromIkm: 65 },
  { category: 'D', label: 'Tidak Baik', fromWeighted: SCALE_MIN, fromIkm: 25 },
];

/** The category of a weighted value (1-4). */
export function ikmCategory(weightedValue: number): { category: IkmCategoryCode; label: string } {
  const band = IKM_CATEGORIES.find((c) => weightedValue >= c.fromWeighted) ?? IKM_CATEGORIES[IKM_CATEGORIES.length - 1]!;
  return { category: band.category, label: band.label };
}

/** What was answered on one element: the sum and the number of its answers. */
export interface ElementTally {
  code: string;
  name: string;
  sum: number;
  count: number;
}

export interface ElementScore {
  code: string;
  name: string;
  /** Number of answers. */
  count: number;
  /** NRR: the average of the answers (1-4); null without answers. */
  average: number | null;
  /** The element's weight: 1 / number of elements. */
  weight: number;
  /** NRR x weight. */
  weightedAverage: number | null;
}

export interface IkmComputation {
  elements: ElementScore[];
  respondents: number;
  minimumSample: number;
  belowMinimumSample: boolean;
  /** Sum of NRR x weight (1-4); null without answers. */
  weightedValue: number | null;
  /** weightedValue x 25 (25-100); null without answers. */
  ikm: number | null;
  category: IkmCategoryCode | null;
  categoryLabel: string | null;
}

/**
 * Floating-point noise (2.6 computed as 2.6000000000000005) must not move a value
 * across a category boundary; twelve decimals is far below any real difference.
 */
const clean = (value: number) => Math.round(value * 1e12) / 1e12;

export function computeIkm(input: { elements: readonly ElementTally[]; respondents: number; minimumSample: number }): IkmComputation {
  const n = input.elements.length;
  const weight = n ? 1 / n : 0;
  const elements = input.elements.map((e) => {
    const average = e.count ? clean(e.sum / e.count) : null;
    return {
      code: e.code,
      name: e.name,
      count: e.count,
      average,
      weight,
      weightedAverage: average === null ? null : clean(average * weight),
    };
  });
  const answered = n > 0 && elements.every((e) => e.average !== null);
  // Equal weights: the weighted value is the mean of the averages (one division, the least rounding).
  const weightedValue = answered ? clean(elements.reduce((sum, e) => sum + e.average!, 0) / n) : null;
  const category = weightedValue === null ? null : ikmCategory(weightedValue);
  return {
    elements,
    respondents: input.respondents,
    minimumSample: input.minimumSample,
    belowMinimumSample: input.respondents < input.minimumSample,
    weightedValue,
    ikm: weightedValue === null ? null : clean(weightedValue * 25),
    category: category?.category ?? null,
    categoryLabel: category?.label ?? null,
  };
}
