import { describe, expect, it } from 'vitest';
import { canCancelEnrollment, canEnroll, canRecordResult, capacityShare } from './training-session-rules';

describe('training session rules', () => {
  it('offers enrolment while a session is planned or running', () => {
    expect(canEnroll('SCHEDULED')).toBe(true);
    expect(canEnroll('ONGOING')).toBe(true);
    expect(canEnroll('COMPLETED')).toBe(false);
    expect(canEnroll('CANCELLED')).toBe(false);
  });

  it('cancels seats and waiting places, records results only after the last day', () => {
    expect(canCancelEnrollment('WAITLISTED')).toBe(true);
    expect(canCancelEnrollment('COMPLETED')).toBe(false);
    const session = { status: 'ONGOING', endDate: '2026-03-10' };
    expect(canRecordResult('REGISTERED', session, '2026-03-10')).toBe(false);
    expect(canRecordResult('REGISTERED', { ...session, status: 'COMPLETED' }, '2026-03-10')).toBe(true);
    expect(canRecordResult('ATTENDED', session, '2026-03-11')).toBe(true);
    expect(canRecordResult('WAITLISTED', session, '2026-03-11')).toBe(false);
  });

  it('fills the capacity bar to at most 100 %', () => {
    expect(capacityShare(1, 2)).toBe(50);
    expect(capacityShare(3, 2)).toBe(100);
    expect(capacityShare(0, 0)).toBe(0);
  });
});
