import { describe, expect, it } from 'vitest';
import {
  defaultPeriod,
  formatDay,
  formatNumber,
  formatShare,
  disciplineLink,
  listLink,
  plansLink,
  trendPeriods,
  type PeriodOption,
} from './dashboard-rules';

const period = (id: string, startDate: string, type = 'QUARTERLY', status = 'CLOSED'): PeriodOption => ({
  id,
  name: id,
  type,
  startDate,
  status,
});
const periods = [
  period('q1', '2025-01-01'),
  period('q2', '2025-04-01'),
  period('q3', '2025-07-01', 'QUARTERLY', 'EVALUATION'),
  period('q4', '2025-10-01', 'QUARTERLY', 'DRAFT'),
  period('y', '2025-01-01', 'ANNUAL', 'MONITORING'),
  period('q4-24', '2024-10-01'),
];

describe('dashboard rules', () => {
  it('opens on the latest period with results, else the latest started and out of draft', () => {
    expect(defaultPeriod(periods, '2025-11-02')?.id).toBe('q3');
    expect(defaultPeriod([period('q3', '2025-07-01', 'QUARTERLY', 'MONITORING'), ...periods.slice(0, 2)], '2025-08-02')?.id).toBe('q2');
    expect(defaultPeriod([period('q3', '2025-07-01', 'QUARTERLY', 'MONITORING')], '2025-08-02')?.id).toBe('q3');
    expect(defaultPeriod([period('next', '2030-01-01', 'ANNUAL', 'DRAFT')], '2025-05-02')?.id).toBe('next');
    expect(defaultPeriod([], '2025-05-02')).toBeUndefined();
  });

  it('follows the trend over the chosen period and up to three before it of the same type, oldest first', () => {
    expect(trendPeriods(periods, periods[2]!)).toEqual(['q4-24', 'q1', 'q2', 'q3']);
    expect(trendPeriods(periods, periods[0]!)).toEqual(['q4-24', 'q1']);
    expect(trendPeriods(periods, periods[4]!)).toEqual(['y']);
  });

  it('formats numbers, shares and days in the console language', () => {
    expect(formatNumber('id', 97.64)).toBe('97,64');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatShare('id', 0.2857)).toBe('28,57 %');
    expect(formatShare('en', 0.2857)).toBe('28.57 %');
    expect(formatNumber('id', null)).toBe('—');
    expect(formatDay('en', '2025-06-30')).toBe('30 Jun 2025');
    expect(formatDay('id', '2025-08-17')).toBe('17 Agu 2025');
  });

  it('links to a list with its filter, leaving out what is not set', () => {
    expect(listLink('complaints', { overdue: true })).toBe(`/complaints?filter=${encodeURIComponent('{"overdue":true}')}`);
    expect(listLink('performancePlans', { periodId: 'p', inUnitSubtree: null })).toBe(
      `/performancePlans?filter=${encodeURIComponent('{"periodId":"p"}')}`,
    );
    expect(listLink('indicators')).toBe('/indicators');
  });

  it('links the predicate bars to the plans of that predicate, and the discipline panel to the active cases', () => {
    expect(plansLink('p', 'u', { predicate: 'BAIK' })).toBe(
      `/performancePlans?filter=${encodeURIComponent('{"periodId":"p","inUnitSubtree":"u","predicate":"BAIK"}')}`,
    );
    expect(plansLink('p', null)).toBe(`/performancePlans?filter=${encodeURIComponent('{"periodId":"p"}')}`);
    expect(disciplineLink()).toBe(`/disciplinaryCases?filter=${encodeURIComponent('{"status":"ACTIVE"}')}`);
  });
});
