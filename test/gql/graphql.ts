/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Level of government of an agency (instansi). */
export type AgencyKind =
  /** Regional government (instansi daerah): province, regency or city. */
  | 'DAERAH'
  /** Central agency (instansi pusat): ministry or national agency. */
  | 'PUSAT';

/** Conditions on a yes/no field. */
export type BooleanFilter = {
  /** Equal to. */
  eq?: boolean | null | undefined;
  /** True: empty; false: has a value. */
  isNull?: boolean | null | undefined;
};

/** Changing one's own password. */
export type ChangePasswordInput = {
  /** The current password. */
  currentPassword: string;
  /** The new password (at least 10 characters). */
  newPassword: string;
};

/** A new agency. */
export type CreateAgencyInput = {
  /** Unique code: 2-32 capital letters, digits, "-" or "_". */
  code: string;
  /** Central (PUSAT) or regional (DAERAH). */
  kind: AgencyKind;
  /** Official name (3-200 characters). */
  name: string;
  /** Province or region (at most 100 characters). */
  region?: string | null | undefined;
};

/** A new employee. */
export type CreateEmployeeInput = {
  /** Titles after the name. */
  backTitle?: string | null | undefined;
  /** Bank and account number the allowance is paid to, e.g. "Bank Sumut 1234567890" (up to 100 characters). */
  bankAccount?: string | null | undefined;
  /** Start of the first placement (default today). */
  effectiveDate?: string | null | undefined;
  /** Work e-mail address. */
  email?: string | null | undefined;
  /** PNS or PPPK. */
  employmentType: EmploymentType;
  /** Titles before the name. */
  frontTitle?: string | null | undefined;
  /** Rank; required for a PNS, empty for a PPPK. */
  golongan?: Golongan | null | undefined;
  /** Name without titles (2-120 characters). */
  name: string;
  /** NIP (PNS) or NI PPPK: 18 digits; spaces are allowed and removed. */
  nip: string;
  /** Phone number, digits with optional +, spaces or dashes. */
  phone?: string | null | undefined;
  /** Position (jabatan), in the same agency. */
  positionId?: string | number | null | undefined;
  /** Grade; required for a PPPK, empty for a PNS. */
  pppkGrade?: PppkGrade | null | undefined;
  /** Status (default AKTIF). */
  status?: EmployeeStatus | null | undefined;
  /** Direct supervisor when it is not the holder of the superior position (e.g. an acting official). */
  supervisorOverrideId?: string | number | null | undefined;
  /** Unit; taken from the position when omitted. */
  unitId?: string | number | null | undefined;
};

/** A new organisational unit. */
export type CreateOrgUnitInput = {
  /** Active (default true). */
  active?: boolean | null | undefined;
  /** Agency of the unit; taken from the parent when omitted, else required. */
  agencyId?: string | number | null | undefined;
  /** Code, unique within the agency. */
  code: string;
  /** Kind of unit. */
  kind: OrgUnitKind;
  /** Name (2-200 characters). */
  name: string;
  /** Parent unit; empty for a top unit. */
  parentId?: string | number | null | undefined;
};

/** A new position. */
export type CreatePositionInput = {
  /** Active (default true). */
  active?: boolean | null | undefined;
  /** Position class (kelas jabatan), 1-17. */
  grade: number;
  /** Name (2-200 characters). */
  name: string;
  /** The position it reports to (same agency); empty for the top of a chain. */
  superiorId?: string | number | null | undefined;
  /** Type of position. */
  type: PositionType;
  /** The unit the position belongs to. */
  unitId: string | number;
};

/** A new user account. */
export type CreateUserInput = {
  /** Agency of the account; required for every role but SUPER_ADMIN. */
  agencyId?: string | number | null | undefined;
  /** Name shown in the console (2-120 characters). */
  displayName: string;
  /** The employee (pegawai) the account belongs to, in the same agency; needed for SUPERVISOR and EMPLOYEE. */
  employeeId?: string | number | null | undefined;
  /** Initial password (at least 10 characters). */
  password: string;
  /** Roles to grant (at least one). */
  roles: Array<Role>;
  /** Login name: 3-50 lower-case letters, digits, ".", "_" or "-". */
  username: string;
};

/** The agency to delete. */
export type DeleteAgencyInput = {
  /** The agency to delete. */
  id: string | number;
  /** When given, the delete is refused (CONFLICT) if the agency changed since. */
  version?: number | null | undefined;
};

/** The unit to delete. */
export type DeleteOrgUnitInput = {
  /** The unit to delete; it must have no sub-units. */
  id: string | number;
  /** When given, the delete is refused (CONFLICT) if the unit changed since. */
  version?: number | null | undefined;
};

/** The position to delete. */
export type DeletePositionInput = {
  /** The position to delete; no position may report to it. */
  id: string | number;
  /** When given, the delete is refused (CONFLICT) if the position changed since. */
  version?: number | null | undefined;
};

/** Conditions on employees; all given conditions must hold. */
export type EmployeeFilter = {
  /** By agency. */
  agencyId?: IdFilter | null | undefined;
  /** All of these filters must hold. */
  and?: Array<EmployeeFilter> | null | undefined;
  /** PNS or PPPK. */
  employmentType?: EmploymentTypeFilter | null | undefined;
  /** By rank (PNS). */
  golongan?: GolonganFilter | null | undefined;
  /** By ID. */
  id?: IdFilter | null | undefined;
  /** Employees of this unit or of any unit below it. */
  inUnitSubtree?: string | number | null | undefined;
  /** By name (without titles). */
  name?: StringFilter | null | undefined;
  /** By NIP (digits only). */
  nip?: StringFilter | null | undefined;
  /** At least one of these filters must hold. */
  or?: Array<EmployeeFilter> | null | undefined;
  /** By position. */
  positionId?: IdFilter | null | undefined;
  /** Search by NIP (with or without spaces) or name. */
  q?: string | null | undefined;
  /** By status. */
  status?: EmployeeStatusFilter | null | undefined;
  /** By unit (exactly that unit). */
  unitId?: IdFilter | null | undefined;
};

/** Service status (kedudukan) of an employee. */
export type EmployeeStatus =
  /** Active in service (aktif). */
  | 'AKTIF'
  /** No longer in service for another reason: resigned or dismissed (berhenti/diberhentikan). */
  | 'BERHENTI'
  /** On leave (cuti). */
  | 'CUTI'
  /** Retired (pensiun). */
  | 'PENSIUN'
  /** Released for full-time study (tugas belajar). */
  | 'TUGAS_BELAJAR';

/** Conditions on a EmployeeStatus field. */
export type EmployeeStatusFilter = {
  /** Equal to. */
  eq?: EmployeeStatus | null | undefined;
  /** One of these values. */
  in?: Array<EmployeeStatus> | null | undefined;
  /** True: empty; false: has a value. */
  isNull?: boolean | null | undefined;
};

/** Kind of civil servant (ASN): PNS or PPPK. */
export type EmploymentType =
  /** Permanent civil servant (Pegawai Negeri Sipil), including a CPNS on probation. */
  | 'PNS'
  /** Government employee on contract (Pegawai Pemerintah dengan Perjanjian Kerja), including part-time PPPK. */
  | 'PPPK';

/** Conditions on a EmploymentType field. */
export type EmploymentTypeFilter = {
  /** Equal to. */
  eq?: EmploymentType | null | undefined;
  /** One of these values. */
  in?: Array<EmploymentType> | null | undefined;
  /** True: empty; false: has a value. */
  isNull?: boolean | null | undefined;
};

/** Gender (jenis kelamin). */
export type Gender =
  /** Female (perempuan); NIP gender digit 2. */
  | 'FEMALE'
  /** Male (laki-laki); NIP gender digit 1. */
  | 'MALE';

/** Rank of a PNS (golongan/ruang and pangkat), PP 99/2000. */
export type Golongan =
  /** III/a — Penata Muda */
  | 'III_A'
  /** III/b — Penata Muda Tingkat I */
  | 'III_B'
  /** III/c — Penata */
  | 'III_C'
  /** III/d — Penata Tingkat I */
  | 'III_D'
  /** II/a — Pengatur Muda */
  | 'II_A'
  /** II/b — Pengatur Muda Tingkat I */
  | 'II_B'
  /** II/c — Pengatur */
  | 'II_C'
  /** II/d — Pengatur Tingkat I */
  | 'II_D'
  /** IV/a — Pembina */
  | 'IV_A'
  /** IV/b — Pembina Tingkat I */
  | 'IV_B'
  /** IV/c — Pembina Utama Muda */
  | 'IV_C'
  /** IV/d — Pembina Utama Madya */
  | 'IV_D'
  /** IV/e — Pembina Utama */
  | 'IV_E'
  /** I/a — Juru Muda */
  | 'I_A'
  /** I/b — Juru Muda Tingkat I */
  | 'I_B'
  /** I/c — Juru */
  | 'I_C'
  /** I/d — Juru Tingkat I */
  | 'I_D';

/** Conditions on a Golongan field. */
export type GolonganFilter = {
  /** Equal to. */
  eq?: Golongan | null | undefined;
  /** One of these values. */
  in?: Array<Golongan> | null | undefined;
  /** True: empty; false: has a value. */
  isNull?: boolean | null | undefined;
};

/** Conditions on an ID field. */
export type IdFilter = {
  /** Equal to. */
  eq?: string | number | null | undefined;
  /** One of these IDs. */
  in?: Array<string | number> | null | undefined;
  /** True: no reference; false: a reference is set. */
  isNull?: boolean | null | undefined;
};

/** A CSV file of employees to import, all or nothing. Columns (header row, any order): nip, employment_type, name, unit_code (required); front_title, back_title, position (name of a position of that unit), golongan (III/a or SIASN code), pppk_grade (I-XVII), status, email, phone, effective_date (YYYY-MM-DD). */
export type ImportEmployeesInput = {
  /** Agency of the employees; the actor's own agency when omitted. */
  agencyId?: string | number | null | undefined;
  /** The CSV text (UTF-8, comma-separated, with a header row). */
  csv: string;
  /** Check every row and report, but write nothing. */
  dryRun?: boolean | null | undefined;
};

/** A CSV file of units to import, all or nothing. Columns: code, name, kind (required); parent_code (an existing unit of the agency or another row of the file, in any order), active (true/false). */
export type ImportOrgUnitsInput = {
  /** Agency of the units; the actor's own agency when omitted. */
  agencyId?: string | number | null | undefined;
  /** The CSV text (UTF-8, comma-separated, with a header row). */
  csv: string;
  /** Check every row and report, but write nothing. */
  dryRun?: boolean | null | undefined;
};

/** A CSV file of positions to import, all or nothing. Columns: unit_code, name, type, grade (required); superior_unit_code and superior_name (an existing position of the agency or another row of the file), active (true/false). */
export type ImportPositionsInput = {
  /** Agency of the positions; the actor's own agency when omitted. */
  agencyId?: string | number | null | undefined;
  /** The CSV text (UTF-8, comma-separated, with a header row). */
  csv: string;
  /** Check every row and report, but write nothing. */
  dryRun?: boolean | null | undefined;
};

/** Conditions on a whole-number field; all given conditions must hold. */
export type IntFilter = {
  /** Equal to. */
  eq?: number | null | undefined;
  /** Greater than. */
  gt?: number | null | undefined;
  /** Greater than or equal to. */
  gte?: number | null | undefined;
  /** One of these values. */
  in?: Array<number> | null | undefined;
  /** True: empty; false: has a value. */
  isNull?: boolean | null | undefined;
  /** Less than. */
  lt?: number | null | undefined;
  /** Less than or equal to. */
  lte?: number | null | undefined;
  /** Not equal to. */
  ne?: number | null | undefined;
};

/** Credentials for logging in. */
export type LoginInput = {
  /** Password. */
  password: string;
  /** Login name (case-insensitive). */
  username: string;
};

/** Moves a unit, with its whole subtree, under another parent. */
export type MoveOrgUnitInput = {
  /** The unit to move. */
  id: string | number;
  /** The new parent, in the same agency; empty to make it a top unit. */
  parentId?: string | number | null | undefined;
  /** The version the move is based on. */
  version: number;
};

/** Conditions on organisational units; all given conditions must hold. */
export type OrgUnitFilter = {
  /** Active or not. */
  active?: BooleanFilter | null | undefined;
  /** By agency. */
  agencyId?: IdFilter | null | undefined;
  /** All of these filters must hold. */
  and?: Array<OrgUnitFilter> | null | undefined;
  /** By code. */
  code?: StringFilter | null | undefined;
  /** By level in the tree (0 = top). */
  depth?: IntFilter | null | undefined;
  /** Units anywhere below this unit (its whole subtree, itself excluded). */
  descendantOf?: string | number | null | undefined;
  /** By ID. */
  id?: IdFilter | null | undefined;
  /** By kind. */
  kind?: OrgUnitKindFilter | null | undefined;
  /** By name. */
  name?: StringFilter | null | undefined;
  /** At least one of these filters must hold. */
  or?: Array<OrgUnitFilter> | null | undefined;
  /** By parent unit; `isNull: true` gives the top units. */
  parentId?: IdFilter | null | undefined;
  /** Free-text search in code and name. */
  q?: string | null | undefined;
};

/** Kind of organisational unit (unit kerja). */
export type OrgUnitKind =
  /** Regional agency (badan). */
  | 'BADAN'
  /** Section of a secretariat (bagian). */
  | 'BAGIAN'
  /** Division of a dinas or badan (bidang). */
  | 'BIDANG'
  /** Regional office (dinas). */
  | 'DINAS'
  /** Inspectorate (inspektorat). */
  | 'INSPEKTORAT'
  /** District (kecamatan). */
  | 'KECAMATAN'
  /** Urban village (kelurahan), under a kecamatan. */
  | 'KELURAHAN'
  /** Any other kind of unit. */
  | 'OTHER'
  /** Community health centre (puskesmas), usually a UPT of the health office. */
  | 'PUSKESMAS'
  /** School (sekolah). */
  | 'SEKOLAH'
  /** Secretariat (sekretariat daerah, sekretariat DPRD, or a dinas secretariat). */
  | 'SEKRETARIAT'
  /** Section of a division (seksi). */
  | 'SEKSI'
  /** Sub-section (subbagian). */
  | 'SUBBAGIAN'
  /** Functional working team (tim kerja). */
  | 'TIM_KERJA'
  /** Technical implementation unit (UPT/UPTD). */
  | 'UPT';

/** Conditions on a OrgUnitKind field. */
export type OrgUnitKindFilter = {
  /** Equal to. */
  eq?: OrgUnitKind | null | undefined;
  /** One of these values. */
  in?: Array<OrgUnitKind> | null | undefined;
  /** True: empty; false: has a value. */
  isNull?: boolean | null | undefined;
};

/** Conditions on positions; all given conditions must hold. */
export type PositionFilter = {
  /** Active or not. */
  active?: BooleanFilter | null | undefined;
  /** By agency. */
  agencyId?: IdFilter | null | undefined;
  /** All of these filters must hold. */
  and?: Array<PositionFilter> | null | undefined;
  /** By position class. */
  grade?: IntFilter | null | undefined;
  /** By ID. */
  id?: IdFilter | null | undefined;
  /** Positions in this unit or anywhere below it. */
  inUnitSubtree?: string | number | null | undefined;
  /** By name. */
  name?: StringFilter | null | undefined;
  /** At least one of these filters must hold. */
  or?: Array<PositionFilter> | null | undefined;
  /** Free-text search in the name. */
  q?: string | null | undefined;
  /** By superior position; `isNull: true` gives the tops of the chains. */
  superiorId?: IdFilter | null | undefined;
  /** By type. */
  type?: PositionTypeFilter | null | undefined;
  /** By unit (exactly that unit). */
  unitId?: IdFilter | null | undefined;
};

/** Type of position (jenis jabatan), UU 20/2023. */
export type PositionType =
  /** Administrator (jabatan administrator), e.g. head of a bidang. */
  | 'ADMINISTRATOR'
  /** Functional position (jabatan fungsional), expert or skilled levels. */
  | 'FUNGSIONAL'
  /** Senior executive, middle level (Jabatan Pimpinan Tinggi Madya). */
  | 'JPT_MADYA'
  /** Senior executive, first level (Jabatan Pimpinan Tinggi Pratama), e.g. head of a dinas. */
  | 'JPT_PRATAMA'
  /** Senior executive, highest level (Jabatan Pimpinan Tinggi Utama). */
  | 'JPT_UTAMA'
  /** Implementing staff (jabatan pelaksana). */
  | 'PELAKSANA'
  /** Supervisor (jabatan pengawas), e.g. head of a seksi. */
  | 'PENGAWAS';

/** Conditions on a PositionType field. */
export type PositionTypeFilter = {
  /** Equal to. */
  eq?: PositionType | null | undefined;
  /** One of these values. */
  in?: Array<PositionType> | null | undefined;
  /** True: empty; false: has a value. */
  isNull?: boolean | null | undefined;
};

/** Grade of a PPPK (golongan PPPK), I to XVII. */
export type PppkGrade =
  /** PPPK grade I (golongan I PPPK). */
  | 'I'
  /** PPPK grade II (golongan II PPPK). */
  | 'II'
  /** PPPK grade III (golongan III PPPK). */
  | 'III'
  /** PPPK grade IV (golongan IV PPPK). */
  | 'IV'
  /** PPPK grade IX (golongan IX PPPK). */
  | 'IX'
  /** PPPK grade V (golongan V PPPK). */
  | 'V'
  /** PPPK grade VI (golongan VI PPPK). */
  | 'VI'
  /** PPPK grade VII (golongan VII PPPK). */
  | 'VII'
  /** PPPK grade VIII (golongan VIII PPPK). */
  | 'VIII'
  /** PPPK grade X (golongan X PPPK). */
  | 'X'
  /** PPPK grade XI (golongan XI PPPK). */
  | 'XI'
  /** PPPK grade XII (golongan XII PPPK). */
  | 'XII'
  /** PPPK grade XIII (golongan XIII PPPK). */
  | 'XIII'
  /** PPPK grade XIV (golongan XIV PPPK). */
  | 'XIV'
  /** PPPK grade XV (golongan XV PPPK). */
  | 'XV'
  /** PPPK grade XVI (golongan XVI PPPK). */
  | 'XVI'
  /** PPPK grade XVII (golongan XVII PPPK). */
  | 'XVII';

/** What a user account may do. */
export type Role =
  /** Administrator of one agency: configuration, users and all its records. */
  | 'AGENCY_ADMIN'
  /** Civil servant (pegawai ASN) acting on their own records. */
  | 'EMPLOYEE'
  /** Member of the performance evaluation team (tim penilai kinerja). */
  | 'EVALUATOR'
  /** Personnel officer (BKPSDM/kepegawaian) of one agency. */
  | 'HR_OFFICER'
  /** Direct supervisor (atasan langsung, pejabat penilai kinerja) of their subordinates. */
  | 'SUPERVISOR'
  /** Platform administrator: every agency. */
  | 'SUPER_ADMIN';

/** Conditions on a Role field. */
export type RoleFilter = {
  /** Equal to. */
  eq?: Role | null | undefined;
  /** One of these values. */
  in?: Array<Role> | null | undefined;
  /** True: empty; false: has a value. */
  isNull?: boolean | null | undefined;
};

/** A new password for an account, set by an administrator. */
export type SetUserPasswordInput = {
  /** The account. */
  id: string | number;
  /** New password (at least 10 characters). Existing tokens of the account stop working. */
  password: string;
};

/** Conditions on a text field; all given conditions must hold. */
export type StringFilter = {
  /** Contains this text, ignoring case. */
  contains?: string | null | undefined;
  /** Equal to. */
  eq?: string | null | undefined;
  /** One of these values. */
  in?: Array<string> | null | undefined;
  /** True: the field is empty; false: it has a value. */
  isNull?: boolean | null | undefined;
  /** Not equal to. */
  ne?: string | null | undefined;
  /** Starts with this text, ignoring case. */
  startsWith?: string | null | undefined;
};

/** Changes to an agency; omitted fields stay as they are. */
export type UpdateAgencyInput = {
  /** New unique code. */
  code?: string | null | undefined;
  /** The agency to change. */
  id: string | number;
  /** New kind. */
  kind?: AgencyKind | null | undefined;
  /** New official name. */
  name?: string | null | undefined;
  /** New region; null clears it. */
  region?: string | null | undefined;
  /** The version the change is based on (from the record you read). */
  version: number;
};

/** Changes to an employee. A change of unit, position, supervisor or rank closes the current placement and opens a new one from `effectiveDate`. */
export type UpdateEmployeeInput = {
  /** New titles after the name. */
  backTitle?: string | null | undefined;
  /** New bank and account number the allowance is paid to; null clears it. */
  bankAccount?: string | null | undefined;
  /** When a placement change takes effect (default today). */
  effectiveDate?: string | null | undefined;
  /** New e-mail address. */
  email?: string | null | undefined;
  /** New titles before the name. */
  frontTitle?: string | null | undefined;
  /** New rank (PNS). */
  golongan?: Golongan | null | undefined;
  /** The employee to change. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
  /** New phone number. */
  phone?: string | null | undefined;
  /** New position; null leaves the employee without one. */
  positionId?: string | number | null | undefined;
  /** New grade (PPPK). */
  pppkGrade?: PppkGrade | null | undefined;
  /** Why the placement changes (e.g. decree number); kept in the history. */
  reason?: string | null | undefined;
  /** New status. */
  status?: EmployeeStatus | null | undefined;
  /** Supervisor override; null returns to the position tree. */
  supervisorOverrideId?: string | number | null | undefined;
  /** New unit. */
  unitId?: string | number | null | undefined;
  /** The version the change is based on. */
  version: number;
};

/** Changes to a position; omitted fields stay as they are. */
export type UpdatePositionInput = {
  /** Active or not. */
  active?: boolean | null | undefined;
  /** New position class, 1-17. */
  grade?: number | null | undefined;
  /** The position to change. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
  /** New superior; null makes it the top of a chain. */
  superiorId?: string | number | null | undefined;
  /** New type. */
  type?: PositionType | null | undefined;
  /** New unit (same agency). */
  unitId?: string | number | null | undefined;
  /** The version the change is based on. */
  version: number;
};

/** Changes to a user account; omitted fields stay as they are. */
export type UpdateUserInput = {
  /** False deactivates the account: it cannot log in and its tokens stop working. */
  active?: boolean | null | undefined;
  /** New agency. */
  agencyId?: string | number | null | undefined;
  /** New display name. */
  displayName?: string | null | undefined;
  /** The employee the account belongs to; null unlinks it. */
  employeeId?: string | number | null | undefined;
  /** The account to change. */
  id: string | number;
  /** New set of roles. */
  roles?: Array<Role> | null | undefined;
  /** The version the change is based on. */
  version: number;
};

/** Conditions on user accounts; all given conditions must hold. */
export type UserFilter = {
  /** Active or not. */
  active?: BooleanFilter | null | undefined;
  /** By agency. */
  agencyId?: IdFilter | null | undefined;
  /** All of these filters must hold. */
  and?: Array<UserFilter> | null | undefined;
  /** By display name. */
  displayName?: StringFilter | null | undefined;
  /** By ID. */
  id?: IdFilter | null | undefined;
  /** At least one of these filters must hold. */
  or?: Array<UserFilter> | null | undefined;
  /** Free-text search in username and display name. */
  q?: string | null | undefined;
  /** Accounts holding this role (eq) or any of these roles (in). */
  roles?: RoleFilter | null | undefined;
  /** By username. */
  username?: StringFilter | null | undefined;
};

export type AgencyFieldsFragment = { id: string, code: string, name: string, kind: AgencyKind, region: string | null, version: number, createdAt: string, updatedAt: string };

export type CreateAgencyMutationVariables = Exact<{
  input: CreateAgencyInput;
}>;


export type CreateAgencyMutation = { createAgency: { agency: { id: string, code: string, name: string, kind: AgencyKind, region: string | null, version: number, createdAt: string, updatedAt: string } } };

export type UpdateAgencyMutationVariables = Exact<{
  input: UpdateAgencyInput;
}>;


export type UpdateAgencyMutation = { updateAgency: { agency: { id: string, code: string, name: string, kind: AgencyKind, region: string | null, version: number, createdAt: string, updatedAt: string } } };

export type DeleteAgencyMutationVariables = Exact<{
  input: DeleteAgencyInput;
}>;


export type DeleteAgencyMutation = { deleteAgency: { id: string } };

export type GetAgencyQueryVariables = Exact<{
  id: string | number;
}>;


export type GetAgencyQuery = { agency: { id: string, code: string, name: string, kind: AgencyKind, region: string | null, version: number, createdAt: string, updatedAt: string } };

export type ImportEmployeesMutationVariables = Exact<{
  input: ImportEmployeesInput;
}>;


export type ImportEmployeesMutation = { importEmployees: { rows: number, created: number, dryRun: boolean } };

export type SetupUnitForImportMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type SetupUnitForImportMutation = { createOrgUnit: { orgUnit: { id: string } } };

export type SetupPositionForImportMutationVariables = Exact<{
  input: CreatePositionInput;
}>;


export type SetupPositionForImportMutation = { createPosition: { position: { id: string } } };

export type CreateUnitForEmployeesMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type CreateUnitForEmployeesMutation = { createOrgUnit: { orgUnit: { id: string } } };

export type CreatePositionForEmployeesMutationVariables = Exact<{
  input: CreatePositionInput;
}>;


export type CreatePositionForEmployeesMutation = { createPosition: { position: { id: string } } };

export type CreateEmployeeMutationVariables = Exact<{
  input: CreateEmployeeInput;
}>;


export type CreateEmployeeMutation = { createEmployee: { employee: { id: string, nip: string, nipFormatted: string, fullName: string, birthDate: string, gender: Gender, tmtCpns: string | null, appointmentYear: number | null, employmentType: EmploymentType, golongan: Golongan | null, unitId: string, positionId: string | null, version: number } } };

export type UpdateEmployeeMutationVariables = Exact<{
  input: UpdateEmployeeInput;
}>;


export type UpdateEmployeeMutation = { updateEmployee: { employee: { id: string, version: number, positionId: string | null } } };

export type EmployeeDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type EmployeeDetailQuery = { employee: { name: string, supervisor: { name: string } | null, assignments: Array<{ validFrom: string, validTo: string | null, reason: string | null, golongan: Golongan | null, position: { name: string } | null, supervisor: { name: string } | null }> } };

export type EmployeesQueryVariables = Exact<{
  filter?: EmployeeFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type EmployeesQuery = { employees: { totalCount: number, nodes: Array<{ nip: string, name: string, unit: { code: string }, position: { name: string } | null, supervisor: { name: string } | null }> } };

export type ReportingLinesQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportingLinesQuery = { employee: { subordinates: Array<{ name: string }>, supervisorChain: Array<{ name: string }> } };

export type ImportOrgUnitsMutationVariables = Exact<{
  input: ImportOrgUnitsInput;
}>;


export type ImportOrgUnitsMutation = { importOrgUnits: { rows: number, created: number, dryRun: boolean } };

export type ExistingUnitForImportMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type ExistingUnitForImportMutation = { createOrgUnit: { orgUnit: { id: string } } };

export type CreateOrgUnitMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type CreateOrgUnitMutation = { createOrgUnit: { orgUnit: { id: string, code: string, name: string, kind: OrgUnitKind, depth: number, parentId: string | null, agencyId: string, version: number } } };

export type MoveOrgUnitMutationVariables = Exact<{
  input: MoveOrgUnitInput;
}>;


export type MoveOrgUnitMutation = { moveOrgUnit: { orgUnit: { id: string, depth: number, parentId: string | null, version: number } } };

export type DeleteOrgUnitMutationVariables = Exact<{
  input: DeleteOrgUnitInput;
}>;


export type DeleteOrgUnitMutation = { deleteOrgUnit: { id: string } };

export type UnitTreeQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitTreeQuery = { orgUnit: { code: string, depth: number, parent: { code: string } | null, children: Array<{ code: string }>, ancestors: Array<{ code: string }>, descendants: { totalCount: number, nodes: Array<{ code: string, depth: number }> } } };

export type OrgUnitsQueryVariables = Exact<{
  filter?: OrgUnitFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type OrgUnitsQuery = { orgUnits: { totalCount: number, nodes: Array<{ code: string, parent: { code: string } | null, agency: { code: string }, children: Array<{ code: string }> }> } };

export type ImportPositionsMutationVariables = Exact<{
  input: ImportPositionsInput;
}>;


export type ImportPositionsMutation = { importPositions: { rows: number, created: number, dryRun: boolean } };

export type ImportUnitsForPositionsMutationVariables = Exact<{
  input: ImportOrgUnitsInput;
}>;


export type ImportUnitsForPositionsMutation = { importOrgUnits: { created: number } };

export type CreateUnitForPositionsMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type CreateUnitForPositionsMutation = { createOrgUnit: { orgUnit: { id: string } } };

export type CreatePositionMutationVariables = Exact<{
  input: CreatePositionInput;
}>;


export type CreatePositionMutation = { createPosition: { position: { id: string, name: string, type: PositionType, grade: number, unitId: string, superiorId: string | null, agencyId: string, version: number } } };

export type UpdatePositionMutationVariables = Exact<{
  input: UpdatePositionInput;
}>;


export type UpdatePositionMutation = { updatePosition: { position: { id: string, superiorId: string | null, version: number } } };

export type DeletePositionMutationVariables = Exact<{
  input: DeletePositionInput;
}>;


export type DeletePositionMutation = { deletePosition: { id: string } };

export type PositionDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PositionDetailQuery = { position: { name: string, unit: { code: string }, superior: { name: string } | null, subordinates: Array<{ name: string }>, superiorChain: Array<{ name: string }> } };

export type PositionsQueryVariables = Exact<{
  filter?: PositionFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type PositionsQuery = { positions: { totalCount: number, nodes: Array<{ name: string, unit: { code: string }, superior: { name: string } | null, agency: { code: string } }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { user: { id: string, username: string, displayName: string, roles: Array<Role>, agencyId: string | null, active: boolean, version: number } } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { user: { id: string, roles: Array<Role>, agencyId: string | null, active: boolean, version: number } } };

export type SetUserPasswordMutationVariables = Exact<{
  input: SetUserPasswordInput;
}>;


export type SetUserPasswordMutation = { setUserPassword: { user: { id: string } } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { token: string } };

export type LoginForUsersTestMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginForUsersTestMutation = { login: { token: string } };

export type UsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, nodes: Array<{ username: string, roles: Array<Role>, agency: { code: string } | null }> } };

export type MeForUsersTestQueryVariables = Exact<{ [key: string]: never; }>;


export type MeForUsersTestQuery = { me: { username: string } };

export const AgencyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AgencyFieldsFragment, unknown>;
export const CreateAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateAgencyMutation, CreateAgencyMutationVariables>;
export const UpdateAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateAgencyMutation, UpdateAgencyMutationVariables>;
export const DeleteAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteAgencyMutation, DeleteAgencyMutationVariables>;
export const GetAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<GetAgencyQuery, GetAgencyQueryVariables>;
export const ImportEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportEmployeesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importEmployees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}}]}}]}}]} as unknown as DocumentNode<ImportEmployeesMutation, ImportEmployeesMutationVariables>;
export const SetupUnitForImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetupUnitForImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SetupUnitForImportMutation, SetupUnitForImportMutationVariables>;
export const SetupPositionForImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetupPositionForImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SetupPositionForImportMutation, SetupPositionForImportMutationVariables>;
export const CreateUnitForEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUnitForEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUnitForEmployeesMutation, CreateUnitForEmployeesMutationVariables>;
export const CreatePositionForEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePositionForEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePositionForEmployeesMutation, CreatePositionForEmployeesMutationVariables>;
export const CreateEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nip"}},{"kind":"Field","name":{"kind":"Name","value":"nipFormatted"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"tmtCpns"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentYear"}},{"kind":"Field","name":{"kind":"Name","value":"employmentType"}},{"kind":"Field","name":{"kind":"Name","value":"golongan"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"positionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEmployeeMutation, CreateEmployeeMutationVariables>;
export const UpdateEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"positionId"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEmployeeMutation, UpdateEmployeeMutationVariables>;
export const EmployeeDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"golongan"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeDetailQuery, EmployeeDetailQueryVariables>;
export const EmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Employees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmployeeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NIP"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nip"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployeesQuery, EmployeesQueryVariables>;
export const ReportingLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subordinates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisorChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReportingLinesQuery, ReportingLinesQueryVariables>;
export const ImportOrgUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportOrgUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportOrgUnitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importOrgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}}]}}]}}]} as unknown as DocumentNode<ImportOrgUnitsMutation, ImportOrgUnitsMutationVariables>;
export const ExistingUnitForImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExistingUnitForImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ExistingUnitForImportMutation, ExistingUnitForImportMutationVariables>;
export const CreateOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOrgUnitMutation, CreateOrgUnitMutationVariables>;
export const MoveOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<MoveOrgUnitMutation, MoveOrgUnitMutationVariables>;
export const DeleteOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteOrgUnitMutation, DeleteOrgUnitMutationVariables>;
export const UnitTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"descendants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitTreeQuery, UnitTreeQueryVariables>;
export const OrgUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgUnitsQuery, OrgUnitsQueryVariables>;
export const ImportPositionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPositions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportPositionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPositions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}}]}}]}}]} as unknown as DocumentNode<ImportPositionsMutation, ImportPositionsMutationVariables>;
export const ImportUnitsForPositionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportUnitsForPositions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportOrgUnitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importOrgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<ImportUnitsForPositionsMutation, ImportUnitsForPositionsMutationVariables>;
export const CreateUnitForPositionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUnitForPositions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUnitForPositionsMutation, CreateUnitForPositionsMutationVariables>;
export const CreatePositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"superiorId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePositionMutation, CreatePositionMutationVariables>;
export const UpdatePositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"superiorId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePositionMutation, UpdatePositionMutationVariables>;
export const DeletePositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeletePositionMutation, DeletePositionMutationVariables>;
export const PositionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PositionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"superior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subordinates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"superiorChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PositionDetailQuery, PositionDetailQueryVariables>;
export const PositionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Positions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PositionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"superior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PositionsQuery, PositionsQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const SetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SetUserPasswordMutation, SetUserPasswordMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const LoginForUsersTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginForUsersTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<LoginForUsersTestMutation, LoginForUsersTestMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const MeForUsersTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeForUsersTest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<MeForUsersTestQuery, MeForUsersTestQueryVariables>;