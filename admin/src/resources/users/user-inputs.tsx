import { can } from '../../access';
import {
  AutocompleteInput,
  CheckboxGroupInput,
  maxLength,
  minLength,
  ReferenceInput,
  regex,
  required,
  usePermissions,
  type Validator,
} from 'react-admin';
import { roleChoicesFor } from './user-roles';

// The API's rules (api/src/modules/auth/user.types.ts), mirrored so that most mistakes never
// leave the browser. The API stays the authority: its BAD_USER_INPUT errors mark the field too.
export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,49}$/;
export const PASSWORD_MIN = 10;

export const validateUsername = [required(), regex(USERNAME, 'resources.users.validation.username')];
export const validateDisplayName = [required(), minLength(2), maxLength(120)];
export const validatePassword = [required(), minLength(PASSWORD_MIN), maxLength(200)];
const validateRoles = [required()];

/** Login names are lower case: type "Budi.S" and get "budi.s". */
export const parseUsername = (value: string) => (value ? value.trim().toLowerCase() : '');

/**
 * Every account but a platform administrator's belongs to an agency. An agency administrator
 * may leave it empty: the API then uses their own agency.
 */
const agencyRequiredFor =
  (permissions: unknown): Validator =>
  (value, values: { roles?: string[] }) =>
    !value && can(permissions, 'agencies.all') && !(values.roles ?? []).includes('SUPER_ADMIN')
      ? 'resources.users.validation.agencyRequired'
      : undefined;

/** Roles as checkboxes; SUPER_ADMIN is read-only for those who may not grant it. */
export const RolesInput = () => {
  const { permissions } = usePermissions();
  return <CheckboxGroupInput source="roles" choices={roleChoicesFor(permissions)} validate={validateRoles} row={false} />;
};

/** The account's agency, searched by name or code; empty means "none" (or the actor's own agency). */
export const AgencyInput = () => {
  const { permissions } = usePermissions();
  return (
    <ReferenceInput source="agencyId" reference="agencies">
      <AutocompleteInput
        validate={agencyRequiredFor(permissions)}
        parse={(value: string) => value || null}
        helperText={can(permissions, 'agencies.all') ? 'resources.users.helpers.agencyId' : 'resources.users.helpers.ownAgency'}
      />
    </ReferenceInput>
  );
};
