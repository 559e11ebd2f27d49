import { describe, expect, it } from 'vitest';
import { caseStepper, caseSteps, sanctionTypesByLevel } from './case-rules';

describe('disciplinary case pages', () => {
  const hr = ['HR_OFFICER'];
  const supervisor = ['SUPERVISOR'];
  const employee = ['EMPLOYEE'];

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
});
