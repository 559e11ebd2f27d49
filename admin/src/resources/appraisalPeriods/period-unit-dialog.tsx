import type { ReactElement } from 'react';
import { AutocompleteInput, ReferenceInput, type RaRecord } from 'react-admin';
import { FormDialog } from '../../common/form-dialog';

/**
 * A period-wide action that may be narrowed to a unit and the units below it
 * (generating plans, confirming evaluations).
 */
export function PeriodUnitDialog({
  open,
  onClose,
  title,
  description,
  submitLabel,
  record,
  icon,
  onSubmit,
}: {
  open: boolean;
  onClose: () => void;
  /** Translation keys. */
  title: string;
  description: string;
  submitLabel: string;
  record: RaRecord;
  icon: ReactElement;
  onSubmit: (values: { unitId?: string | null }) => Promise<void>;
}) {
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={title}
      description={description}
      messageArgs={{ name: record.name }}
      submitLabel={submitLabel}
      submitIcon={icon}
      onSubmit={onSubmit}
      alwaysEnableSubmit
      maxWidth="sm"
    >
      <ReferenceInput source="unitId" reference="orgUnits" filter={{ agencyId: record.agencyId }}>
        <AutocompleteInput
          label="resources.appraisalPeriods.plans.unit"
          helperText="resources.appraisalPeriods.plans.unitHelper"
          fullWidth
        />
      </ReferenceInput>
    </FormDialog>
  );
}
