import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../../api/src/access/policy';
import { Role } from '../../../../api/src/access/role';
import {
  targetChoicesFor,
  linksAsText,
  requireHoursUnlessTimed,
  timeRangeOf,
  toWorkReportInput,
  validateHours,
  validateNotFuture,
  workReportActionsFor,
} from './work-report-rules';

const siti = { employeeId: 'siti', permissions: permissionsOf([Role.EMPLOYEE]) };
const budi = { employeeId: 'budi', permissions: permissionsOf([Role.SUPERVISOR]) };
const hr = { employeeId: null, permissions: permissionsOf([Role.HR_OFFICER]) };

describe('daily work reports in the console', () => {
  it('lets the employee change her report until approved, and reviewers decide a submitted one', () => {
    const submitted = { employeeId: 'siti', status: 'SUBMITTED' };
    expect(workReportActionsFor(submitted, siti)).toEqual({ edit: true, delete: true, review: false, comment: true });
    expect(workReportActionsFor(submitted, budi)).toEqual({ edit: false, delete: false, review: true, comment: true });
    expect(workReportActionsFor(submitted, hr)).toMatchObject({ review: true, comment: true });
    expect(workReportActionsFor({ employeeId: 'siti', status: 'APPROVED' }, siti)).toMatchObject({ edit: false, delete: false });
    expect(workReportActionsFor({ employeeId: 'siti', status: 'RETURNED' }, budi)).toMatchObject({ review: false, comment: true });
    expect(workReportActionsFor(submitted, { employeeId: 'dewi', permissions: permissionsOf([Role.EMPLOYEE]) })).toEqual({
      edit: false,
      delete: false,
      review: false,
      comment: false,
    });
  });

  it('sends the links as a list, the hours as a number and no target as null', () => {
    expect(
      toWorkReportInput({
        date: '2026-11-20',
        activity: ' Melayani perekaman KTP-el ',
        output: '12 KTP-el',
        hours: '3.5',
        targetId: '',
        evidenceLinks: 'https://bukti.example/1\n\nhttps://bukti.example/2 ',
      }),
    ).toEqual({
      date: '2026-11-20',
      activity: 'Melayani perekaman KTP-el',
      output: '12 KTP-el',
      hours: 3.5,
      startTime: null,
      endTime: null,
      overtime: false,
      targetId: null,
      evidenceLinks: ['https://bukti.example/1', 'https://bukti.example/2'],
    });
    expect(linksAsText(['a', 'b'])).toBe('a\nb');
    expect(linksAsText(null)).toBe('');
  });

  it('checks hours and the day before sending', () => {
    expect(validateHours(0)).toBe('resources.workReports.validation.hours');
    expect(validateHours(24.5)).toBe('resources.workReports.validation.hours');
    expect(validateHours(8)).toBeUndefined();
    expect(validateHours('')).toBeUndefined();
    expect(validateNotFuture('2026-11-24')('2026-11-25')).toBe('resources.workReports.validation.future');
    expect(validateNotFuture('2026-11-24')('2026-11-24')).toBeUndefined();
  });

  it('sends a timed report with its times as HH:MM and no hours, which the API derives', () => {
    expect(toWorkReportInput({ hours: 3.5, startTime: '08:00:00', endTime: '10:30', overtime: true })).toMatchObject({
      hours: null,
      startTime: '08:00',
      endTime: '10:30',
      overtime: true,
    });
    expect(toWorkReportInput({ hours: 2, startTime: '08:00', endTime: '' })).toMatchObject({ hours: 2, startTime: '08:00', endTime: null });
    expect(requireHoursUnlessTimed('', { startTime: '08:00', endTime: '10:30' })).toBeUndefined();
    expect(requireHoursUnlessTimed('', { startTime: '08:00', endTime: null })).toBe('ra.validation.required');
    expect(requireHoursUnlessTimed(2, {})).toBeUndefined();
    expect(timeRangeOf('08:00:00', '10:30:00')).toBe('08:00–10:30');
    expect(timeRangeOf(null, null)).toBe('');
  });
});

describe('the target picker', () => {
  const plan = (name: string, status: string, startDate: string, endDate: string) => ({
    id: name,
    period: { name, status, startDate, endDate },
    targets: [{ id: `${name}-1`, sortOrder: 1, indicator: { code: 'KTP', name: 'KTP-el' } }],
  });
  const plans = [
    plan('Triwulan III', 'EVALUATION', '2026-07-01', '2026-09-30'),
    plan('Triwulan IV', 'MONITORING', '2026-10-01', '2026-12-31'),
    plan('Tahun 2025', 'CLOSED', '2025-01-01', '2025-12-31'),
  ];

  it("offers only the targets of an open period covering the report's day", () => {
    expect(targetChoicesFor(plans, '2026-12-08')).toEqual([{ id: 'Triwulan IV-1', name: 'Triwulan IV: 1. KTP — KTP-el' }]);
    expect(targetChoicesFor(plans, '2026-09-30').map((choice) => choice.id)).toEqual(['Triwulan III-1']);
    expect(targetChoicesFor(plans, '2025-06-01')).toEqual([]);
    expect(targetChoicesFor(plans, null)).toEqual([]);
  });
});
