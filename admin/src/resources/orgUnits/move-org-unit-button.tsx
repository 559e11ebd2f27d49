import { can } from '../../access';
import DriveFileMoveIcon from '@mui/icons-material/DriveFileMove';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  AutocompleteInput,
  BooleanInput,
  Button,
  ReferenceInput,
  useDataProvider,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  type Identifier,
  type Validator,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { FormDialog } from '../../common/form-dialog';
import type { KinerjaDataProvider } from '../../dataProvider';

type MoveValues = { parentId?: Identifier | null; toTop?: boolean };

const parentRequiredUnlessTop: Validator = (value, values: MoveValues) =>
  !value && !values.toTop ? 'resources.orgUnits.move.parentRequired' : undefined;

/** The new parent, among the units of the same agency; hidden when the unit goes to the top. */
const NewParentInput = ({ agencyId }: { agencyId: Identifier }) => {
  const toTop = useWatch<MoveValues>({ name: 'toTop' });
  if (toTop) return null;
  return (
    <ReferenceInput source="parentId" reference="orgUnits" filter={{ agencyId }}>
      <AutocompleteInput
        label="resources.orgUnits.move.parentId"
        validate={parentRequiredUnlessTop}
        parse={(value: string) => value || null}
        fullWidth
      />
    </ReferenceInput>
  );
};

/**
 * "Move" for the unit on the page: puts it, with everything below it, under another unit of its
 * agency or at the top. The API refuses a move under the unit itself or one of its sub-units; that
 * refusal is shown on the parent input. Editors only.
 */
export const MoveOrgUnitButton = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const { mutateAsync } = useMutation({
    mutationFn: ({ id, version, parentId }: { id: Identifier; version: number; parentId: Identifier | null }) =>
      dataProvider.moveOrgUnit(id, version, parentId),
  });

  if (!record || !can(permissions, 'organization.manage')) return null;

  const move = async (values: MoveValues) => {
    const parentId = values.toTop ? null : (values.parentId ?? null);
    await mutateAsync({ id: record.id, version: Number(record.version), parentId });
    setOpen(false);
    notify('resources.orgUnits.move.success', { type: 'success', messageArgs: { name: record.name } });
    // Depth, parent and version changed, and so did the tree around the unit: reload.
    refresh();
  };

  return (
    <>
      <Button label="resources.orgUnits.move.action" onClick={() => setOpen(true)}>
        <DriveFileMoveIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title="resources.orgUnits.move.title"
        description="resources.orgUnits.move.description"
        messageArgs={{ name: record.name }}
        submitLabel="resources.orgUnits.move.submit"
        submitIcon={<DriveFileMoveIcon />}
        onSubmit={move}
        maxWidth="sm"
      >
        <BooleanInput source="toTop" label="resources.orgUnits.move.toTop" helperText={false} />
        <NewParentInput agencyId={record.agencyId as Identifier} />
      </FormDialog>
    </>
  );
};
