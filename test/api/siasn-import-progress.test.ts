import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';
import { nipFor } from '../bench/support.js';

/**
 * Issue 13: progress of long SIASN imports. The import runs in one
 * transaction; its progress goes through a connection of its own, so a second
 * request sees it advance while the first one is still running.
 */
let app: TestApp;
let hr: string;
let otherHr: string;
let agency: Awaited<ReturnType<typeof createAgency>>;

const EMPLOYEES = 6_000;
const UNITS = 20;
const IMPORT = `mutation ($input: ImportSiasnInput!) { importSiasnEmployees(input: $input) { dryRun rows created changed refused } }`;
const PROGRESS = `query ($key: String!) { siasnImportProgress(key: $key) { key target dryRun phase processed total message startedAt updatedAt } }`;
const ORDER = ['PARSING', 'MATCHING', 'WRITING_UNITS', 'WRITING_EMPLOYEES', 'HISTORY', 'DONE', 'FAILED'];

interface Progress {
  key: string;
  target: string;
  dryRun: boolean;
  phase: string;
  processed: number;
  total: number;
  message: string | null;
}

const csv = (count: number) => {
  const rows = [
    'pns_id,nip_baru,nama,gelar_depan,gelar_belakang,gol_akhir_id,tmt_gol_akhir,jenis_jabatan_id,eselon_id,jabatan_nama,kelas_jabatan,unor_id,tmt_jabatan',
  ];
  for (let i = 0; i < count; i++) {
    rows.push(`P-${i},'${nipFor(i).nip},Pegawai ${i},null,null,'31,01-04-2020,'4,null,Pelaksana ${i % 7},'6,U${i % UNITS},02-01-2020`);
  }
  return rows.join('\n');
};

const progressOf = (key: string, token = hr) => app.gql<{ siasnImportProgress: Progress }>(PROGRESS, { key }, { token });

beforeAll(async () => {
  app = await startTestApp({ BODY_LIMIT: '50mb' });
  agency = await createAgency(app, { code: 'PEMKAB-PROGRESS' });
  hr = (await actor(app, [Role.HR_OFFICER], agency.agency)).token;
  otherHr = (await actor(app, [Role.HR_OFFICER], agency.agency)).token;
  const units = [
    { Id: 'ROOT', NamaUnor: 'Pemerintah Kabupaten' },
    ...Array.from({ length: UNITS }, (_, i) => ({ Id: `U${i}`, DiatasanId: 'ROOT', NamaUnor: `Bidang ${i}` })),
  ];
  const tree = await app.gql(
    `mutation ($input: ImportSiasnInput!) { importSiasnUnits(input: $input) { created } }`,
    { input: { content: JSON.stringify(units) } },
    { token: hr },
  );
  expect(tree.errors).toBeUndefined();
});
afterAll(() => app?.close());

describe('progress of a SIASN import', () => {
  it('a second request follows a large import as it runs: phases in order, counts advancing, then done', async () => {
    const key = randomUUID();
    const running = app.gql<{ importSiasnEmployees: { created: number } }>(
      IMPORT,
      { input: { content: csv(EMPLOYEES), progressKey: key } },
      { token: hr },
    );
    let finished = false;
    void running.finally(() => (finished = true));
    const seen: Progress[] = [];
    while (!finished) {
      const response = await progressOf(key);
      // Before the import has claimed its key there is nothing to see yet.
      if (response.errors) expect(errorCode(response)).toBe('NOT_FOUND');
      else seen.push(response.data!.siasnImportProgress);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const imported = await running;
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importSiasnEmployees.created).toBe(EMPLOYEES);

    const last = (await progressOf(key)).data!.siasnImportProgress;
    expect(last).toMatchObject({
      key,
      target: 'EMPLOYEES',
      dryRun: false,
      phase: 'DONE',
      processed: EMPLOYEES,
      total: EMPLOYEES,
      message: null,
    });
    // Seen while running: the comparison part way through, and the writes inside the still open transaction.
    const during = seen.filter((p) => p.phase !== 'DONE');
    // Which phase is caught part way depends on the machine's speed (reports come at most every 200 ms).
    expect(during.some((p) => p.processed > 0 && p.processed < EMPLOYEES)).toBe(true);
    expect(new Set(during.map((p) => p.phase)).size).toBeGreaterThanOrEqual(2);
    // Never backwards: phases in order, counts growing within a phase.
    for (let i = 1; i < seen.length; i++) {
      const [before, after] = [seen[i - 1]!, seen[i]!];
      expect(ORDER.indexOf(after.phase)).toBeGreaterThanOrEqual(ORDER.indexOf(before.phase));
      if (after.phase === before.phase) expect(after.processed).toBeGreaterThanOrEqual(before.processed);
    }
    expect(new Set(seen.map((p) => `${p.phase}:${p.processed}`)).size).toBeGreaterThanOrEqual(3);
  }, 240_000);

  it("is the importer's own: another user, an unknown key and a key that is not a UUID are NOT_FOUND", async () => {
    const key = randomUUID();
    const dry = await app.gql(IMPORT, { input: { content: csv(10), dryRun: true, progressKey: key } }, { token: hr });
    expect(dry.errors).toBeUndefined();
    expect((await progressOf(key)).data!.siasnImportProgress).toMatchObject({ phase: 'DONE', dryRun: true, processed: 10, total: 10 });

    expect(errorCode(await progressOf(key, otherHr))).toBe('NOT_FOUND');
    expect(errorCode(await progressOf(randomUUID()))).toBe('NOT_FOUND');
    expect(errorCode(await progressOf('not-a-key'))).toBe('NOT_FOUND');
    // Someone else cannot take the key over, nor read through it afterwards.
    const taken = await app.gql(IMPORT, { input: { content: csv(10), dryRun: true, progressKey: key } }, { token: otherHr });
    expect(errorCode(taken)).toBe('BAD_USER_INPUT');
    expect(taken.errors![0]!.extensions.field).toBe('input.progressKey');
    const bad = await app.gql(IMPORT, { input: { content: csv(10), dryRun: true, progressKey: 'abc' } }, { token: hr });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('a refused file ends FAILED with the reason and writes nothing', async () => {
    const key = randomUUID();
    const [before] = await app.sql<{ n: string }>(`select count(*) as n from employees`);
    const content = `${csv(3)}\nP-X,'123,Salah,null,null,'31,01-04-2020,'4,null,Pelaksana,'6,U0,02-01-2020`;
    const refused = await app.gql(IMPORT, { input: { content: content.replaceAll('P-', 'Q-'), progressKey: key } }, { token: hr });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    const progress = (await progressOf(key)).data!.siasnImportProgress;
    expect(progress.phase).toBe('FAILED');
    expect(progress.message).toBe(refused.errors![0]!.message);
    expect(await app.sql<{ n: string }>(`select count(*) as n from employees`)).toEqual([before]);
  });
});
