import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import { addDays } from '../../api/src/dates.js';
import { fromGlobalId } from '../../api/src/graphql/ids.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { confirmAll, rate, type PlanOfPeriod } from '../helpers/evaluated-periods.js';
import { runner } from '../helpers/gql-run.js';
import { setUpReportingLine, type ReportingLine } from '../helpers/reporting-line.js';

/**
 * Files over HTTP: XLSX of the main lists and the PDF documents, read back (exceljs, pdf-parse) and
 * checked against the reporting line Kadis (Hendra) > Kapus (Sri) > Siti and Yusuf, evaluated:
 * Siti realises her targets exactly (100 % -> as expected, behaviour as expected -> BAIK), Yusuf
 * gets SANGAT_BAIK from his appraiser.
 */

let app: TestApp;
let line: ReportingLine;
const token = (key: string) => line.tokens[key]!;

async function download(path: string, key: string | null) {
  const response = await fetch(`${app.url}${path}`, { headers: key ? { authorization: `Bearer ${token(key)}` } : {} });
  const body = Buffer.from(await response.arrayBuffer());
  return { response, body, sqlStatements: Number(response.headers.get('x-sql-statements')) };
}

async function sheet(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const worksheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  worksheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: worksheet.name, header: rows[0], rows: rows.slice(1) };
}

async function pdfText(body: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(body) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

beforeAll(async () => {
  app = await startTestApp();
  line = await setUpReportingLine(app);
  const hr = runner(app, () => token('hr'));
  const kapus = runner(app, () => token('kapus'));
  // Evaluation opens in the closing week: the quarter of today ends in three days here.
  await app.sql('update appraisal_periods set end_date = ? where id = ?', [
    addDays(line.today, 3),
    fromGlobalId(line.ids.quarter!, 'AppraisalPeriod', 'id'),
  ]);
  for (const step of ['startMonitoring', 'startEvaluation']) {
    const { appraisalPeriod } = await hr.run<{ appraisalPeriod: { version: number } }>(
      `query ($id: ID!) { appraisalPeriod(id: $id) { version } }`,
      {
        id: line.ids.quarter,
      },
    );
    await hr.run(`mutation ($input: PeriodTransitionInput!) { ${step}(input: $input) { period { status } } }`, {
      input: { id: line.ids.quarter, version: appraisalPeriod.version },
    });
  }
  const { performancePlans } = await hr.run<{ performancePlans: { nodes: PlanOfPeriod[] } }>(
    `query ($id: ID!) { performancePlans(filter: { periodId: { eq: $id } }) { nodes { id employee { id name } targets { id target indicator { code } } } } }`,
    { id: line.ids.quarter },
  );
  const planOf = (name: string) => performancePlans.nodes.find((plan) => plan.employee.name === name)!;
  const { effectiveBehaviourValues } = await hr.run<{ effectiveBehaviourValues: { code: string }[] }>(
    `{ effectiveBehaviourValues { code } }`,
  );
  const behaviour = effectiveBehaviourValues.map(({ code }) => ({ code, rating: 'SESUAI_EKSPEKTASI' }));
  for (const [name, predicate] of [
    ['Siti Aminah', undefined],
    ['Yusuf Effendi', 'SANGAT_BAIK'],
  ] as const) {
    const plan = planOf(name);
    // HR records the realisations (each target met exactly); the appraiser rates.
    for (const target of plan.targets) {
      await hr.run(`mutation ($input: RecordRealizationInput!) { recordRealization(input: $input) { realization { id } } }`, {
        input: { targetId: target.id, periodId: line.ids.quarter, value: target.target },
      });
    }
    await rate(kapus.run, line.ids.quarter!, { ...plan, targets: [] }, { behaviour, predicate });
  }
  expect(await confirmAll(kapus.run, line.ids.quarter!)).toBe(2);
});
afterAll(() => app?.close());

describe('XLSX lists', () => {
  it('employees: Indonesian headers, names and ranks instead of IDs, sorted by name', async () => {
    const { response, body } = await download('/exports/employees.xlsx', 'hr');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toContain('employees.xlsx');
    const { name, header, rows } = await sheet(body);
    expect(name).toBe('Pegawai');
    expect(header).toEqual(['Nama', 'NIP', 'Jenis kepegawaian', 'Pangkat/golongan', 'Jabatan', 'Unit kerja', 'Atasan langsung', 'Status']);
    expect(rows).toEqual([
      [
        'Hendra Saputra',
        '197003051995031001',
        'PNS',
        'Penata Muda Tingkat I (III/b)',
        'Kepala Dinas Kesehatan',
        'Dinas Kesehatan',
        undefined,
        'Aktif',
      ],
      [
        'Siti Aminah',
        '199001012015012007',
        'PNS',
        'Penata Muda Tingkat I (III/b)',
        'Pengelola Layanan',
        'Puskesmas Kertapati',
        'Sri Wahyuni',
        'Aktif',
      ],
      [
        'Sri Wahyuni',
        '198002022005012004',
        'PNS',
        'Penata Muda Tingkat I (III/b)',
        'Kepala Puskesmas',
        'Puskesmas Kertapati',
        'Hendra Saputra',
        'Aktif',
      ],
      [
        'Yusuf Effendi',
        '199203152016011002',
        'PNS',
        'Penata Muda Tingkat I (III/b)',
        'Pengelola Layanan',
        'Puskesmas Kertapati',
        'Sri Wahyuni',
        'Aktif',
      ],
    ]);
  });

  it('takes the list’s filter as JSON and lang=en', async () => {
    const filter = encodeURIComponent(JSON.stringify({ q: 'Yusuf' }));
    const { body } = await download(`/exports/employees.xlsx?lang=en&filter=${filter}`, 'hr');
    const { name, header, rows } = await sheet(body);
    expect(name).toBe('Employees');
    expect(header).toEqual(['Name', 'NIP', 'Employment type', 'Rank', 'Position', 'Unit', 'Direct supervisor', 'Status']);
    expect(rows.map((row) => row[0])).toEqual(['Yusuf Effendi']);
    const bad = await download('/exports/employees.xlsx?filter=%7Bnope', 'hr');
    expect(bad.response.status).toBe(400);
    expect(JSON.parse(bad.body.toString()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const wrongShape = await download(`/exports/employees.xlsx?filter=${encodeURIComponent('{"salary":1}')}`, 'hr');
    expect(wrongShape.response.status).toBe(400);
  });

  it('holds what the actor may list: a supervisor their subtree, an employee themself, nobody without a token', async () => {
    const names = async (key: string) => (await sheet((await download('/exports/employees.xlsx', key)).body)).rows.map((row) => row[0]);
    expect(await names('kapus')).toEqual(['Siti Aminah', 'Sri Wahyuni', 'Yusuf Effendi']);
    expect(await names('siti')).toEqual(['Siti Aminah']);
    const anonymous = await download('/exports/employees.xlsx', null);
    expect(anonymous.response.status).toBe(401);
    expect(JSON.parse(anonymous.body.toString()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await download('/exports/salaries.xlsx', 'hr')).response.status).toBe(404);
  });

  it('plans with their predicates, in a number of statements that does not grow with the rows', async () => {
    const filter = encodeURIComponent(JSON.stringify({ periodId: { eq: line.ids.quarter } }));
    const all = await download(`/exports/performancePlans.xlsx?filter=${filter}`, 'hr');
    const { header, rows } = await sheet(all.body);
    expect(header).toContain('Predikat');
    const predicate = header!.indexOf('Predikat');
    const byEmployee = Object.fromEntries(rows.map((row) => [row[1], row[predicate]]));
    expect(byEmployee).toEqual({
      'Hendra Saputra': undefined,
      'Sri Wahyuni': undefined,
      'Siti Aminah': 'Baik',
      'Yusuf Effendi': 'Sangat Baik',
    });
    const own = await download(`/exports/performancePlans.xlsx?filter=${filter}`, 'siti');
    expect((await sheet(own.body)).rows).toHaveLength(1);
    expect(all.sqlStatements).toBeGreaterThan(0);
    expect(all.sqlStatements).toBeLessThanOrEqual(own.sqlStatements + 2);
  });

  it('enrolments, cases and complaints export with their headers', async () => {
    for (const [list, first] of [
      ['enrollments', 'Pelatihan'],
      ['disciplinaryCases', 'Pegawai'],
      ['complaints', 'Kode pelacakan'],
    ] as const) {
      const { response, body } = await download(`/exports/${list}.xlsx`, 'hr');
      expect(response.status, list).toBe(200);
      expect((await sheet(body)).header![0]).toBe(first);
    }
  });
});

describe('PDF of an evaluated plan', () => {
  it('carries both identities, targets and realisations, behaviour, the predicate and the signatures', async () => {
    const { response, body } = await download(`/exports/plans/${line.plans.siti!.id}/evaluation.pdf`, 'siti');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(body);
    for (const expected of [
      'EVALUASI KINERJA PEGAWAI',
      'Siti Aminah',
      '199001012015012007',
      'Penata Muda Tingkat I (III/b)',
      'Pengelola Layanan',
      'Puskesmas Kertapati',
      'Sri Wahyuni',
      '198002022005012004',
      'Hendra Saputra',
      'CAKUPAN-LAYANAN',
      'Sesuai Ekspektasi',
      'PREDIKAT KINERJA PEGAWAI BAIK',
      'PENGESAHAN',
      'Pegawai yang dinilai',
      'Pejabat penilai kinerja',
      'Atasan pejabat penilai kinerja',
    ])
      expect(text, expected).toContain(expected);
    const english = await pdfText((await download(`/exports/plans/${line.plans.yusuf!.id}/evaluation.pdf?lang=en`, 'kadis')).body);
    expect(english).toContain('PERFORMANCE PREDICATE VERY GOOD');
    expect(english).toContain('Yusuf Effendi');
  });

  it('is NOT_FOUND outside the plan’s readers and CONFLICT before the evaluation is confirmed', async () => {
    const other = await download(`/exports/plans/${line.plans.siti!.id}/evaluation.pdf`, 'yusuf');
    expect(other.response.status).toBe(404);
    expect(JSON.parse(other.body.toString()).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await download(`/exports/plans/${line.plans.siti!.id}/evaluation.pdf`, 'outsider')).response.status).toBe(404);
    expect((await download(`/exports/plans/${line.plans.kadis!.id}/evaluation.pdf`, 'kapus')).response.status).toBe(404);
    const notYet = await download(`/exports/plans/${line.plans.kapus!.id}/evaluation.pdf`, 'kadis');
    expect(notYet.response.status).toBe(409);
  });
});

describe('PDF unit report', () => {
  it('gives the distribution, the average achievement per indicator and training compliance', async () => {
    const { response, body } = await download(`/exports/periods/${line.ids.quarter}/report.pdf`, 'hr');
    expect(response.status).toBe(200);
    const text = await pdfText(body);
    expect(text).toContain('LAPORAN KINERJA UNIT');
    expect(text).toContain('Pegawai dinilai 2');
    expect(text).toMatch(/Baik 1 50 %/);
    expect(text).toMatch(/Sangat Baik 1 50 %/);
    expect(text).toMatch(/CAKUPAN-LAYANAN\) 2 /);
    expect(text).toContain('KEPATUHAN PENGEMBANGAN KOMPETENSI');
    expect(text).toMatch(/Seluruh instansi 4 0 0 %/);
  });

  it('leaves training compliance to HR, and the period to its agency', async () => {
    const supervisor = await pdfText((await download(`/exports/periods/${line.ids.quarter}/report.pdf?lang=en`, 'kapus')).body);
    expect(supervisor).toContain('UNIT PERFORMANCE REPORT');
    expect(supervisor).toContain('Training data is available to HR officers and the evaluation team only.');
    expect((await download(`/exports/periods/${line.ids.quarter}/report.pdf`, 'outsider')).response.status).toBe(404);
  });
});
