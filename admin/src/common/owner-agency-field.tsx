import PublicIcon from '@mui/icons-material/Public';
import { Chip } from '@mui/material';
import { ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';

/**
 * Whose a piece of shared reference data is: a "Nasional" chip when it has no agency (the national
 * catalogue), else the agency's name. Reads `agencyId` of the record.
 */
export const OwnerAgencyField = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.agencyId) {
    return (
      <Chip
        size="small"
        color="primary"
        variant="outlined"
        icon={<PublicIcon />}
        label={translate('app.configuration.national')}
        data-testid="national-chip"
      />
    );
  }
  return (
    <ReferenceField source="agencyId" reference="agencies" link={false}>
      <TextField source="name" />
    </ReferenceField>
  );
};
