import { describe, expect, it } from 'vitest';
import { PERMISSIONS as API_PERMISSIONS, permissionsOf } from '../../api/src/access/policy';
import { Role } from '../../api/src/access/role';
import { can, canAny, permissionList, PERMISSIONS } from './access';

describe('the console’s permissions', () => {
  it('are the names of the API’s access policy, all of them', () => {
    expect([...PERMISSIONS].sort()).toEqual([...API_PERMISSIONS].sort());
  });

  it('decide from the list the session holds, and nothing else', () => {
    const hr = permissionsOf([Role.HR_OFFICER]);
    expect(can(hr, 'employees.manage')).toBe(true);
    expect(can(hr, 'audit.read')).toBe(false);
    expect(can(hr, 'agencies.create')).toBe(false);
    expect(canAny(hr, 'audit.read', 'configuration.manage')).toBe(true);
    const employee = permissionsOf([Role.EMPLOYEE]);
    expect(can(employee, 'audit.read')).toBe(false);
    expect(can(employee, 'users.manage')).toBe(false);
    expect(can(employee, 'workReports.write')).toBe(true);
    // Roles are no permissions: an old session's role list grants nothing.
    expect(can(['SUPER_ADMIN'], 'audit.read')).toBe(false);
    for (const nothing of [undefined, null, 'audit.read', { 'audit.read': true }]) expect(can(nothing, 'audit.read')).toBe(false);
    expect(permissionList(undefined)).toEqual([]);
  });
});
