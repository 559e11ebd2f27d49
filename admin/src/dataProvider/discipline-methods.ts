import type { Identifier } from 'react-admin';
import type {
  ActivateDisciplinaryCaseMutation,
  ActivateDisciplinaryCaseMutationVariables,
  AppealKind,
  AppealOutcome,
  CompleteDisciplinaryCaseMutation,
  CompleteDisciplinaryCaseMutationVariables,
  CreateRewardTypeInput,
  CreateRewardTypeMutation,
  CreateRewardTypeMutationVariables,
  DecideDisciplinaryCaseMutation,
  DecideDisciplinaryCaseMutationVariables,
  DecideSanctionAppealMutation,
  DecideSanctionAppealMutationVariables,
  DisciplineAuthoritiesQuery,
  DisciplineAuthoritiesQueryVariables,
  ExamineDisciplinaryCaseMutation,
  ExamineDisciplinaryCaseMutationVariables,
  FileSanctionAppealMutation,
  FileSanctionAppealMutationVariables,
  RewardTypesQuery,
  RewardTypesQueryVariables,
  Role,
  SanctionLevel,
  SanctionTypesQuery,
  SanctionTypesQueryVariables,
  SetDisciplineAuthorityMutation,
  SetDisciplineAuthorityMutationVariables,
} from '../gql/graphql';
import { request } from './request';

// Discipline and rewards beyond the CRUD of cases and rewards (proposing a case and granting a
// reward are the resources' create): the sanction and reward catalogues, who decides each level,
// and the steps of a case (examine, decide, activate, complete, objection or appeal and its outcome).

const CASE_AFTER_STEP = /* GraphQL */ `
  fragment CaseAfterStep on DisciplinaryCase {
    id
    status
    version
    examinedOn
    examiners
    examinationRecord
    sanctionTypeId
    decreeNumber
    decreeDate
    effectiveFrom
    endDate
    appealKind
    appealFiledOn
    appealOutcome
    appealDecidedOn
    closedAt
    sanctionType {
      id
      code
      name
      level
    }
  }
`;

const SANCTION_TYPES = /* GraphQL */ `
  query SanctionTypes {
    sanctionTypes {
      id
      code
      level
      name
      description
      durationMonths
      allowanceCutPercent
      permanent
      siasnCode
      sortOrder
    }
  }
`;

const REWARD_TYPE_FIELDS = /* GraphQL */ `
  fragment RewardTypeFields on RewardType {
    id
    code
    name
    description
    requiresCleanRecord
    disqualifyingLevels
    lookbackYears
    minServiceYears
    siasnCode
    active
    agencyId
  }
`;

const REWARD_TYPES = /* GraphQL */ `
  query RewardTypes {
    rewardTypes {
      ...RewardTypeFields
    }
  }
`;

const CREATE_REWARD_TYPE = /* GraphQL */ `
  mutation CreateRewardType($input: CreateRewardTypeInput!) {
    createRewardType(input: $input) {
      rewardType {
        ...RewardTypeFields
      }
    }
  }
`;

const DISCIPLINE_AUTHORITIES = /* GraphQL */ `
  query DisciplineAuthorities($agencyId: ID) {
    disciplineAuthorities(agencyId: $agencyId) {
      level
      roles
      supervisorLevels
      isDefault
      version
    }
  }
`;

const SET_DISCIPLINE_AUTHORITY = /* GraphQL */ `
  mutation SetDisciplineAuthority($input: SetDisciplineAuthorityInput!) {
    setDisciplineAuthority(input: $input) {
      level
      roles
      supervisorLevels
      isDefault
      version
    }
  }
`;

const EXAMINE_CASE = /* GraphQL */ `
  mutation ExamineDisciplinaryCase($input: ExamineDisciplinaryCaseInput!) {
    examineDisciplinaryCase(input: $input) {
      case {
        ...CaseAfterStep
      }
    }
  }
`;

const DECIDE_CASE = /* GraphQL */ `
  mutation DecideDisciplinaryCase($input: DecideDisciplinaryCaseInput!) {
    decideDisciplinaryCase(input: $input) {
      case {
        ...CaseAfterStep
      }
    }
  }
`;

const ACTIVATE_CASE = /* GraphQL */ `
  mutation ActivateDisciplinaryCase($input: CaseStepInput!) {
    activateDisciplinaryCase(input: $input) {
      case {
        ...CaseAfterStep
      }
    }
  }
`;

const COMPLETE_CASE = /* GraphQL */ `
  mutation CompleteDisciplinaryCase($input: CaseStepInput!) {
    completeDisciplinaryCase(input: $input) {
      case {
        ...CaseAfterStep
      }
    }
  }
`;

const FILE_APPEAL = /* GraphQL */ `
  mutation FileSanctionAppeal($input: FileSanctionAppealInput!) {
    fileSanctionAppeal(input: $input) {
      case {
        ...CaseAfterStep
      }
    }
  }
`;

const DECIDE_APPEAL = /* GraphQL */ `
  mutation DecideSanctionAppeal($input: DecideSanctionAppealInput!) {
    decideSanctionAppeal(input: $input) {
      case {
        ...CaseAfterStep
      }
    }
  }
`;

export type SanctionTypeChoice = SanctionTypesQuery['sanctionTypes'][number];
export type RewardTypeRecord = RewardTypesQuery['rewardTypes'][number];
export type DisciplineAuthority = DisciplineAuthoritiesQuery['disciplineAuthorities'][number];
export type CaseAfterStep = DecideDisciplinaryCaseMutation['decideDisciplinaryCase']['case'];

export type ExamineCaseInput = { examinedOn: string; examiners: string[]; record: string };
export type DecideCaseInput = { sanctionTypeCode: string; decreeNumber: string; decreeDate: string; effectiveFrom?: string | null };
export type FileAppealInput = { kind?: AppealKind | null; filedOn: string; reason: string };
export type DecideAppealInput = { outcome: AppealOutcome; decidedOn: string; note: string; sanctionTypeCode?: string | null };
/** `version`: as loaded (0 while the default applies), so a change someone saved meanwhile is refused (CONFLICT). */
export type SetAuthorityInput = {
  level: SanctionLevel;
  roles: Role[];
  supervisorLevels?: number | null;
  agencyId?: string | null;
  version?: number;
};

export type DisciplineMethods = {
  /** The sanction catalogue of PP 94/2021, lightest first. */
  sanctionTypes(): Promise<{ data: SanctionTypeChoice[] }>;
  /** National reward types and the agency's own. */
  rewardTypes(): Promise<{ data: RewardTypeRecord[] }>;
  createRewardType(input: CreateRewardTypeInput): Promise<{ data: RewardTypeRecord }>;
  /** Who decides each level in the actor's agency (or the one given). */
  disciplineAuthorities(agencyId?: Identifier | null): Promise<{ data: DisciplineAuthority[] }>;
  setDisciplineAuthority(input: SetAuthorityInput): Promise<{ data: DisciplineAuthority }>;
  examineDisciplinaryCase(id: Identifier, version: number, input: ExamineCaseInput): Promise<{ data: CaseAfterStep }>;
  /** The sanction by decree; the answer carries the effective day and the end the API computed. */
  decideDisciplinaryCase(id: Identifier, version: number, input: DecideCaseInput): Promise<{ data: CaseAfterStep }>;
  activateDisciplinaryCase(id: Identifier, version: number): Promise<{ data: CaseAfterStep }>;
  completeDisciplinaryCase(id: Identifier, version: number): Promise<{ data: CaseAfterStep }>;
  fileSanctionAppeal(id: Identifier, version: number, input: FileAppealInput): Promise<{ data: CaseAfterStep }>;
  decideSanctionAppeal(id: Identifier, version: number, input: DecideAppealInput): Promise<{ data: CaseAfterStep }>;
};

/** Leaves out optional values that are empty, so that the API applies its defaults. */
const given = <T extends Record<string, unknown>>(input: T): T =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== null && value !== '')) as T;

export const disciplineMethods: DisciplineMethods = {
  async sanctionTypes() {
    const data = await request<SanctionTypesQuery, SanctionTypesQueryVariables>(SANCTION_TYPES, {});
    return { data: data.sanctionTypes };
  },

  async rewardTypes() {
    const data = await request<RewardTypesQuery, RewardTypesQueryVariables>(REWARD_TYPES + REWARD_TYPE_FIELDS, {});
    return { data: data.rewardTypes };
  },

  async createRewardType(input) {
    const data = await request<CreateRewardTypeMutation, CreateRewardTypeMutationVariables>(CREATE_REWARD_TYPE + REWARD_TYPE_FIELDS, {
      input: given(input),
    });
    return { data: data.createRewardType.rewardType };
  },

  async disciplineAuthorities(agencyId) {
    const data = await request<DisciplineAuthoritiesQuery, DisciplineAuthoritiesQueryVariables>(
      DISCIPLINE_AUTHORITIES,
      agencyId ? { agencyId: String(agencyId) } : {},
    );
    return { data: data.disciplineAuthorities };
  },

  async setDisciplineAuthority(input) {
    const data = await request<SetDisciplineAuthorityMutation, SetDisciplineAuthorityMutationVariables>(SET_DISCIPLINE_AUTHORITY, {
      input: {
        ...given({ agencyId: input.agencyId }),
        level: input.level,
        roles: input.roles,
        supervisorLevels: input.supervisorLevels ?? null,
        ...(input.version != null ? { version: input.version } : {}),
      },
    });
    return { data: data.setDisciplineAuthority };
  },

  async examineDisciplinaryCase(id, version, input) {
    const data = await request<ExamineDisciplinaryCaseMutation, ExamineDisciplinaryCaseMutationVariables>(EXAMINE_CASE + CASE_AFTER_STEP, {
      input: { id: String(id), version, ...input },
    });
    return { data: data.examineDisciplinaryCase.case };
  },

  async decideDisciplinaryCase(id, version, input) {
    const data = await request<DecideDisciplinaryCaseMutation, DecideDisciplinaryCaseMutationVariables>(DECIDE_CASE + CASE_AFTER_STEP, {
      input: { id: String(id), version, ...given(input) },
    });
    return { data: data.decideDisciplinaryCase.case };
  },

  async activateDisciplinaryCase(id, version) {
    const data = await request<ActivateDisciplinaryCaseMutation, ActivateDisciplinaryCaseMutationVariables>(
      ACTIVATE_CASE + CASE_AFTER_STEP,
      { input: { id: String(id), version } },
    );
    return { data: data.activateDisciplinaryCase.case };
  },

  async completeDisciplinaryCase(id, version) {
    const data = await request<CompleteDisciplinaryCaseMutation, CompleteDisciplinaryCaseMutationVariables>(
      COMPLETE_CASE + CASE_AFTER_STEP,
      { input: { id: String(id), version } },
    );
    return { data: data.completeDisciplinaryCase.case };
  },

  async fileSanctionAppeal(id, version, input) {
    const data = await request<FileSanctionAppealMutation, FileSanctionAppealMutationVariables>(FILE_APPEAL + CASE_AFTER_STEP, {
      input: { id: String(id), version, ...given(input) },
    });
    return { data: data.fileSanctionAppeal.case };
  },

  async decideSanctionAppeal(id, version, input) {
    const data = await request<DecideSanctionAppealMutation, DecideSanctionAppealMutationVariables>(DECIDE_APPEAL + CASE_AFTER_STEP, {
      input: { id: String(id), version, ...given(input) },
    });
    return { data: data.decideSanctionAppeal.case };
  },
};
