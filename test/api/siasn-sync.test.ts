import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../api/src/config.js';
import { errorCode, startTestApp, TEST_JWT_SECRET, type TestApp } from '../helpers/app.js';
import { closePeriod, confirmAll, periodInEvaluation, rate } from '../helpers/evaluated-periods.js';
import { actor, createAgency, createUser, Role, tokenFor } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';

/**
 * The SIASN client against a SIASN stand-in on 127.0.0.1 started here, which
 * speaks the documented envelopes and fails the way the real one does: an
 * expired token (401), 429 with Retry-After, 500 and 503, and a validation
 * refusal ({success: false}).
 */

interface Seen {
  at: number;
  method: string;
  path: string;
  body: Record<string, unknown> | null;
}

class FakeSiasn {
  server!: Server;
  url = '';
  seen: Seen[] = [];
  tokenRequests: Record<string, string>[] = [];
  tokenCount = 0;
  expired = new Set<string>();
  /** Scripted answers per path, used up first: a status (with a body) before the normal answer. */
  script = new Map<string, number[]>();
  saved = new Map<string, Record<string, unknown>>();

  readonly units = [
    {
      Id: 'DINKES-ID',
      InstansiId: 'INST',
      DiatasanId: 'INST',
      NamaUnor: 'Dinas Kesehatan',
      EselonId: '22',
      NamaJabatan: 'Kepala Dinas',
      CepatKode: 'DINKES',
    },
    {
      Id: 'SEKSI-ID',
      InstansiId: 'INST',
      DiatasanId: 'DINKES-ID',
      NamaUnor: 'Seksi Imunisasi',
      EselonId: '42',
      NamaJabatan: 'Kepala Seksi',
      CepatKode: null,
    },
  ];
  readonly people: Record<string, Record<string, unknown>> = {
    '197506112000031002': {
      id: 'PNS-KADIS',
      nipBaru: '197506112000031002',
      nama: 'Hendra Saputra',
      gelarDepan: 'dr.',
      gelarBelakang: 'M.Kes.',
      tglLahir: '11-06-1975',
      jenisKelamin: 'M',
      golRuangAkhirId: '42',
      tmtGolAkhir: '01-04-2020',
      jenisJabatanId: '1',
      eselonId: '22',
      jabatanNama: 'Kepala Dinas Kesehatan',
      kelas_jabatan: '14',
      unorId: 'DINKES-ID',
      tmtJabatan: '02-01-2021',
    },
    '198804122010012005': {
      id: 'PNS-SITI',
      nipBaru: '198804122010012005',
      nama: 'Siti Aminah',
      gelarDepan: null,
      gelarBelakang: 'S.KM',
      tglLahir: '12-04-1988',
      jenisKelamin: 'F',
      golRuangAkhirId: '33',
      tmtGolAkhir: '01-04-2022',
      jenisJabatanId: '2',
      eselonId: null,
      jabatanNama: 'Epidemiolog Kesehatan Ahli Pertama',
      kelas_jabatan: '8',
      unorId: 'SEKSI-ID',
      tmtJabatan: '01-04-2022',
    },
    '199203152021031001': {
      id: 'PNS-YUSUF',
      nipBaru: '199203152021031001',
      nama: 'Yusuf Effendi',
      gelarDepan: null,
      gelarBelakang: null,
      tglLahir: '15-03-1992',
      jenisKelamin: 'M',
      golRuangAkhirId: '22',
      tmtGolAkhir: '01-03-2021',
      jenisJabatanId: '4',
      eselonId: null,
      jabatanNama: 'Pengelola Data',
      kelas_jabatan: '5',
      unorId: 'SEKSI-ID',
      tmtJabatan: '01-03-2021',
    },
  };

  async start() {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  apiRequests(path: string) {
    return this.seen.filter((s) => s.path.startsWith(path));
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const arrived = Date.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString();
    const url = new URL(req.url!, this.url);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith('/oauth/')) {
      const form = Object.fromEntries(new URLSearchParams(raw));
      this.tokenRequests.push({ path: url.pathname, ...form });
      const good =
        url.pathname === '/oauth/gateway'
          ? form.grant_type === 'client_credentials' && form.client_id === 'kinerja' && form.client_secret === 'rahasia'
          : form.grant_type === 'password' && form.username === 'bkpsdm' && form.password === 'sandi';
      if (!good) return send(401, { error: 'invalid_client' });
      return send(200, { access_token: `${url.pathname.slice(7)}-${++this.tokenCount}`, expires_in: 3600, token_type: 'bearer' });
    }
    const gateway = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    const sso = String(req.headers.auth ?? '').replace(/^bearer /, '');
    this.seen.push({ at: arrived, method: req.method!, path: url.pathname + url.search, body: raw ? JSON.parse(raw) : null });
    if (!gateway.startsWith('gateway-') || !sso.startsWith('sso-') || this.expired.has(gateway) || this.expired.has(sso)) {
      return send(401, { code: 0, message: 'Token expired' });
    }
    // Scripted failures by path, or for a save by the person it concerns ("save:PNS-SITI").
    const about = raw ? String((JSON.parse(raw) as { pnsDinilaiOrang?: string }).pnsDinilaiOrang) : '';
    const scripted = this.script.get(url.pathname)?.shift() ?? this.script.get(`save:${about}`)?.shift();
    if (scripted === 429) return send(429, { message: 'Too many requests' }, { 'retry-after': '0' });
    if (scripted) return send(scripted, { message: 'Internal error' });

    if (url.pathname === '/referensi/ref-unor') return send(200, { code: 1, data: { data: this.units, total: this.units.length } });
    const person = /^\/pns\/data-utama\/(\d+)$/.exec(url.pathname);
    if (person) {
      const data = this.people[person[1]!];
      return data ? send(200, { code: 1, data }) : send(200, { code: 0, data: null, message: 'Data tidak ditemukan' });
    }
    if (url.pathname === '/kinerjaperiodik/save' && req.method === 'POST') {
      const body = JSON.parse(raw) as Record<string, unknown>;
      if (body.pnsDinilaiOrang === 'PNS-YUSUF' && body.kuadranKinerjaNilai === 4) {
        return send(200, { success: false, message: 'Predikat Kurang memerlukan dokumen evaluasi', mapData: null });
      }
      if (body.pnsDinilaiOrang === 'PNS-KADIS') return send(503, { message: 'Service unavailable' });
      const id = (body.id as string | null) ?? `rw-kinerja-${this.saved.size + 1}`;
      this.saved.set(id, body);
      return send(200, { success: true, message: 'Data berhasil disimpan', mapData: { rwKinerjaPeriodikId: id } });
    }
    send(404, { message: 'Not found' });
  }
}

const siasn = new FakeSiasn();
let app: TestApp;
let hr: string;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
let quarter: string;

const REPORT = `dryRun rows created changed unchanged refused entries { key outcome errors { message } }`;
const PUSH = `mutation ($input: PushToSiasnInput!) { pushToSiasn(input: $input) {
  endpoint accepted refused failed skipped results { sourceId outcome siasnId message } } }`;
type PushReport = {
  endpoint: string;
  accepted: number;
  refused: number;
  failed: number;
  skipped: number;
  results: { sourceId: string; outcome: string; siasnId: string | null; message: string }[];
};

beforeAll(async () => {
  await siasn.start();
  app = await startTestApp({
    SIASN_BASE_URL: siasn.url,
    SIASN_GATEWAY_TOKEN_URL: `${siasn.url}/oauth/gateway`,
    SIASN_SSO_TOKEN_URL: `${siasn.url}/oauth/sso`,
    SIASN_CLIENT_ID: 'kinerja',
    SIASN_CLIENT_SECRET: 'rahasia',
    SIASN_USERNAME: 'bkpsdm',
    SIASN_PASSWORD: 'sandi',
    SIASN_REQUESTS_PER_SECOND: '20',
    SIASN_MAX_RETRIES: '2',
    SIASN_BACKOFF_MS: '5',
  });
  const agency = await createAgency(app, { code: 'PEMKOT-MATARAM' });
  hr = (await actor(app, [Role.HR_OFFICER], agency.agency)).token;
  ({ run, attempt } = runner(app, () => hr));
});
afterAll(async () => {
  await app?.close();
  await siasn.stop();
});

describe('pulling master data from the SIASN web service', () => {
  it('retries ref-unor through a 429 and a 500, then imports the tree', async () => {
    siasn.script.set('/referensi/ref-unor', [429, 500]);
    const dry = await run<{ pullSiasnUnits: { created: number; dryRun: boolean } }>(
      `mutation ($input: PullSiasnUnitsInput!) { pullSiasnUnits(input: $input) { ${REPORT} } }`,
      { input: { dryRun: true } },
    );
    expect(dry.pullSiasnUnits).toMatchObject({ dryRun: true, created: 2 });
    expect(siasn.apiRequests('/referensi/ref-unor')).toHaveLength(3);
    const pulled = await run<{ pullSiasnUnits: { created: number } }>(
      `mutation ($input: PullSiasnUnitsInput!) { pullSiasnUnits(input: $input) { ${REPORT} } }`,
      { input: {} },
    );
    expect(pulled.pullSiasnUnits.created).toBe(2);
    // Both tokens were asked for once, with the configured credentials, and reused.
    expect(siasn.tokenRequests.map((t) => [t.path, t.grant_type])).toEqual([
      ['/oauth/gateway', 'client_credentials'],
      ['/oauth/sso', 'password'],
    ]);
    expect(await app.sql(`select siasn_id, name from org_units order by depth`)).toEqual([
      { siasn_id: 'DINKES-ID', name: 'Dinas Kesehatan' },
      { siasn_id: 'SEKSI-ID', name: 'Seksi Imunisasi' },
    ]);
  });

  it('renews an expired token once and goes on; refuses a NIP SIASN does not know, writing nothing', async () => {
    for (let n = 1; n <= siasn.tokenCount; n++) siasn.expired.add(`gateway-${n}`).add(`sso-${n}`);
    const unknown = await attempt(`mutation ($input: PullSiasnEmployeesInput!) { pullSiasnEmployees(input: $input) { ${REPORT} } }`, {
      input: { nips: ['197506112000031002', '199901012020011001'] },
    });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0]!.message).toContain('199901012020011001');
    expect(await app.sql(`select count(*)::int as n from employees`)).toEqual([{ n: 0 }]);
    expect(siasn.tokenRequests).toHaveLength(4);

    const pulled = await run<{ pullSiasnEmployees: { created: number; refused: number } }>(
      `mutation ($input: PullSiasnEmployeesInput!) { pullSiasnEmployees(input: $input) { ${REPORT} } }`,
      { input: { nips: Object.keys(siasn.people) } },
    );
    expect(pulled.pullSiasnEmployees).toMatchObject({ created: 3, refused: 0 });
    // No renewal needed for the second pull: the new tokens still hold.
    expect(siasn.tokenRequests).toHaveLength(4);
    expect(await app.sql(`select pns_id, golongan from employees order by nip`)).toEqual([
      { pns_id: 'PNS-KADIS', golongan: 'IV_B' },
      { pns_id: 'PNS-SITI', golongan: 'III_C' },
      { pns_id: 'PNS-YUSUF', golongan: 'II_B' },
    ]);
  });

  it('keeps to the configured pace (20 requests a second)', () => {
    const times = siasn.seen.map((s) => s.at);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps.length).toBeGreaterThan(5);
    // 50 ms apart, give or take the jitter of a busy machine; unpaced, retries follow each other within 5-10 ms.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(25);
    const median = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(45);
  });
});

describe('pushing the performance of a closed quarter', () => {
  beforeAll(async () => {
    const kadisUser = await createUser(app, { roles: [Role.SUPERVISOR] });
    await app.sql(
      `update users set employee_id = (select id from employees where pns_id = 'PNS-KADIS'), agency_id = (select agency_id from employees where pns_id = 'PNS-KADIS') where id = ?`,
      [kadisUser.id],
    );
    const kadis = await tokenFor(app, kadisUser);
    const either = (async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await attempt(query, variables, hr);
      if (errorCode(response) === 'FORBIDDEN') return run(query, variables, kadis);
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      return response.data;
    }) as typeof run;
    const indicator = await run<{ createIndicator: { indicator: { id: string } } }>(
      `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } } }`,
      {
        input: {
          code: 'CAKUPAN',
          name: 'Cakupan imunisasi',
          direction: 'HIGHER_IS_BETTER',
          perspective: 'HASIL_KERJA',
          unit: 'PERCENT',
          aggregation: 'AVERAGE',
        },
      },
    );
    await run(`mutation ($input: CreateCriteriaTemplateInput!) { createCriteriaTemplate(input: $input) { criteriaTemplate { id } } }`, {
      input: { name: 'Umum', items: [{ indicatorId: indicator.createIndicator.indicator.id, weight: 100, target: 90 }] },
    });
    const predicates: Record<string, string> = { 'Hendra Saputra': 'BAIK', 'Siti Aminah': 'SANGAT_BAIK', 'Yusuf Effendi': 'KURANG' };
    const { periodId, plans } = await periodInEvaluation(either, {
      name: 'Triwulan I 2026',
      startDate: '2026-01-01',
      endDate: '2026-03-31',
    });
    quarter = periodId;
    for (const plan of plans) await rate(either, periodId, plan, { predicate: predicates[plan.employee.name]! });
    await confirmAll(run, periodId);
    await confirmAll((query, variables) => run(query, variables, kadis), periodId);
    await closePeriod(either, periodId);
  });

  it('reports what SIASN accepted, refused and never answered, and keeps the ids it gave', async () => {
    siasn.seen = [];
    siasn.script.set('save:PNS-SITI', [500]);
    const { pushToSiasn } = await run<{ pushToSiasn: PushReport }>(PUSH, { input: { periodId: quarter, kind: 'KINERJA_PERIODIK' } });
    expect(pushToSiasn).toMatchObject({ endpoint: '/kinerjaperiodik/save', accepted: 1, refused: 1, failed: 1, skipped: 0 });
    expect(pushToSiasn.results.map((r) => [r.outcome, r.siasnId, r.message])).toEqual([
      ['FAILED', null, expect.stringMatching(/503 .*after 3 attempts/)],
      ['ACCEPTED', 'rw-kinerja-1', 'Data berhasil disimpan'],
      ['REFUSED', null, 'Predikat Kurang memerlukan dokumen evaluasi'],
    ]);
    // The kadis' record: three attempts, all 503. Siti's: a 500, then accepted. Yusuf's: refused at once.
    expect(siasn.seen.map((s) => (s.body as { pnsDinilaiOrang?: string }).pnsDinilaiOrang)).toEqual([
      'PNS-KADIS',
      'PNS-KADIS',
      'PNS-KADIS',
      'PNS-SITI',
      'PNS-SITI',
      'PNS-YUSUF',
    ]);
    expect(siasn.saved.get('rw-kinerja-1')).toMatchObject({
      id: null,
      periodikId: 2,
      pnsDinilaiOrang: 'PNS-SITI',
      hasilKinerjaNilai: 1,
      perilakuKerjaNilai: 1,
      kuadranKinerjaNilai: 1,
      koefisienId: 12,
      penilaiNipNrp: '197506112000031002',
      penilaiNama: 'dr. Hendra Saputra, M.Kes.',
      penilaiJabatan: 'Kepala Dinas Kesehatan',
      penilaiGolongan: 42,
      penilaiUnorNama: 'Dinas Kesehatan',
      statusPenilai: 'ASN',
    });
    const status = await run<{ siasnSyncStatus: Record<string, unknown> }>(
      `{ siasnSyncStatus { configured baseUrl pushedRecords refusedRecords lastPushAt } }`,
    );
    expect(status.siasnSyncStatus).toMatchObject({ configured: true, baseUrl: siasn.url, pushedRecords: 1, refusedRecords: 1 });
    expect(status.siasnSyncStatus.lastPushAt).toEqual(expect.any(String));
  });

  it('pushes again as an update: the accepted record goes with its SIASN id, nothing is duplicated there', async () => {
    siasn.seen = [];
    const { pushToSiasn } = await run<{ pushToSiasn: PushReport }>(PUSH, { input: { periodId: quarter, kind: 'KINERJA_PERIODIK' } });
    expect(pushToSiasn.accepted).toBe(1);
    const siti = siasn.seen.find((s) => (s.body as { pnsDinilaiOrang?: string }).pnsDinilaiOrang === 'PNS-SITI');
    expect(siti!.body!.id).toBe('rw-kinerja-1');
    expect(siasn.saved.size).toBe(1);
  });
});

describe('configuration of the client', () => {
  it('is off by default and needs all its credentials when a base URL is set', () => {
    expect(loadConfig({ JWT_SECRET: TEST_JWT_SECRET }).siasn).toBeNull();
    let caught: unknown;
    try {
      loadConfig({ JWT_SECRET: TEST_JWT_SECRET, SIASN_BASE_URL: 'http://127.0.0.1:1', SIASN_SSO_TOKEN_URL: 'not a url' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).problems).toEqual([
      'SIASN_GATEWAY_TOKEN_URL must be an http(s) URL when SIASN_BASE_URL is set (got "")',
      'SIASN_SSO_TOKEN_URL must be an http(s) URL when SIASN_BASE_URL is set (got "not a url")',
      'SIASN_CLIENT_ID is required when SIASN_BASE_URL is set',
      'SIASN_CLIENT_SECRET is required when SIASN_BASE_URL is set',
      'SIASN_USERNAME is required when SIASN_BASE_URL is set',
      'SIASN_PASSWORD is required when SIASN_BASE_URL is set',
    ]);
  });

  it('answers BAD_USER_INPUT when the client is not configured', async () => {
    const plain = await startTestApp();
    try {
      const other = await createAgency(plain, { code: 'PEMKOT-TANPA-SIASN' });
      const token = (await actor(plain, [Role.HR_OFFICER], other.agency)).token;
      const response = await plain.gql(`mutation { pullSiasnUnits(input: {}) { created } }`, {}, { token });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      // A period of another agency is not found, before the missing configuration is mentioned.
      const foreign = await createAgency(plain, { code: 'PEMKOT-LAIN-SIASN' });
      const foreignHr = (await actor(plain, [Role.HR_OFFICER], foreign.agency)).token;
      const { createAppraisalPeriod } = (
        await plain.gql<{ createAppraisalPeriod: { period: { id: string } } }>(
          `mutation ($input: CreateAppraisalPeriodInput!) { createAppraisalPeriod(input: $input) { period { id } } }`,
          { input: { name: 'Triwulan I', type: 'QUARTERLY', startDate: '2026-01-01', endDate: '2026-03-31' } },
          { token: foreignHr },
        )
      ).data!;
      const push = `mutation ($input: PushToSiasnInput!) { pushToSiasn(input: $input) { accepted } }`;
      const input = { periodId: createAppraisalPeriod.period.id, kind: 'KINERJA_PERIODIK' };
      expect(errorCode(await plain.gql(push, { input }, { token }))).toBe('NOT_FOUND');
      expect(errorCode(await plain.gql(push, { input }, { token: foreignHr }))).toBe('BAD_USER_INPUT');
      const status = await plain.gql<{ siasnSyncStatus: { configured: boolean } }>(`{ siasnSyncStatus { configured } }`, {}, { token });
      expect(status.data!.siasnSyncStatus.configured).toBe(false);
    } finally {
      await plain.close();
    }
  });
});
