import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../../api/src/access/policy';
import { Role } from '../../../../api/src/access/role';
import { planCsvRows } from './plan-export';
import {
  parseEvidenceLinks,
  planActionsFor,
  recordablePeriods,
  targetText,
  todayInIndonesia,
  toPlanTargetInputs,
  toPlanTargetValues,
  validateEvidenceLinks,
  validatePlanTargets,
} from './plan-rules';

const validate = (value: unknown) => validatePlanTargets(value, {}, { source: 'targets' } as never);
const validateLinks = (value: unknown) => validateEvidenceLinks(value, {}, { source: 'evidenceLinks' } as never);

const employee = { employeeId: 'E1', permissions: permissionsOf([Role.EMPLOYEE]) };
const supervisor = { employeeId: 'S1', permissions: permissionsOf([Role.SUPERVISOR]) };
const hr = { employeeId: null, permissions: permissionsOf([Role.HR_OFFICER]) };
const plan = (status: string, periodStatus = 'PLANNING', appraiserId: string | null = 'S1') => ({
  status,
  employeeId: 'E1',
  appraiserId,
  periodStatus,
});

describe('performance plan rules', () => {
  it('lets the employee and HR write and submit a draft or returned plan, not the appraiser', () => {
    for (const status of ['DRAFT', 'RETURNED']) {
      expect(planActionsFor(plan(status), employee)).toEqual({ editTargets: true, submit: true, decide: false, recordRealizations: false });
      expect(planActionsFor(plan(status), hr)).toMatchObject({ editTargets: true, submit: true });
      expect(planActionsFor(plan(status), supervisor)).toMatchObject({ editTargets: false, submit: false, decide: false });
    }
  });

  it('lets only the appraiser decide on a submitted plan, HR when there is no appraiser', () => {
    expect(planActionsFor(plan('SUBMITTED'), supervisor)).toMatchObject({ decide: true, editTargets: false });
    expect(planActionsFor(plan('SUBMITTED'), employee)).toMatchObject({ decide: false, submit: false });
    expect(planActionsFor(plan('SUBMITTED'), hr)).toMatchObject({ decide: false });
    expect(planActionsFor(plan('SUBMITTED', 'PLANNING', null), hr)).toMatchObject({ decide: true });
    expect(planActionsFor(plan('SUBMITTED', 'PLANNING', null), supervisor)).toMatchObject({ decide: false });
  });

  it('offers realisations on an approved plan while the period is monitored or evaluated, and nothing once closed', () => {
    expect(planActionsFor(plan('APPROVED', 'PLANNING'), employee).recordRealizations).toBe(false);
    expect(planActionsFor(plan('APPROVED', 'MONITORING'), employee).recordRealizations).toBe(true);
    expect(planActionsFor(plan('APPROVED', 'EVALUATION'), hr).recordRealizations).toBe(true);
    expect(planActionsFor(plan('APPROVED', 'MONITORING'), supervisor).recordRealizations).toBe(false);
    expect(planActionsFor(plan('DRAFT', 'CLOSED'), employee)).toEqual({
      editTargets: false,
      submit: false,
      decide: false,
      recordRealizations: false,
    });
    expect(planActionsFor(undefined, employee).submit).toBe(false);
    expect(planActionsFor(plan('DRAFT'), null).submit).toBe(false);
  });

  it('refuses targets whose main weights do not reach 100, naming the total', () => {
    expect(validate([{ weight: 50 }, { category: 'UTAMA', weight: '40' }, { category: 'TAMBAHAN', weight: 10 }])).toEqual({
      message: 'resources.performancePlans.validation.mainWeight',
      args: { total: '90', required: 100 },
    });
    expect(validate([{ weight: 60 }, { weight: 40 }])).toBeUndefined();
    expect(validate([])).toBe('resources.performancePlans.validation.noTargets');
    expect(validate([{ category: 'TAMBAHAN', weight: 100 }])).toBe('resources.performancePlans.validation.noMain');
  });

  it('turns the plan targets into form values and back into the API input, keeping ids and cascading', () => {
    const record = {
      id: 'T1',
      indicatorId: 'I1',
      category: 'UTAMA',
      weight: 60,
      target: 30,
      targetMax: null,
      supportsId: 'ST1',
      description: 'Layanan KTP',
      aspect: 'WAKTU',
    };
    const values = toPlanTargetValues([record]);
    expect(values).toEqual([record]);
    expect(
      toPlanTargetInputs([
        ...values,
        { indicatorId: 'I2', weight: '40', target: '95,5', targetMax: '', supportsId: '', description: '  ', aspect: '' },
      ]),
    ).toEqual([
      {
        id: 'T1',
        indicatorId: 'I1',
        category: 'UTAMA',
        weight: 60,
        target: 30,
        targetMax: null,
        supportsId: 'ST1',
        description: 'Layanan KTP',
        aspect: 'WAKTU',
      },
      {
        indicatorId: 'I2',
        category: 'UTAMA',
        weight: 40,
        target: 95.5,
        targetMax: null,
        supportsId: null,
        description: null,
        aspect: null,
      },
    ]);
  });

  it('writes a target or range with its unit', () => {
    expect(targetText({ target: 30, targetMax: null }, 'Menit')).toBe('30 Menit');
    expect(targetText({ target: 90, targetMax: 110.5 }, 'Persen')).toBe('90 – 110,5 Persen');
    expect(targetText({ target: null, targetMax: null }, 'Menit')).toBe('—');
  });

  it('reads evidence links one per line and refuses links that are not http(s)', () => {
    expect(parseEvidenceLinks(' https://a.example/1\n\nhttp://b.example/2  https://c.example/3 ')).toEqual([
      'https://a.example/1',
      'http://b.example/2',
      'https://c.example/3',
    ]);
    expect(parseEvidenceLinks(undefined)).toEqual([]);
    expect(validateLinks('https://a.example/1\nhttp://b.example')).toBeUndefined();
    expect(validateLinks('https://a.example/1\nftp://b.example')).toEqual({
      message: 'resources.performancePlans.validation.badLink',
      args: { link: 'ftp://b.example' },
    });
    expect(validateLinks(Array.from({ length: 11 }, (_, i) => `https://a.example/${i}`).join('\n'))).toMatchObject({ args: { max: 10 } });
  });

  it('offers the started sub-periods in time order, then the period itself', () => {
    const year = { id: 'Y', name: '2026', startDate: '2026-01-01' };
    const quarters = [
      { id: 'Q2', name: 'Triwulan II', startDate: '2026-04-01' },
      { id: 'Q1', name: 'Triwulan I', startDate: '2026-01-01' },
      { id: 'Q3', name: 'Triwulan III', startDate: '2026-07-01' },
    ];
    expect(recordablePeriods(year, quarters, '2026-04-01').map((period) => period.id)).toEqual(['Q1', 'Q2', 'Y']);
    expect(recordablePeriods(year, [], '2026-04-01').map((period) => period.id)).toEqual(['Y']);
    expect(todayInIndonesia(new Date('2026-03-31T18:00:00Z'))).toBe('2026-04-01');
  });

  it('exports plans with names and the status in words', () => {
    const translate = (key: string, options?: Record<string, unknown>) =>
      key === 'resources.performancePlans.statuses.SUBMITTED'
        ? 'Diajukan'
        : key.startsWith('resources.performancePlans.export.')
          ? key.split('.').pop()!
          : String(options?._ ?? key);
    expect(
      planCsvRows(
        [
          {
            id: 'P1',
            status: 'SUBMITTED',
            mainWeight: 100,
            period: { name: 'Tahun 2026' },
            employee: { name: 'Rahmawati', nip: '198204122006042003' },
            unit: { name: 'Disdukcapil' },
            position: { name: 'Pengadministrasi' },
            appraiser: { name: 'Budi', nip: '197001011990031001' },
            targets: [{}, {}],
          },
          { id: 'P2', status: 'DRAFT', mainWeight: 0, employee: { name: 'Sari', nip: '1' }, appraiser: null, targets: [] },
        ],
        translate,
      ),
    ).toEqual([
      {
        period: 'Tahun 2026',
        employee: 'Rahmawati',
        nip: '198204122006042003',
        unit: 'Disdukcapil',
        position: 'Pengadministrasi',
        appraiser: 'Budi (197001011990031001)',
        status: 'Diajukan',
        targets: 2,
        mainWeight: 100,
      },
      { period: '', employee: 'Sari', nip: '1', unit: '', position: '', appraiser: '', status: 'DRAFT', targets: 0, mainWeight: 0 },
    ]);
  });
});
