import { Alert } from '@mui/material';
import {
  AutocompleteInput,
  DeleteButton,
  ReferenceInput,
  required,
  SaveButton,
  Toolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { can } from '../access';
import { canEditSharedRecord } from './configuration';

const validateAgency = [required()];

/** An empty choice is "none", not an empty string the API would read as an ID. */
const parseId = (value: string) => value || null;

/**
 * The agency a new configuration record belongs to. Only platform administrators choose it;
 * for everyone else the API takes their own agency, so the input is not shown. With `national`,
 * an empty choice makes a national record; without, an agency is required.
 */
export const OwnerAgencyInput = ({ national }: { national: boolean }) => {
  const { permissions } = usePermissions();
  if (!can(permissions, 'agencies.all')) return null;
  return (
    <ReferenceInput source="agencyId" reference="agencies">
      <AutocompleteInput
        parse={parseId}
        validate={national ? undefined : validateAgency}
        helperText={national ? 'app.configuration.emptyIsNational' : 'app.configuration.chooseAgency'}
        sx={{ minWidth: 360 }}
      />
    </ReferenceInput>
  );
};

/**
 * The toolbar of an edit form of shared reference data: Save (and Delete, when the API can delete
 * such records) for those who may change the record; for a national record and anyone but a
 * platform administrator, a note that it is read-only instead.
 */
export const SharedRecordToolbar = ({ deletable = false }: { deletable?: boolean }) => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const translate = useTranslate();
  if (!canEditSharedRecord(permissions, record)) {
    return (
      <Alert severity="info" sx={{ m: 2 }} data-testid="read-only-note">
        {translate('app.configuration.nationalReadOnly')}
      </Alert>
    );
  }
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {deletable ? <DeleteButton mutationMode="pessimistic" /> : null}
    </Toolbar>
  );
};
