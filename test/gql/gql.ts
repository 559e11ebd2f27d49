/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AgencyFields on Agency {\n    id\n    code\n    name\n    kind\n    region\n    version\n    createdAt\n    updatedAt\n  }\n": typeof types.AgencyFieldsFragmentDoc,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        ...AgencyFields\n      }\n    }\n  }\n": typeof types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        ...AgencyFields\n      }\n    }\n  }\n": typeof types.UpdateAgencyDocument,
    "\n  mutation DeleteAgency($input: DeleteAgencyInput!) {\n    deleteAgency(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteAgencyDocument,
    "\n  query GetAgency($id: ID!) {\n    agency(id: $id) {\n      ...AgencyFields\n    }\n  }\n": typeof types.GetAgencyDocument,
    "\n  mutation ImportEmployees($input: ImportEmployeesInput!) {\n    importEmployees(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n": typeof types.ImportEmployeesDocument,
    "\n  mutation SetupUnitForImport($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n      }\n    }\n  }\n": typeof types.SetupUnitForImportDocument,
    "\n  mutation SetupPositionForImport($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      position {\n        id\n      }\n    }\n  }\n": typeof types.SetupPositionForImportDocument,
    "\n  mutation CreateUnitForEmployees($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n      }\n    }\n  }\n": typeof types.CreateUnitForEmployeesDocument,
    "\n  mutation CreatePositionForEmployees($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      position {\n        id\n      }\n    }\n  }\n": typeof types.CreatePositionForEmployeesDocument,
    "\n  mutation CreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n        nip\n        nipFormatted\n        fullName\n        birthDate\n        gender\n        tmtCpns\n        appointmentYear\n        employmentType\n        golongan\n        unitId\n        positionId\n        version\n      }\n    }\n  }\n": typeof types.CreateEmployeeDocument,
    "\n  mutation UpdateEmployee($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) {\n      employee {\n        id\n        version\n        positionId\n      }\n    }\n  }\n": typeof types.UpdateEmployeeDocument,
    "\n  query EmployeeDetail($id: ID!) {\n    employee(id: $id) {\n      name\n      supervisor {\n        name\n      }\n      assignments {\n        validFrom\n        validTo\n        reason\n        golongan\n        position {\n          name\n        }\n        supervisor {\n          name\n        }\n      }\n    }\n  }\n": typeof types.EmployeeDetailDocument,
    "\n  query Employees($filter: EmployeeFilter, $first: Int) {\n    employees(filter: $filter, first: $first, orderBy: [{ field: NIP }]) {\n      totalCount\n      nodes {\n        nip\n        name\n        unit {\n          code\n        }\n        position {\n          name\n        }\n        supervisor {\n          name\n        }\n      }\n    }\n  }\n": typeof types.EmployeesDocument,
    "\n    query ReportingLines($id: ID!) {\n      employee(id: $id) {\n        subordinates {\n          name\n        }\n        supervisorChain {\n          name\n        }\n      }\n    }\n  ": typeof types.ReportingLinesDocument,
    "\n  mutation ImportOrgUnits($input: ImportOrgUnitsInput!) {\n    importOrgUnits(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n": typeof types.ImportOrgUnitsDocument,
    "\n  mutation ExistingUnitForImport($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n      }\n    }\n  }\n": typeof types.ExistingUnitForImportDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n        code\n        name\n        kind\n        depth\n        parentId\n        agencyId\n        version\n      }\n    }\n  }\n": typeof types.CreateOrgUnitDocument,
    "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      orgUnit {\n        id\n        depth\n        parentId\n        version\n      }\n    }\n  }\n": typeof types.MoveOrgUnitDocument,
    "\n  mutation DeleteOrgUnit($input: DeleteOrgUnitInput!) {\n    deleteOrgUnit(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteOrgUnitDocument,
    "\n  query UnitTree($id: ID!) {\n    orgUnit(id: $id) {\n      code\n      depth\n      parent {\n        code\n      }\n      children {\n        code\n      }\n      ancestors {\n        code\n      }\n      descendants(first: 100) {\n        totalCount\n        nodes {\n          code\n          depth\n        }\n      }\n    }\n  }\n": typeof types.UnitTreeDocument,
    "\n  query OrgUnits($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        code\n        parent {\n          code\n        }\n        agency {\n          code\n        }\n        children {\n          code\n        }\n      }\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  mutation ImportPositions($input: ImportPositionsInput!) {\n    importPositions(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n": typeof types.ImportPositionsDocument,
    "\n  mutation ImportUnitsForPositions($input: ImportOrgUnitsInput!) {\n    importOrgUnits(input: $input) {\n      created\n    }\n  }\n": typeof types.ImportUnitsForPositionsDocument,
    "\n  mutation CreateUnitForPositions($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n      }\n    }\n  }\n": typeof types.CreateUnitForPositionsDocument,
    "\n  mutation CreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      position {\n        id\n        name\n        type\n        grade\n        unitId\n        superiorId\n        agencyId\n        version\n      }\n    }\n  }\n": typeof types.CreatePositionDocument,
    "\n  mutation UpdatePosition($input: UpdatePositionInput!) {\n    updatePosition(input: $input) {\n      position {\n        id\n        superiorId\n        version\n      }\n    }\n  }\n": typeof types.UpdatePositionDocument,
    "\n  mutation DeletePosition($input: DeletePositionInput!) {\n    deletePosition(input: $input) {\n      id\n    }\n  }\n": typeof types.DeletePositionDocument,
    "\n  query PositionDetail($id: ID!) {\n    position(id: $id) {\n      name\n      unit {\n        code\n      }\n      superior {\n        name\n      }\n      subordinates {\n        name\n      }\n      superiorChain {\n        name\n      }\n    }\n  }\n": typeof types.PositionDetailDocument,
    "\n  query Positions($filter: PositionFilter, $first: Int) {\n    positions(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        name\n        unit {\n          code\n        }\n        superior {\n          name\n        }\n        agency {\n          code\n        }\n      }\n    }\n  }\n": typeof types.PositionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        username\n        displayName\n        roles\n        agencyId\n        active\n        version\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        roles\n        agencyId\n        active\n        version\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SetUserPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation LoginForUsersTest($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": typeof types.LoginForUsersTestDocument,
    "\n  query Users($filter: UserFilter) {\n    users(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        username\n        roles\n        agency {\n          code\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query MeForUsersTest {\n    me {\n      username\n    }\n  }\n": typeof types.MeForUsersTestDocument,
};
const documents: Documents = {
    "\n  fragment AgencyFields on Agency {\n    id\n    code\n    name\n    kind\n    region\n    version\n    createdAt\n    updatedAt\n  }\n": types.AgencyFieldsFragmentDoc,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        ...AgencyFields\n      }\n    }\n  }\n": types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        ...AgencyFields\n      }\n    }\n  }\n": types.UpdateAgencyDocument,
    "\n  mutation DeleteAgency($input: DeleteAgencyInput!) {\n    deleteAgency(input: $input) {\n      id\n    }\n  }\n": types.DeleteAgencyDocument,
    "\n  query GetAgency($id: ID!) {\n    agency(id: $id) {\n      ...AgencyFields\n    }\n  }\n": types.GetAgencyDocument,
    "\n  mutation ImportEmployees($input: ImportEmployeesInput!) {\n    importEmployees(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n": types.ImportEmployeesDocument,
    "\n  mutation SetupUnitForImport($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n      }\n    }\n  }\n": types.SetupUnitForImportDocument,
    "\n  mutation SetupPositionForImport($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      position {\n        id\n      }\n    }\n  }\n": types.SetupPositionForImportDocument,
    "\n  mutation CreateUnitForEmployees($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n      }\n    }\n  }\n": types.CreateUnitForEmployeesDocument,
    "\n  mutation CreatePositionForEmployees($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      position {\n        id\n      }\n    }\n  }\n": types.CreatePositionForEmployeesDocument,
    "\n  mutation CreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n        nip\n        nipFormatted\n        fullName\n        birthDate\n        gender\n        tmtCpns\n        appointmentYear\n        employmentType\n        golongan\n        unitId\n        positionId\n        version\n      }\n    }\n  }\n": types.CreateEmployeeDocument,
    "\n  mutation UpdateEmployee($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) {\n      employee {\n        id\n        version\n        positionId\n      }\n    }\n  }\n": types.UpdateEmployeeDocument,
    "\n  query EmployeeDetail($id: ID!) {\n    employee(id: $id) {\n      name\n      supervisor {\n        name\n      }\n      assignments {\n        validFrom\n        validTo\n        reason\n        golongan\n        position {\n          name\n        }\n        supervisor {\n          name\n        }\n      }\n    }\n  }\n": types.EmployeeDetailDocument,
    "\n  query Employees($filter: EmployeeFilter, $first: Int) {\n    employees(filter: $filter, first: $first, orderBy: [{ field: NIP }]) {\n      totalCount\n      nodes {\n        nip\n        name\n        unit {\n          code\n        }\n        position {\n          name\n        }\n        supervisor {\n          name\n        }\n      }\n    }\n  }\n": types.EmployeesDocument,
    "\n    query ReportingLines($id: ID!) {\n      employee(id: $id) {\n        subordinates {\n          name\n        }\n        supervisorChain {\n          name\n        }\n      }\n    }\n  ": types.ReportingLinesDocument,
    "\n  mutation ImportOrgUnits($input: ImportOrgUnitsInput!) {\n    importOrgUnits(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n": types.ImportOrgUnitsDocument,
    "\n  mutation ExistingUnitForImport($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n      }\n    }\n  }\n": types.ExistingUnitForImportDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n        code\n        name\n        kind\n        depth\n        parentId\n        agencyId\n        version\n      }\n    }\n  }\n": types.CreateOrgUnitDocument,
    "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      orgUnit {\n        id\n        depth\n        parentId\n        version\n      }\n    }\n  }\n": types.MoveOrgUnitDocument,
    "\n  mutation DeleteOrgUnit($input: DeleteOrgUnitInput!) {\n    deleteOrgUnit(input: $input) {\n      id\n    }\n  }\n": types.DeleteOrgUnitDocument,
    "\n  query UnitTree($id: ID!) {\n    orgUnit(id: $id) {\n      code\n      depth\n      parent {\n        code\n      }\n      children {\n        code\n      }\n      ancestors {\n        code\n      }\n      descendants(first: 100) {\n        totalCount\n        nodes {\n          code\n          depth\n        }\n      }\n    }\n  }\n": types.UnitTreeDocument,
    "\n  query OrgUnits($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        code\n        parent {\n          code\n        }\n        agency {\n          code\n        }\n        children {\n          code\n        }\n      }\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  mutation ImportPositions($input: ImportPositionsInput!) {\n    importPositions(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n": types.ImportPositionsDocument,
    "\n  mutation ImportUnitsForPositions($input: ImportOrgUnitsInput!) {\n    importOrgUnits(input: $input) {\n      created\n    }\n  }\n": types.ImportUnitsForPositionsDocument,
    "\n  mutation CreateUnitForPositions($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n      }\n    }\n  }\n": types.CreateUnitForPositionsDocument,
    "\n  mutation CreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      position {\n        id\n        name\n        type\n        grade\n        unitId\n        superiorId\n        agencyId\n        version\n      }\n    }\n  }\n": types.CreatePositionDocument,
    "\n  mutation UpdatePosition($input: UpdatePositionInput!) {\n    updatePosition(input: $input) {\n      position {\n        id\n        superiorId\n        version\n      }\n    }\n  }\n": types.UpdatePositionDocument,
    "\n  mutation DeletePosition($input: DeletePositionInput!) {\n    deletePosition(input: $input) {\n      id\n    }\n  }\n": types.DeletePositionDocument,
    "\n  query PositionDetail($id: ID!) {\n    position(id: $id) {\n      name\n      unit {\n        code\n      }\n      superior {\n        name\n      }\n      subordinates {\n        name\n      }\n      superiorChain {\n        name\n      }\n    }\n  }\n": types.PositionDetailDocument,
    "\n  query Positions($filter: PositionFilter, $first: Int) {\n    positions(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        name\n        unit {\n          code\n        }\n        superior {\n          name\n        }\n        agency {\n          code\n        }\n      }\n    }\n  }\n": types.PositionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        username\n        displayName\n        roles\n        agencyId\n        active\n        version\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        roles\n        agencyId\n        active\n        version\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SetUserPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation LoginForUsersTest($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": types.LoginForUsersTestDocument,
    "\n  query Users($filter: UserFilter) {\n    users(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        username\n        roles\n        agency {\n          code\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query MeForUsersTest {\n    me {\n      username\n    }\n  }\n": types.MeForUsersTestDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyFields on Agency {\n    id\n    code\n    name\n    kind\n    region\n    version\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment AgencyFields on Agency {\n    id\n    code\n    name\n    kind\n    region\n    version\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        ...AgencyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        ...AgencyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        ...AgencyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        ...AgencyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAgency($input: DeleteAgencyInput!) {\n    deleteAgency(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAgency($input: DeleteAgencyInput!) {\n    deleteAgency(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetAgency($id: ID!) {\n    agency(id: $id) {\n      ...AgencyFields\n    }\n  }\n"): (typeof documents)["\n  query GetAgency($id: ID!) {\n    agency(id: $id) {\n      ...AgencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportEmployees($input: ImportEmployeesInput!) {\n    importEmployees(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n"): (typeof documents)["\n  mutation ImportEmployees($input: ImportEmployeesInput!) {\n    importEmployees(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupUnitForImport($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetupUnitForImport($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupPositionForImport($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      position {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetupPositionForImport($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      position {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnitForEmployees($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnitForEmployees($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePositionForEmployees($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      position {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePositionForEmployees($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      position {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n        nip\n        nipFormatted\n        fullName\n        birthDate\n        gender\n        tmtCpns\n        appointmentYear\n        employmentType\n        golongan\n        unitId\n        positionId\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n        nip\n        nipFormatted\n        fullName\n        birthDate\n        gender\n        tmtCpns\n        appointmentYear\n        employmentType\n        golongan\n        unitId\n        positionId\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmployee($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) {\n      employee {\n        id\n        version\n        positionId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEmployee($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) {\n      employee {\n        id\n        version\n        positionId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployeeDetail($id: ID!) {\n    employee(id: $id) {\n      name\n      supervisor {\n        name\n      }\n      assignments {\n        validFrom\n        validTo\n        reason\n        golongan\n        position {\n          name\n        }\n        supervisor {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployeeDetail($id: ID!) {\n    employee(id: $id) {\n      name\n      supervisor {\n        name\n      }\n      assignments {\n        validFrom\n        validTo\n        reason\n        golongan\n        position {\n          name\n        }\n        supervisor {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Employees($filter: EmployeeFilter, $first: Int) {\n    employees(filter: $filter, first: $first, orderBy: [{ field: NIP }]) {\n      totalCount\n      nodes {\n        nip\n        name\n        unit {\n          code\n        }\n        position {\n          name\n        }\n        supervisor {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Employees($filter: EmployeeFilter, $first: Int) {\n    employees(filter: $filter, first: $first, orderBy: [{ field: NIP }]) {\n      totalCount\n      nodes {\n        nip\n        name\n        unit {\n          code\n        }\n        position {\n          name\n        }\n        supervisor {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReportingLines($id: ID!) {\n      employee(id: $id) {\n        subordinates {\n          name\n        }\n        supervisorChain {\n          name\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ReportingLines($id: ID!) {\n      employee(id: $id) {\n        subordinates {\n          name\n        }\n        supervisorChain {\n          name\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportOrgUnits($input: ImportOrgUnitsInput!) {\n    importOrgUnits(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n"): (typeof documents)["\n  mutation ImportOrgUnits($input: ImportOrgUnitsInput!) {\n    importOrgUnits(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExistingUnitForImport($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExistingUnitForImport($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n        code\n        name\n        kind\n        depth\n        parentId\n        agencyId\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n        code\n        name\n        kind\n        depth\n        parentId\n        agencyId\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      orgUnit {\n        id\n        depth\n        parentId\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      orgUnit {\n        id\n        depth\n        parentId\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrgUnit($input: DeleteOrgUnitInput!) {\n    deleteOrgUnit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteOrgUnit($input: DeleteOrgUnitInput!) {\n    deleteOrgUnit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitTree($id: ID!) {\n    orgUnit(id: $id) {\n      code\n      depth\n      parent {\n        code\n      }\n      children {\n        code\n      }\n      ancestors {\n        code\n      }\n      descendants(first: 100) {\n        totalCount\n        nodes {\n          code\n          depth\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitTree($id: ID!) {\n    orgUnit(id: $id) {\n      code\n      depth\n      parent {\n        code\n      }\n      children {\n        code\n      }\n      ancestors {\n        code\n      }\n      descendants(first: 100) {\n        totalCount\n        nodes {\n          code\n          depth\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnits($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        code\n        parent {\n          code\n        }\n        agency {\n          code\n        }\n        children {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnits($filter: OrgUnitFilter, $first: Int) {\n    orgUnits(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        code\n        parent {\n          code\n        }\n        agency {\n          code\n        }\n        children {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPositions($input: ImportPositionsInput!) {\n    importPositions(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPositions($input: ImportPositionsInput!) {\n    importPositions(input: $input) {\n      rows\n      created\n      dryRun\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportUnitsForPositions($input: ImportOrgUnitsInput!) {\n    importOrgUnits(input: $input) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation ImportUnitsForPositions($input: ImportOrgUnitsInput!) {\n    importOrgUnits(input: $input) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnitForPositions($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnitForPositions($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      orgUnit {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      position {\n        id\n        name\n        type\n        grade\n        unitId\n        superiorId\n        agencyId\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      position {\n        id\n        name\n        type\n        grade\n        unitId\n        superiorId\n        agencyId\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePosition($input: UpdatePositionInput!) {\n    updatePosition(input: $input) {\n      position {\n        id\n        superiorId\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePosition($input: UpdatePositionInput!) {\n    updatePosition(input: $input) {\n      position {\n        id\n        superiorId\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePosition($input: DeletePositionInput!) {\n    deletePosition(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePosition($input: DeletePositionInput!) {\n    deletePosition(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionDetail($id: ID!) {\n    position(id: $id) {\n      name\n      unit {\n        code\n      }\n      superior {\n        name\n      }\n      subordinates {\n        name\n      }\n      superiorChain {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PositionDetail($id: ID!) {\n    position(id: $id) {\n      name\n      unit {\n        code\n      }\n      superior {\n        name\n      }\n      subordinates {\n        name\n      }\n      superiorChain {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Positions($filter: PositionFilter, $first: Int) {\n    positions(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        name\n        unit {\n          code\n        }\n        superior {\n          name\n        }\n        agency {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Positions($filter: PositionFilter, $first: Int) {\n    positions(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        name\n        unit {\n          code\n        }\n        superior {\n          name\n        }\n        agency {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        username\n        displayName\n        roles\n        agencyId\n        active\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        username\n        displayName\n        roles\n        agencyId\n        active\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        roles\n        agencyId\n        active\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        roles\n        agencyId\n        active\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginForUsersTest($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation LoginForUsersTest($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: UserFilter) {\n    users(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        username\n        roles\n        agency {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($filter: UserFilter) {\n    users(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        username\n        roles\n        agency {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeForUsersTest {\n    me {\n      username\n    }\n  }\n"): (typeof documents)["\n  query MeForUsersTest {\n    me {\n      username\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;