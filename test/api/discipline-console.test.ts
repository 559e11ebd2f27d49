import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInIndonesia } from '../../api/src/dates.js';
import { errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';

/**
 * What the console's discipline and reward pages need beyond the lifecycle (discipline.test.ts):
 * `node(id:)` for the catalogues, one reward by ID, and the list filters (level, text, type).
 */

let app: TestApp;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
const today = todayInIndonesia();

type Case = { id: string; version: number; status: string };
const step = async (mutation: string, input: Record<string, unknown>) =>
  (
    await run<Record<string, { case: Case }>>(
      `mutation ($input: ${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { case { id version status } } }`,
      { input },
    )
  )[mutation]!.case;

/** A case of `employee` decided with `sanction`, its decree dated `decreeNumber`. */
const decidedCase = async (employee: string, sanction: string, decreeNumber: string) => {
  const proposed = await step('proposeDisciplinaryCase', {
    employeeId: ids[employee],
    violation: 'Tidak masuk kerja tanpa keterangan selama beberapa hari',
    violationDate: addDays(today, -30),
    article: 'PP 94/2021 Pasal 3 huruf f',
  });
  const examined = await step('examineDisciplinaryCase', {
    id: proposed.id,
    version: proposed.version,
    examinedOn: addDays(today, -20),
    examiners: ['Kepala Bidang'],
    record: 'Berita acara pemeriksaan: pegawai mengakui.',
  });
  return step('decideDisciplinaryCase', {
    id: examined.id,
    version: examined.version,
    sanctionTypeCode: sanction,
    decreeNumber,
    decreeDate: addDays(today, -10),
    effectiveFrom: addDays(today, -5),
  });
};

beforeAll(async () => {
  app = await startTestApp();
  const agency = await createAgency(app, { code: 'PEMKOT-KONSOL-DISIPLIN' });
  const other = await createAgency(app, { code: 'PEMKOT-LAIN-DISIPLIN' });
  tokens.hr = (await actor(app, [Role.HR_OFFICER], agency.agency)).token;
  tokens.outsider = (await actor(app, [Role.HR_OFFICER], other.agency)).token;
  ({ run, attempt } = runner(app, () => tokens.hr!));
  const { createOrgUnit } = await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
    `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
    { input: { agencyId: agency.id, code: 'BKPSDM', name: 'BKPSDM Konsol', kind: 'BADAN' } },
  );
  const people: [string, string, string][] = [
    ['ani', '198501012010012001', 'Ani Lestari'],
    ['budi', '198602022010011002', 'Budi Santoso'],
    ['citra', '198703032010012003', 'Citra Kirana'],
  ];
  for (const [key, nip, name] of people) {
    ids[key] = (
      await run<{ createEmployee: { employee: { id: string } } }>(
        `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`,
        { input: { nip, name, employmentType: 'PNS', golongan: 'III_A', unitId: createOrgUnit.orgUnit.id } },
      )
    ).createEmployee.employee.id;
  }
});
afterAll(() => app?.close());

describe('catalogues through node(id:)', () => {
  it('fetches a sanction type for anyone signed in, and a reward type within its agency only', async () => {
    const { sanctionTypes } = await run<{ sanctionTypes: { id: string; code: string }[] }>(`{ sanctionTypes { id code } }`);
    const cut = sanctionTypes.find((type) => type.code === 'POTONGAN_TUKIN_25_6')!;
    const NODE = `query ($id: ID!) { node(id: $id) { __typename id ... on SanctionType { code level durationMonths }
      ... on RewardType { code name requiresCleanRecord agencyId } } }`;
    expect((await run<{ node: unknown }>(NODE, { id: cut.id }, tokens.outsider)).node).toEqual({
      __typename: 'SanctionType',
      id: cut.id,
      code: 'POTONGAN_TUKIN_25_6',
      level: 'SEDANG',
      durationMonths: 6,
    });

    const { createRewardType } = await run<{ createRewardType: { rewardType: { id: string; agencyId: string } } }>(
      `mutation ($input: CreateRewardTypeInput!) { createRewardType(input: $input) { rewardType { id agencyId } } }`,
      { input: { code: 'PELAYAN_TERBAIK', name: 'Pelayan Publik Terbaik', requiresCleanRecord: true } },
    );
    const own = createRewardType.rewardType;
    expect((await run<{ node: unknown }>(NODE, { id: own.id })).node).toEqual({
      __typename: 'RewardType',
      id: own.id,
      code: 'PELAYAN_TERBAIK',
      name: 'Pelayan Publik Terbaik',
      requiresCleanRecord: true,
      agencyId: own.agencyId,
    });
    // Another agency's type is as good as absent; the national ones are everyone's.
    expect((await run<{ node: unknown }>(NODE, { id: own.id }, tokens.outsider)).node).toBeNull();
    const { rewardTypes } = await run<{ rewardTypes: { id: string; code: string }[] }>(`{ rewardTypes { id code } }`, {}, tokens.outsider);
    const national = rewardTypes.find((type) => type.code === 'ASN_BERPRESTASI')!;
    expect((await run<{ node: { code: string } }>(NODE, { id: national.id }, tokens.outsider)).node.code).toBe('ASN_BERPRESTASI');
  });
});

describe('list filters and one reward', () => {
  beforeAll(async () => {
    await decidedCase('ani', 'POTONGAN_TUKIN_25_6', '800/KONSOL-01/BKPSDM');
    await decidedCase('budi', 'TEGURAN_TERTULIS', '800/KONSOL-02/BKPSDM');
    await step('proposeDisciplinaryCase', {
      employeeId: ids.citra,
      violation: 'Terlambat masuk kerja berulang kali dalam sebulan',
      violationDate: addDays(today, -3),
      article: 'PP 94/2021 Pasal 4 huruf a',
    });
  });

  const names = async (filter: Record<string, unknown>) =>
    (
      await run<{ disciplinaryCases: { nodes: { employee: { name: string } }[] } }>(
        `query ($filter: DisciplinaryCaseFilter) { disciplinaryCases(filter: $filter, orderBy: [{ field: EMPLOYEE_NAME }]) { nodes { employee { name } } } }`,
        { filter },
      )
    ).disciplinaryCases.nodes.map((node) => node.employee.name);

  it('filters cases by the level of the sanction decided and by free text', async () => {
    expect(await names({ level: { eq: 'SEDANG' } })).toEqual(['Ani Lestari']);
    expect(await names({ level: { in: ['RINGAN', 'SEDANG'] } })).toEqual(['Ani Lestari', 'Budi Santoso']);
    expect(await names({ level: { isNull: true } })).toEqual(['Citra Kirana']);
    expect(await names({ q: 'budi' })).toEqual(['Budi Santoso']);
    expect(await names({ q: '198703' })).toEqual(['Citra Kirana']);
    expect(await names({ q: 'KONSOL-01' })).toEqual(['Ani Lestari']);
    expect(await names({ q: 'Pasal 4' })).toEqual(['Citra Kirana']);
    expect(await names({ status: { eq: 'DECIDED' }, level: { eq: 'RINGAN' } })).toEqual(['Budi Santoso']);
  });

  it('reads one reward within scope, filters rewards by type and text, in a constant number of statements', async () => {
    const GRANT = `mutation ($input: GrantRewardInput!) { grantReward(input: $input) { reward { id } } }`;
    const granted: string[] = [];
    for (const [employee, code, reason] of [
      ['budi', 'PIAGAM_PENGHARGAAN', 'Layanan selesai tepat waktu'],
      ['citra', 'PIAGAM_PENGHARGAAN', 'Inovasi antrean daring'],
      ['citra', 'ASN_BERPRESTASI', 'Juara inovasi pelayanan'],
    ] as const) {
      const { grantReward } = await run<{ grantReward: { reward: { id: string } } }>(GRANT, {
        input: { employeeId: ids[employee], rewardTypeCode: code, grantedOn: today, decreeNumber: `SK/${code}`, reason },
      });
      granted.push(grantReward.reward.id);
    }
    const ONE = `query ($id: ID!) { reward(id: $id) { id reason rewardType { code } employee { name } } }`;
    expect((await run<{ reward: unknown }>(ONE, { id: granted[2] })).reward).toEqual({
      id: granted[2],
      reason: 'Juara inovasi pelayanan',
      rewardType: { code: 'ASN_BERPRESTASI' },
      employee: { name: 'Citra Kirana' },
    });
    expect(errorCode(await attempt(ONE, { id: granted[2] }, tokens.outsider))).toBe('NOT_FOUND');

    const { rewardTypes } = await run<{ rewardTypes: { id: string; code: string }[] }>(`{ rewardTypes { id code } }`);
    const piagam = rewardTypes.find((type) => type.code === 'PIAGAM_PENGHARGAAN')!.id;
    const LIST = `query ($filter: RewardFilter, $first: Int) { rewards(filter: $filter, first: $first) {
      totalCount nodes { reason employee { name } rewardType { name } } } }`;
    const reasons = async (filter: Record<string, unknown>) =>
      (await run<{ rewards: { nodes: { reason: string }[] } }>(LIST, { filter })).rewards.nodes.map((node) => node.reason).sort();
    expect(await reasons({ rewardTypeId: { eq: piagam } })).toEqual(['Inovasi antrean daring', 'Layanan selesai tepat waktu']);
    expect(await reasons({ q: 'citra' })).toEqual(['Inovasi antrean daring', 'Juara inovasi pelayanan']);
    expect(await reasons({ q: 'tepat waktu' })).toEqual(['Layanan selesai tepat waktu']);
    expect(await reasons({ id: { in: [granted[0], granted[2]] } })).toEqual(['Juara inovasi pelayanan', 'Layanan selesai tepat waktu']);
    // Employees and types are batched: one page costs the same, whatever its size.
    const one = await attempt(LIST, { first: 1 });
    const three = await attempt(LIST, { first: 3 });
    expect(three.errors).toBeUndefined();
    expect(three.sqlStatements).toBe(one.sqlStatements);
  });
});
