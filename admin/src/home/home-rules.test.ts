import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../api/src/access/policy';
import { Role } from '../../../api/src/access/role';
import {
  currentPlan,
  filterQueue,
  homeKindOf,
  latestEvaluation,
  objectionsToDecide,
  previousMonth,
  queuePeople,
  targetProgress,
  todayInIndonesia,
  visibleAllowance,
  weekStart,
} from './home-rules';

const plan = (name: string, status: string, startDate: string, endDate: string, evaluation: string | null = null) => ({
  name,
  period: { status, startDate, endDate },
  evaluation: evaluation ? { status: evaluation } : null,
});

describe('the homes', () => {
  it('are chosen from the permissions: offices the dashboard, supervisors their team, everyone else their own work', () => {
    for (const role of [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER, Role.EVALUATOR])
      expect(homeKindOf(permissionsOf([role]))).toBe('office');
    expect(homeKindOf(permissionsOf([Role.SUPERVISOR]))).toBe('supervisor');
    expect(homeKindOf(permissionsOf([Role.EMPLOYEE]))).toBe('employee');
    expect(homeKindOf(permissionsOf([Role.SUPERVISOR, Role.HR_OFFICER]))).toBe('office');
    expect(homeKindOf(undefined)).toBe('employee');
  });

  it('count days in Western Indonesia, weeks from Monday, the allowance of the month before', () => {
    expect(todayInIndonesia(Date.parse('2026-12-07T18:30:00Z'))).toBe('2026-12-08');
    expect(weekStart('2026-12-08')).toBe('2026-12-07');
    expect(weekStart('2026-12-13')).toBe('2026-12-07');
    expect(weekStart('2026-12-07')).toBe('2026-12-07');
    expect(previousMonth('2026-12-08')).toBe('2026-11');
    expect(previousMonth('2026-01-15')).toBe('2025-12');
  });

  it('show the plan of the running period and the latest evaluation past its draft', () => {
    const plans = [
      plan('I', 'CLOSED', '2026-01-01', '2026-03-31', 'ACKNOWLEDGED'),
      plan('III', 'EVALUATION', '2026-07-01', '2026-09-30', 'CONFIRMED'),
      plan('IV', 'MONITORING', '2026-10-01', '2026-12-31', 'DRAFT'),
    ];
    expect(currentPlan(plans, '2026-12-08')?.name).toBe('IV');
    expect(currentPlan(plans, '2027-01-05')?.name).toBe('IV');
    expect(currentPlan([plans[0]!], '2026-12-08')).toBeNull();
    expect(latestEvaluation(plans)?.name).toBe('III');
    expect(latestEvaluation([plans[2]!])).toBeNull();
  });

  it('measure a target by its recorded value, capped at 100 %, and show an allowance only once verified', () => {
    expect(targetProgress({ target: 300, periodValue: 150 })).toBe(50);
    expect(targetProgress({ target: 300, periodValue: 450 })).toBe(100);
    expect(targetProgress({ target: 300, periodValue: null })).toBeNull();
    expect(targetProgress({ target: null, periodValue: 3 })).toBeNull();
    const rows = ['DRAFT', 'VERIFIED', 'APPROVED', 'LOCKED'].map((sheetStatus) => ({ sheetStatus }));
    expect(visibleAllowance(rows).map((row) => row.sheetStatus)).toEqual(['VERIFIED', 'APPROVED', 'LOCKED']);
  });

  it("filter the supervisor's queue by person and days, and list the objections they decide", () => {
    const reports = [
      { id: '1', date: '2026-12-01', employee: { id: 'b', fullName: 'Budi' } },
      { id: '2', date: '2026-12-03', employee: { id: 'a', fullName: 'Ani' } },
      { id: '3', date: '2026-12-05', employee: { id: 'b', fullName: 'Budi' } },
    ];
    expect(filterQueue(reports, {}).map((r) => r.id)).toEqual(['1', '2', '3']);
    expect(filterQueue(reports, { employeeId: 'b' }).map((r) => r.id)).toEqual(['1', '3']);
    expect(filterQueue(reports, { from: '2026-12-03', to: '2026-12-04' }).map((r) => r.id)).toEqual(['2']);
    expect(queuePeople(reports)).toEqual([
      { id: 'a', name: 'Ani' },
      { id: 'b', name: 'Budi' },
    ]);
    const plans = [
      { id: 'p1', appraiserSuperiorId: 'me', evaluation: { status: 'OBJECTED' } },
      { id: 'p2', appraiserSuperiorId: 'other', evaluation: { status: 'OBJECTED' } },
      { id: 'p3', appraiserSuperiorId: 'me', evaluation: { status: 'CONFIRMED' } },
    ];
    expect(objectionsToDecide(plans, 'me').map((p) => p.id)).toEqual(['p1']);
    expect(objectionsToDecide(plans, null)).toEqual([]);
  });
});
