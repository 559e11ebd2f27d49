import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../../api/src/access/policy';
import { Role } from '../../../../api/src/access/role';
import { complaintSteps } from './complaint-rules';
import { ikmBars, publicSurveyUrl } from '../surveys/survey-rules';

describe('complaint and survey pages', () => {
  const hr = permissionsOf([Role.HR_OFFICER]);
  const officer = permissionsOf([Role.EMPLOYEE]);

  it('offers the workflow steps of each status, the handlers their own', () => {
    expect(complaintSteps('RECEIVED', hr)).toEqual(['verify', 'respond', 'reject']);
    expect(complaintSteps('VERIFIED', hr)).toEqual(['assign', 'respond', 'reject']);
    expect(complaintSteps('ASSIGNED', officer)).toEqual(['start', 'respond', 'resolve']);
    expect(complaintSteps('RESOLVED', hr)).toEqual(['respond', 'close']);
    expect(complaintSteps('RESOLVED', officer)).toEqual(['respond']);
    expect(complaintSteps('RECEIVED', officer)).toEqual(['respond']);
    expect(complaintSteps('CLOSED', hr)).toEqual([]);
    expect(complaintSteps('REJECTED', hr)).toEqual([]);
  });

  it('charts the elements with answers, and links to the public form', () => {
    const elements = [
      { code: 'U1', name: 'Persyaratan', average: 3.456, count: 2, weight: 0.5, weightedAverage: 1.7 },
      { code: 'U2', name: 'Prosedur', average: null, count: 0, weight: 0.5, weightedAverage: null },
    ];
    expect(ikmBars({ elements })).toEqual([{ code: 'U1', name: 'Persyaratan', average: 3.46, count: 2 }]);
    expect(publicSurveyUrl('U3VydmV5OjE=', 'https://kinerja.example.go.id')).toBe(
      'https://kinerja.example.go.id/admin/public.html?survey=U3VydmV5OjE%3D',
    );
  });
});
