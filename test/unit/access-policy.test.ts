import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { grantableBy, PERMISSION_TABLE_FILE, permissionsOf, permissionTable, PERMISSIONS, rolesWith } from '../../api/src/access/policy.js';
import { Role } from '../../api/src/access/role.js';

describe('the access policy', () => {
  it('is what the documentation says: its permission table is written from the policy (`npm run schema:print`)', () => {
    expect(readFileSync(PERMISSION_TABLE_FILE, 'utf8')).toContain(permissionTable());
  });

  it('gives every permission to platform administrators, and platform-wide ones to nobody else', () => {
    // But the supervisor's: platform administrators reach every record without a reporting line.
    expect(permissionsOf([Role.SUPER_ADMIN])).toEqual(PERMISSIONS.filter((permission) => permission !== 'team.supervise'));
    for (const permission of ['agencies.all', 'agencies.create', 'periods.reopen'] as const) {
      expect(rolesWith(permission)).toEqual([Role.SUPER_ADMIN]);
    }
  });

  it('lets nobody grant a role above their own: agency administrators never grant SUPER_ADMIN, the other roles grant none', () => {
    expect(grantableBy([Role.AGENCY_ADMIN])).not.toContain(Role.SUPER_ADMIN);
    for (const role of [Role.HR_OFFICER, Role.EVALUATOR, Role.SUPERVISOR, Role.EMPLOYEE]) expect(grantableBy([role])).toEqual([]);
  });

  it('gives employees only the taking-part permissions, within their own scope', () => {
    expect(permissionsOf([Role.EMPLOYEE]).every((permission) => /\.(read|write|use)$/.test(permission))).toBe(true);
  });
});
