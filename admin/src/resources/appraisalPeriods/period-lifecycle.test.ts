import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../../api/src/access/policy';
import { Role } from '../../../../api/src/access/role';
import { activeStepOf, canReopenPeriod, isPeriodOpen, lifecycleSteps, nextStatusOf } from './period-lifecycle';

describe('appraisal period lifecycle', () => {
  it('marks the stages before the status done, the status current and the rest to do', () => {
    expect(lifecycleSteps('MONITORING')).toEqual([
      { status: 'DRAFT', state: 'done' },
      { status: 'PLANNING', state: 'done' },
      { status: 'MONITORING', state: 'current' },
      { status: 'EVALUATION', state: 'todo' },
      { status: 'CLOSED', state: 'todo' },
    ]);
    expect(lifecycleSteps('DRAFT')[0]).toEqual({ status: 'DRAFT', state: 'current' });
  });

  it('shows a closed period with every stage done, the stepper past its end', () => {
    expect(lifecycleSteps('CLOSED').every((step) => step.state === 'done')).toBe(true);
    expect(activeStepOf('CLOSED')).toBe(5);
    expect(activeStepOf('DRAFT')).toBe(0);
    expect(activeStepOf('EVALUATION')).toBe(3);
  });

  it('knows the next status, none after CLOSED', () => {
    expect(nextStatusOf('DRAFT')).toBe('PLANNING');
    expect(nextStatusOf('EVALUATION')).toBe('CLOSED');
    expect(nextStatusOf('CLOSED')).toBeNull();
    expect(nextStatusOf('UNKNOWN')).toBeNull();
  });

  it('keeps a closed period read-only, reopened by platform administrators only', () => {
    expect(isPeriodOpen('EVALUATION')).toBe(true);
    expect(isPeriodOpen('CLOSED')).toBe(false);
    expect(canReopenPeriod(permissionsOf([Role.SUPER_ADMIN]), 'CLOSED')).toBe(true);
    expect(canReopenPeriod(permissionsOf([Role.AGENCY_ADMIN, Role.HR_OFFICER]), 'CLOSED')).toBe(false);
    expect(canReopenPeriod(permissionsOf([Role.SUPER_ADMIN]), 'EVALUATION')).toBe(false);
  });
});
