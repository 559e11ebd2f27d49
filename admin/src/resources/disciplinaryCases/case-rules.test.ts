import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../../api/src/access/policy';
import { Role } from '../../../../api/src/access/role';
import { rewardCsvRows } from '../rewards/reward-export';
import { caseCsvRows } from './case-export';
import { refusalText } from './case-refusal';
import { caseStepper, caseSteps, sanctionTypesByLevel } from './case-rules';

/** A translator that knows a few keys and otherwise falls back as polyglot does (`_`, else the key). */
const translate = (key: string, options?: Record<string, unknown>) =>
  ({
    'resources.disciplinaryCases.fields.employee': 'Pegawai',
    'resources.disciplinaryCases.fields.status': 'Status',
    'resources.disciplinaryCases.fields.level': 'Tingkat hukuman',
    'resources.disciplinaryCases.fields.sanctionType': 'Jenis hukuman',
    'resources.disciplinaryCases.statuses.ACTIVE': 'Berjalan',
    'resources.disciplinaryCases.levels.SEDANG': 'Sedang',
    'resources.disciplinaryCases.sanctionTypes.POTONGAN_TUKIN_25_6': 'Pemotongan TPP 6 bulan',
    'resources.disciplinaryCases.refusals.SANCTION_ON_RECORD': 'Perlu catatan bersih.',
    'resources.rewards.fields.employee': 'Pegawai',
    'resources.rewards.fields.rewardTypeId': 'Jenis penghargaan',
  })[key] ??
  (options?._ as string | undefined) ??
  key;

describe('disciplinary case pages', () => {
  const hr = permissionsOf([Role.HR_OFFICER]);
  const supervisor = permissionsOf([Role.SUPERVISOR]);
  const employee = permissionsOf([Role.EMPLOYEE]);

  it('offers each status its steps, to those who take them', () => {
    expect(caseSteps({ status: 'PROPOSED', employeeId: 'e1' }, hr)).toEqual(['examine']);
    expect(caseSteps({ status: 'EXAMINED', employeeId: 'e1' }, hr)).toEqual(['examine', 'decide']);
    expect(caseSteps({ status: 'EXAMINED', employeeId: 'e1' }, supervisor, 's1')).toEqual(['examine', 'decide']);
    expect(caseSteps({ status: 'EXAMINED', employeeId: 'e1' }, supervisor, 'e1')).toEqual([]);
    expect(caseSteps({ status: 'DECIDED', employeeId: 'e1' }, hr)).toEqual(['activate', 'fileAppeal']);
    expect(caseSteps({ status: 'ACTIVE', employeeId: 'e1' }, employee, 'e1')).toEqual(['fileAppeal']);
    expect(caseSteps({ status: 'ACTIVE', employeeId: 'e1' }, employee, 'e2')).toEqual([]);
    expect(caseSteps({ status: 'ACTIVE', employeeId: 'e1', appealKind: 'KEBERATAN' }, hr)).toEqual(['complete', 'decideAppeal']);
    expect(caseSteps({ status: 'ACTIVE', employeeId: 'e1', appealKind: 'KEBERATAN', appealOutcome: 'UPHELD' }, hr)).toEqual(['complete']);
    expect(caseSteps({ status: 'REVOKED', employeeId: 'e1', appealKind: 'KEBERATAN', appealOutcome: 'ANNULLED' }, hr)).toEqual([]);
  });

  it('draws the path with the current stage, and a revoked case leaving it after the decision', () => {
    expect(caseStepper('DECIDED')).toEqual({
      steps: [
        { status: 'PROPOSED', done: true, failed: false },
        { status: 'EXAMINED', done: true, failed: false },
        { status: 'DECIDED', done: false, failed: false },
        { status: 'ACTIVE', done: false, failed: false },
        { status: 'COMPLETED', done: false, failed: false },
      ],
      active: 2,
    });
    expect(caseStepper('COMPLETED').steps.every((step) => step.done)).toBe(true);
    expect(caseStepper('REVOKED')).toMatchObject({ active: 3, steps: [{}, {}, { done: true }, { status: 'REVOKED', failed: true }] });
  });

  it('groups the catalogue by level, lightest first', () => {
    const types = [
      { code: 'PEMBERHENTIAN', level: 'BERAT', name: 'Pemberhentian' },
      { code: 'TEGURAN_LISAN', level: 'RINGAN', name: 'Teguran lisan' },
      { code: 'POTONGAN_TUKIN_25_6', level: 'SEDANG', name: 'Potongan 6 bulan' },
      { code: 'TEGURAN_TERTULIS', level: 'RINGAN', name: 'Teguran tertulis' },
    ];
    expect(sanctionTypesByLevel(types).map((group) => [group.level, group.types.map((type) => type.code)])).toEqual([
      ['RINGAN', ['TEGURAN_LISAN', 'TEGURAN_TERTULIS']],
      ['SEDANG', ['POTONGAN_TUKIN_25_6']],
      ['BERAT', ['PEMBERHENTIAN']],
    ]);
  });

  it('exports cases and rewards with names and words, not IDs', () => {
    const [row] = caseCsvRows(
      [
        {
          status: 'ACTIVE',
          violation: 'Tidak masuk kerja',
          violationDate: '2026-01-05',
          article: 'Pasal 4',
          decreeNumber: '800/1',
          effectiveFrom: '2026-02-02',
          endDate: '2026-08-01',
          employee: { fullName: 'Ani Lestari', nip: '198501012010012001' },
          sanctionType: { code: 'POTONGAN_TUKIN_25_6', name: 'Pemotongan tunjangan kinerja', level: 'SEDANG' },
        },
      ],
      translate,
    );
    expect(row).toMatchObject({
      Pegawai: 'Ani Lestari',
      Status: 'Berjalan',
      'Tingkat hukuman': 'Sedang',
      'Jenis hukuman': 'Pemotongan TPP 6 bulan',
    });
    expect(row!['resources.disciplinaryCases.fields.endDate']).toBe('2026-08-01');
    const [reward] = rewardCsvRows(
      [
        {
          grantedOn: '2026-03-01',
          reason: 'Inovasi',
          employee: { fullName: 'Budi' },
          rewardType: { code: 'PIAGAM_PENGHARGAAN', name: 'Piagam' },
        },
      ],
      translate,
    );
    expect(reward).toMatchObject({ Pegawai: 'Budi', 'Jenis penghargaan': 'Piagam' });
  });

  it("explains a refusal with a headline for the API's reason, then the API's own sentence", () => {
    const refusal = {
      message: 'ASN Berprestasi needs a clean record',
      status: 409,
      body: { code: 'CONFLICT', graphQLErrors: [{ extensions: { reason: 'SANCTION_ON_RECORD' } }] },
    };
    expect(refusalText(refusal, translate)).toBe('Perlu catatan bersih. ASN Berprestasi needs a clean record');
    // An unknown reason adds no headline.
    expect(refusalText({ message: 'Boom', body: { code: 'INTERNAL_SERVER_ERROR' } }, translate)).toBe('Boom');
  });
});
