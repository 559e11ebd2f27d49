import { registerEnumType } from 'type-graphql';

export enum Role {
  SUPER_ADMIN = 'SUPER_ADMIN',
  AGENCY_ADMIN = 'AGENCY_ADMIN',
  HR_OFFICER = 'HR_OFFICER',
  SUPERVISOR = 'SUPERVISOR',
  EVALUATOR = 'EVALUATOR',
  EMPLOYEE = 'EMPLOYEE',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user account may do.',
  valuesConfig: {
    SUPER_ADMIN: { description: 'Platform administrator: every agency.' },
    AGENCY_ADMIN: { description: 'Administrator of one agency: configuration, users and all its records.' },
    HR_OFFICER: { description: 'Personnel officer (BKPSDM/kepegawaian) of one agency.' },
    SUPERVISOR: { description: 'Direct supervisor (atasan langsung, pejabat penilai kinerja) of their subordinates.' },
    EVALUATOR: { description: 'Member of the performance evaluation team (tim penilai kinerja).' },
    EMPLOYEE: { description: 'Civil servant (pegawai ASN) acting on their own records.' },
  },
});
