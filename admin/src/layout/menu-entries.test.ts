import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../api/src/access/policy';
import { Role } from '../../../api/src/access/role';
import { personalMenu } from './menu-entries';

describe('the short menu', () => {
  it("lists an employee's own screens only", () => {
    expect(personalMenu(permissionsOf([Role.EMPLOYEE]))?.map((entry) => entry.to)).toEqual([
      '/',
      '/workReports',
      '/performancePlans',
      '/myEvaluation',
      '/myAllowance',
      '/trainingSessions',
    ]);
  });

  it("adds the supervisor's queues, and offers nothing whose permission the actor lacks", () => {
    const supervisor = permissionsOf([Role.SUPERVISOR]);
    const entries = personalMenu(supervisor)!;
    expect(entries.map((entry) => entry.key)).toEqual(expect.arrayContaining(['queue', 'approvals', 'corrections', 'discipline']));
    for (const role of [Role.EMPLOYEE, Role.SUPERVISOR]) {
      const held = permissionsOf([role]);
      for (const entry of personalMenu(held)!) for (const need of entry.needs) expect(held).toContain(need);
    }
  });

  it('leaves the agency’s offices their full menu', () => {
    for (const role of [Role.SUPER_ADMIN, Role.AGENCY_ADMIN, Role.HR_OFFICER, Role.EVALUATOR])
      expect(personalMenu(permissionsOf([role]))).toBeNull();
  });
});
