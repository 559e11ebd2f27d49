import EditIcon from '@mui/icons-material/Edit';
import { Alert, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { CheckboxGroupInput, maxValue, minValue, NumberInput, Title, useDataProvider, usePermissions, useTranslate } from 'react-admin';
import { DialogActionButton } from '../../common/dialog-action-button';
import type { DisciplineAuthority, KinerjaDataProvider } from '../../dataProvider';
import { roleLabel } from '../users/user-roles';
import { SanctionLevelChip } from './case-fields';
import { refusalText } from './case-refusal';
import { canSetAuthorities } from './case-rules';

/** Roles of an agency that may be named as deciders (platform administrators always may). */
const DECIDER_ROLES = ['AGENCY_ADMIN', 'HR_OFFICER', 'EVALUATOR', 'SUPERVISOR'].map((id) => ({ id, name: roleLabel(id) }));

const validateLevels = [minValue(1), maxValue(5)];

/** Ubah: the roles and the reach up the supervisor chain that decide one level. */
const EditAuthorityButton = ({ authority }: { authority: DisciplineAuthority }) => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const levelName = translate(`resources.disciplinaryCases.levels.${authority.level}`);
  return (
    <DialogActionButton<{ roles?: string[]; supervisorLevels?: number | null }>
      texts="resources.disciplinaryCases.authorities.edit"
      icon={<EditIcon />}
      messageArgs={{ level: levelName }}
      onSubmit={async (values) => {
        try {
          await dataProvider.setDisciplineAuthority({
            level: authority.level,
            roles: (values.roles ?? []) as never,
            supervisorLevels: values.supervisorLevels || null,
            version: authority.version,
          });
        } catch (error) {
          if ((error as { body?: { errors?: unknown } }).body?.errors) throw error;
          throw new Error(refusalText(error, translate));
        }
        await queryClient.invalidateQueries({ queryKey: ['disciplineAuthorities'] });
      }}
      testId={`authority-edit-${authority.level}`}
      variant="outlined"
    >
      <CheckboxGroupInput
        source="roles"
        label="resources.disciplinaryCases.authorities.roles"
        choices={DECIDER_ROLES}
        defaultValue={authority.roles}
        row={false}
      />
      <NumberInput
        source="supervisorLevels"
        label="resources.disciplinaryCases.authorities.supervisorLevels"
        helperText="resources.disciplinaryCases.authorities.supervisorLevelsHelper"
        defaultValue={authority.supervisorLevels ?? undefined}
        validate={validateLevels}
      />
    </DialogActionButton>
  );
};

/**
 * Kewenangan penjatuhan hukuman: who decides each level of sanction in the agency (its own setting
 * or the default of PP 94/2021), and for administrators the means to change it. /disciplinaryCases/authorities
 */
export const DisciplineAuthorities = () => {
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const editable = canSetAuthorities(permissions);
  const { data, error } = useQuery({
    queryKey: ['disciplineAuthorities'],
    queryFn: async () => (await dataProvider.disciplineAuthorities()).data,
  });
  const column = (name: string) => translate(`resources.disciplinaryCases.authorities.${name}`);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.disciplinaryCases.authorities.title" />
      <CardContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {column('description')}
        </Typography>
        {error ? <Alert severity="error">{refusalText(error, translate)}</Alert> : null}
        <Table size="small" data-testid="discipline-authorities">
          <TableHead>
            <TableRow>
              <TableCell>{column('level')}</TableCell>
              <TableCell>{column('roles')}</TableCell>
              <TableCell>{column('supervisorLevels')}</TableCell>
              <TableCell>{column('source')}</TableCell>
              {editable ? <TableCell /> : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {(data ?? []).map((authority) => (
              <TableRow key={authority.level} data-testid="authority-row" data-level={authority.level}>
                <TableCell>
                  <SanctionLevelChip level={authority.level} />
                </TableCell>
                <TableCell>
                  <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                    {authority.roles.length === 0 ? '—' : null}
                    {authority.roles.map((role) => (
                      <Chip key={role} size="small" label={translate(roleLabel(role))} />
                    ))}
                  </Stack>
                </TableCell>
                <TableCell>
                  {authority.supervisorLevels
                    ? translate('resources.disciplinaryCases.authorities.supervisorReach', { levels: authority.supervisorLevels })
                    : '—'}
                </TableCell>
                <TableCell>{column(authority.isDefault ? 'default' : 'own')}</TableCell>
                {editable ? (
                  <TableCell align="right">
                    <EditAuthorityButton authority={authority} />
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};
