import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';

/** Scoring schemes over the API: the national default, agency schemes, and the what-if preview. */

let app: TestApp;
let admin: string;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
const ids: Record<string, string> = {};

const PREVIEW = `query ($input: PreviewScoreInput!) {
  previewScore(input: $input) {
    lines { key label achievement rawAchievement capped contribution step problem }
    mainWeight mainScore additionalScore score resultRating behaviourRating predicate steps problems complete
  }
}`;

interface Preview {
  lines: { key: string; achievement: number | null; capped: boolean; contribution: number | null; step: string }[];
  score: number | null;
  resultRating: string | null;
  predicate: string | null;
  steps: string[];
  problems: string[];
  complete: boolean;
}

async function indicator(key: string, code: string, name: string, direction: string, unit: string) {
  const data = await run<{ createIndicator: { indicator: { id: string } } }>(
    `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
    { input: { code, name, direction, unit, perspective: 'HASIL_KERJA', aggregation: 'AVERAGE' } },
  );
  ids[key] = data.createIndicator.indicator.id;
}

/** docs/domain.md#achievement, worked example. */
const workedExample = () => [
  { indicatorId: ids.time, weight: 40, target: 30, realization: 24 },
  { indicatorId: ids.accuracy, weight: 35, target: 95, realization: 90.25 },
  { indicatorId: ids.trainings, weight: 25, target: 4, realization: 2 },
];

beforeAll(async () => {
  app = await startTestApp();
  const agency = await createAgency(app, { code: 'PEMKOT-PALANGKARAYA' });
  admin = (await actor(app, [Role.AGENCY_ADMIN], agency.agency)).token;
  ({ run, attempt } = runner(app, () => admin));
  await indicator('time', 'WAKTU-LAYANAN', 'Service completion time', 'LOWER_IS_BETTER', 'MINUTES');
  await indicator('accuracy', 'AKURASI-DATA', 'Data accuracy', 'HIGHER_IS_BETTER', 'PERCENT');
  await indicator('trainings', 'PELATIHAN', 'Trainings delivered', 'HIGHER_IS_BETTER', 'COUNT');
});
afterAll(() => app?.close());

describe('the national scheme', () => {
  it('is provided, with the matrix of PermenPANRB 6/2022', async () => {
    const data = await run<{
      scoringSchemes: {
        nodes: {
          name: string;
          isNational: boolean;
          cap: number;
          aboveFrom: number;
          asExpectedFrom: number;
          matrixCells: { result: string; behaviour: string; predicate: string }[];
        }[];
      };
    }>(`{ scoringSchemes { nodes { name isNational cap aboveFrom asExpectedFrom matrixCells { result behaviour predicate } } } }`);
    const [national] = data.scoringSchemes.nodes;
    expect(national).toMatchObject({ name: 'PermenPANRB 6/2022', isNational: true, cap: 120, aboveFrom: 110, asExpectedFrom: 90 });
    const cell = (result: string, behaviour: string) =>
      national!.matrixCells.find((c) => c.result === result && c.behaviour === behaviour)?.predicate;
    expect(cell('DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI')).toBe('SANGAT_BAIK');
    expect(cell('DI_ATAS_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI')).toBe('KURANG');
    expect(cell('SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI')).toBe('BAIK');
    expect(cell('DI_BAWAH_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI')).toBe('SANGAT_KURANG');
    expect(cell('DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI')).toBe('BUTUH_PERBAIKAN');
    expect(national!.matrixCells).toHaveLength(9);
  });
});

describe('previewScore', () => {
  it('scores the worked example of docs/domain.md#achievement step by step', async () => {
    const { previewScore } = await run<{ previewScore: Preview }>(PREVIEW, {
      input: { lines: workedExample(), behaviourRating: 'DI_ATAS_EKSPEKTASI' },
    });
    expect(previewScore.lines.map((l) => [l.key, l.achievement, l.contribution])).toEqual([
      ['WAKTU-LAYANAN', 120, 48],
      ['AKURASI-DATA', 95, 33.25],
      ['PELATIHAN', 50, 12.5],
    ]);
    expect(previewScore).toMatchObject({
      score: 93.75,
      resultRating: 'SESUAI_EKSPEKTASI',
      predicate: 'BAIK',
      complete: true,
      problems: [],
    });
    expect(previewScore.steps).toContain('Service completion time: (2 - 24 / 30) x 100 = 120');
    expect(previewScore.steps).toContain('Score = (120 x 40 + 95 x 35 + 50 x 25) / 100 = 93.75');
  });

  it('tries unsaved rules: a lower threshold turns the same work into SANGAT_BAIK', async () => {
    const { previewScore } = await run<{ previewScore: Preview }>(PREVIEW, {
      input: { lines: workedExample(), behaviourRating: 'DI_ATAS_EKSPEKTASI', rules: { aboveFrom: 93, asExpectedFrom: 80 } },
    });
    expect(previewScore).toMatchObject({ score: 93.75, resultRating: 'DI_ATAS_EKSPEKTASI', predicate: 'SANGAT_BAIK' });
  });

  it('reports what is missing instead of guessing', async () => {
    const lines = workedExample();
    lines[1] = { ...lines[1]!, realization: null as unknown as number };
    const { previewScore } = await run<{ previewScore: Preview }>(PREVIEW, { input: { lines } });
    expect(previewScore).toMatchObject({ score: null, predicate: null, complete: false });
    expect(previewScore.problems).toEqual(['Data accuracy: no realisation recorded', 'behaviour rating not given']);
  });

  it('refuses rules that contradict themselves', async () => {
    const response = await attempt(PREVIEW, { input: { lines: workedExample(), rules: { aboveFrom: 80, asExpectedFrom: 90 } } });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions.field).toBe('input.rules.aboveFrom');
    const formula = await attempt(PREVIEW, { input: { lines: workedExample(), rules: { higherIsBetterFormula: 'TWO_MINUS_RATIO' } } });
    expect(formula.errors![0]!.extensions.field).toBe('input.rules.higherIsBetterFormula');
  });
});

describe('agency schemes', () => {
  const CREATE = `mutation ($input: CreateScoringSchemeInput!) { createScoringScheme(input: $input) { scoringScheme { id agencyId aboveFrom asExpectedFrom lowerIsBetterFormula matrixCells { result behaviour predicate } } } }`;

  it('start from the national default and take a complete matrix only', async () => {
    const created = await run<{
      createScoringScheme: { scoringScheme: { id: string; aboveFrom: number; lowerIsBetterFormula: string; matrixCells: unknown[] } };
    }>(CREATE, {
      input: { name: 'Skema Palangka Raya', lowerIsBetterFormula: 'INVERSE_RATIO' },
    });
    expect(created.createScoringScheme.scoringScheme).toMatchObject({ aboveFrom: 110, lowerIsBetterFormula: 'INVERSE_RATIO' });
    ids.scheme = created.createScoringScheme.scoringScheme.id;

    const before = await databaseFingerprint(app);
    const partial = await attempt(CREATE, {
      input: {
        name: 'Matriks kurang',
        matrix: [
          ...Array.from({ length: 8 }, (_, i) => ({
            result: ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'][Math.floor(i / 3)],
            behaviour: ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'][i % 3],
            predicate: 'BAIK',
          })),
          { result: 'DI_ATAS_EKSPEKTASI', behaviour: 'DI_ATAS_EKSPEKTASI', predicate: 'SANGAT_BAIK' },
        ],
      },
    });
    expect(errorCode(partial)).toBe('BAD_USER_INPUT');
    expect(partial.errors![0]!.message).toContain('given twice');
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('score with their own formula: target / realisation for lower-is-better', async () => {
    const { previewScore } = await run<{ previewScore: Preview }>(PREVIEW, {
      input: { schemeId: ids.scheme, lines: workedExample(), behaviourRating: 'SESUAI_EKSPEKTASI' },
    });
    // 30 / 24 x 100 = 125, capped at 120: the same as the national formula here.
    expect(previewScore.lines[0]).toMatchObject({ achievement: 120, capped: true });
    expect(previewScore.lines[0]!.step).toBe('Service completion time: 30 / 24 x 100 = 125, capped at 120');
  });

  it('cannot change the national scheme (platform administrators only)', async () => {
    const national = await run<{ scoringSchemes: { nodes: { id: string; version: number }[] } }>(
      `{ scoringSchemes(filter: { agencyId: { isNull: true } }) { nodes { id version } } }`,
    );
    const response = await attempt(`mutation ($input: UpdateScoringSchemeInput!) { updateScoringScheme(input: $input) { newRevision } }`, {
      input: { id: national.scoringSchemes.nodes[0]!.id, version: national.scoringSchemes.nodes[0]!.version, cap: 150 },
    });
    expect(errorCode(response)).toBe('FORBIDDEN');
  });
});
