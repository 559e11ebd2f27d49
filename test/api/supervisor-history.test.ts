import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { actor, createAgency, Role } from '../helpers/factories.js';

/**
 * A supervisor derived from the position tree changes when someone else changes:
 * a head retires or is appointed, a reporting line is redrawn. The subordinate's
 * history must show it too, or an appraisal would name the wrong appraiser.
 */

interface Placement {
  validFrom: string;
  validTo: string | null;
  reason: string | null;
  supervisor: { name: string } | null;
}

let app: TestApp;
let admin: string;
const ids: Record<string, string> = {};

async function run<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await app.gql<T>(query, variables, { token: admin });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!;
}

async function position(key: string, input: Record<string, unknown>) {
  const data = await run<{ createPosition: { position: { id: string } } }>(
    `mutation P($input: CreatePositionInput!) { createPosition(input: $input) { position { id } } }`,
    { input: { unitId: ids.unit, type: 'PELAKSANA', grade: 6, ...input } },
  );
  ids[`pos-${key}`] = data.createPosition.position.id;
}

async function employee(key: string, nip: string, name: string, positionKey: string, effectiveDate: string) {
  const data = await run<{ createEmployee: { employee: { id: string } } }>(
    `mutation E($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`,
    { input: { nip, name, employmentType: 'PNS', golongan: 'III_A', positionId: ids[`pos-${positionKey}`], effectiveDate } },
  );
  ids[key] = data.createEmployee.employee.id;
}

async function version(key: string): Promise<number> {
  return (await run<{ employee: { version: number } }>(`query V($id: ID!) { employee(id: $id) { version } }`, { id: ids[key] })).employee
    .version;
}

async function history(key: string): Promise<Placement[]> {
  const data = await run<{ employee: { assignments: Placement[] } }>(
    `query H($id: ID!) { employee(id: $id) { assignments { validFrom validTo reason supervisor { name } } } }`,
    { id: ids[key] },
  );
  return data.employee.assignments;
}

const rows = (placements: Placement[]) => placements.map((p) => [p.validFrom, p.validTo, p.supervisor?.name ?? null]);

beforeAll(async () => {
  app = await startTestApp();
  admin = (await actor(app, [Role.SUPER_ADMIN])).token;
  const agency = await createAgency(app, { code: 'PEMKAB-ACEH-BARAT-DAYA' });
  ids.agency = agency.id;
  const unit = await run<{ createOrgUnit: { orgUnit: { id: string } } }>(
    `mutation U($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`,
    { input: { agencyId: agency.id, code: 'DISDUKCAPIL', name: 'Dinas Kependudukan dan Pencatatan Sipil', kind: 'DINAS' } },
  );
  ids.unit = unit.createOrgUnit.orgUnit.id;
  await position('kadis', { name: 'Kepala Dinas', type: 'JPT_PRATAMA', grade: 14 });
  await position('kabid', { name: 'Kepala Bidang Pelayanan', type: 'ADMINISTRATOR', grade: 11, superiorId: ids['pos-kadis'] });
  await position('kasi', { name: 'Kepala Seksi Identitas', type: 'PENGAWAS', grade: 9, superiorId: ids['pos-kabid'] });
  await position('operator', { name: 'Operator KTP-el', superiorId: ids['pos-kasi'] });
  await employee('kadis', '197003051995031001', 'Teuku Iskandar', 'kadis', '2024-01-02');
  await employee('kabid', '197506112000032002', 'Cut Nyak Meutia', 'kabid', '2024-01-02');
  await employee('kasi', '198209092008011004', 'Zulfikar', 'kasi', '2024-01-02');
  await employee('operator', '199001012015012007', 'Nurul Hidayah', 'operator', '2024-01-02');
});
afterAll(() => app?.close());

describe('supervisor history from changes to other people and to the position tree', () => {
  it('records the new supervisor when the current one retires', async () => {
    expect(rows(await history('operator'))).toEqual([['2024-01-02', null, 'Zulfikar']]);
    await run(`mutation R($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { employee { id } } }`, {
      input: { id: ids.kasi, version: await version('kasi'), status: 'PENSIUN', effectiveDate: '2025-03-01', reason: 'Pensiun BUP' },
    });
    const placements = await history('operator');
    expect(rows(placements)).toEqual([
      ['2025-03-01', null, 'Cut Nyak Meutia'],
      ['2024-01-02', '2025-02-28', 'Zulfikar'],
    ]);
    expect(placements[0]!.reason).toContain('Zulfikar');
    // The employee's own placement did not change: no version bump, nothing else recorded.
    expect(await version('operator')).toBe(1);
  });

  it('records the new supervisor when someone takes up the vacant superior position', async () => {
    await position('kasi2', { name: 'Kepala Seksi Identitas (baru)', type: 'PENGAWAS', grade: 9, superiorId: ids['pos-kabid'] });
    await run(`mutation M($input: UpdatePositionInput!) { updatePosition(input: $input) { position { id } } }`, {
      input: { id: ids['pos-operator'], version: 1, superiorId: ids['pos-kasi2'] },
    });
    // Still the Kepala Bidang while the new position is vacant: nothing to record.
    expect(await history('operator')).toHaveLength(2);
    await employee('kasi2', '198811202012121003', 'Rahmat Hidayat', 'kasi2', '2025-06-02');
    expect(rows(await history('operator'))).toEqual([
      ['2025-06-02', null, 'Rahmat Hidayat'],
      ['2025-03-01', '2025-06-01', 'Cut Nyak Meutia'],
      ['2024-01-02', '2025-02-28', 'Zulfikar'],
    ]);
  });

  it('records the change for everyone below a position whose reporting line is redrawn', async () => {
    // The section moves directly under the head of the agency, from today.
    await run(`mutation M($input: UpdatePositionInput!) { updatePosition(input: $input) { position { id } } }`, {
      input: { id: ids['pos-kasi2'], version: 1, superiorId: ids['pos-kadis'] },
    });
    const head = await history('kasi2');
    expect(head[0]!.supervisor!.name).toBe('Teuku Iskandar');
    expect(head[0]!.reason).toContain('reporting line');
    expect(head[1]!.supervisor!.name).toBe('Cut Nyak Meutia');
    // The operator's supervisor did not change, so their history did not either.
    expect(await history('operator')).toHaveLength(3);
  });

  it('records the new supervisor of people below a position filled by a CSV import', async () => {
    await position('sekretaris', { name: 'Sekretaris Dinas', type: 'ADMINISTRATOR', grade: 11, superiorId: ids['pos-kadis'] });
    await position('arsiparis', { name: 'Pengelola Arsip', superiorId: ids['pos-sekretaris'] });
    await employee('arsiparis', '199505052019032011', 'Rosmawati', 'arsiparis', '2024-01-02');
    expect(rows(await history('arsiparis'))).toEqual([['2024-01-02', null, 'Teuku Iskandar']]);
    const csv = [
      'nip,employment_type,name,unit_code,position,golongan',
      '197808082003121002,PNS,Muhammad Yusuf,DISDUKCAPIL,Sekretaris Dinas,IV/a',
    ].join('\n');
    await run(`mutation I($input: ImportEmployeesInput!) { importEmployees(input: $input) { created } }`, {
      input: { csv, agencyId: ids.agency },
    });
    const placements = await history('arsiparis');
    expect(placements[0]!.supervisor!.name).toBe('Muhammad Yusuf');
    expect(placements[0]!.reason).toContain('import');
    expect(placements[1]!.supervisor!.name).toBe('Teuku Iskandar');
  });
});
