import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../../api/src/access/policy';
import { Role } from '../../../../api/src/access/role';
import { canCoach, coachingCsvRows, goalsFromText } from './coaching-plan-rules';

const WORDS: Record<string, string> = {
  'resources.coachingPlans.export.employee': 'Pegawai',
  'resources.coachingPlans.export.status': 'Status',
  'resources.coachingPlans.export.goals': 'Sasaran',
  'resources.coachingPlans.export.period': 'Periode',
  'resources.coachingPlans.statuses.COMPLETED': 'Selesai',
  'resources.coachingPlans.outcomes.IMPROVED': 'Membaik',
  'resources.scoringSchemes.predicates.KURANG': 'Kurang',
};
const translate = (key: string, options?: Record<string, unknown>) => WORDS[key] ?? String(options?._ ?? key);

describe('coaching plan rules', () => {
  it('exports names and words, not IDs and codes', () => {
    const [row] = coachingCsvRows(
      [
        {
          id: 'c1',
          status: 'COMPLETED',
          outcome: 'IMPROVED',
          goals: ['Laporan tepat waktu', 'Antrean di bawah 30 menit'],
          startDate: '2026-07-01',
          endDate: '2026-12-31',
          employee: { fullName: 'Citra Dewi', nipFormatted: '19870303 201001 2 003' },
          mentor: null,
          evaluation: { predicate: 'KURANG', period: { name: 'Triwulan II 2026' } },
          sessions: [{}, {}],
        },
      ],
      translate,
    );
    expect(row).toMatchObject({
      Pegawai: 'Citra Dewi',
      Status: 'Selesai',
      'resources.coachingPlans.export.outcome': 'Membaik',
      Sasaran: 'Laporan tepat waktu; Antrean di bawah 30 menit',
      Periode: 'Triwulan II 2026',
      'resources.coachingPlans.export.predicate': 'Kurang',
      'resources.coachingPlans.export.mentor': '',
      'resources.coachingPlans.export.sessions': 2,
    });
  });

  it('reads goals one per line and lets the mentor coach without a role', () => {
    expect(goalsFromText(' Tepat waktu \n\n  Ramah  \n')).toEqual(['Tepat waktu', 'Ramah']);
    expect(canCoach(permissionsOf([Role.EMPLOYEE]), 'p1', 'p1')).toBe(true);
    expect(canCoach(permissionsOf([Role.EMPLOYEE]), 'p1', 'p2')).toBe(false);
    expect(canCoach(permissionsOf([Role.SUPERVISOR]), null, 'p2')).toBe(true);
  });
});
