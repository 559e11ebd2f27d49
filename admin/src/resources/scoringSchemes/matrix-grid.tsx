import { Box, Chip, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { FieldTitle, InputHelperText, useInput, useRecordContext, useTranslate, type Validator } from 'react-admin';
import { PREDICATE_COLORS, predicateLabel, ratingLabel } from './scoring-scheme-choices';
import {
  BEHAVIOUR_COLUMNS,
  cellsToGrid,
  isCompleteMatrix,
  PREDICATES,
  RESULT_ROWS,
  setCell,
  type MatrixCell,
  type MatrixGrid,
  type Predicate,
} from './scoring-rules';

const validateMatrix: Validator = (cells: unknown) =>
  isCompleteMatrix(cells as MatrixCell[] | undefined) ? undefined : 'resources.scoringSchemes.validation.matrix';

/** The 3x3 table: a header row of behaviour ratings, then one row per result rating. */
const MatrixTable = ({
  grid,
  renderCell,
}: {
  grid: MatrixGrid;
  renderCell: (
    result: (typeof RESULT_ROWS)[number],
    behaviour: (typeof BEHAVIOUR_COLUMNS)[number],
    predicate: Predicate | null,
  ) => ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <Table size="small" sx={{ width: 'auto', '& td, & th': { border: 1, borderColor: 'divider' } }} data-testid="predicate-matrix">
      <TableHead>
        <TableRow>
          <TableCell sx={{ fontStyle: 'italic' }}>{translate('resources.scoringSchemes.matrix.corner')}</TableCell>
          {BEHAVIOUR_COLUMNS.map((behaviour) => (
            <TableCell key={behaviour} align="center" sx={{ fontWeight: 600 }}>
              {translate(ratingLabel(behaviour))}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {RESULT_ROWS.map((result) => (
          <TableRow key={result}>
            <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
              {translate(ratingLabel(result))}
            </TableCell>
            {BEHAVIOUR_COLUMNS.map((behaviour) => (
              <TableCell key={behaviour} align="center">
                {renderCell(result, behaviour, grid[result][behaviour])}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/**
 * The predicate matrix as a 3x3 grid of selects (rows: result rating, columns: behaviour rating),
 * editing the record's `matrixCells` (the API's list of 9 cells). All 9 must be set.
 */
export const MatrixGridInput = ({ source = 'matrixCells' }: { source?: string; label?: string }) => {
  const translate = useTranslate();
  const { field, fieldState, isRequired } = useInput({ source, validate: validateMatrix });
  const grid = cellsToGrid(field.value as MatrixCell[] | undefined);
  const error = fieldState.error?.message;
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="subtitle2" component="p" sx={{ mb: 1 }}>
        <FieldTitle source={source} resource="scoringSchemes" isRequired={isRequired} />
      </Typography>
      <MatrixTable
        grid={grid}
        renderCell={(result, behaviour, predicate) => (
          <TextField
            select
            size="small"
            value={predicate ?? ''}
            onChange={(event) =>
              field.onChange(setCell(field.value as MatrixCell[] | undefined, result, behaviour, event.target.value as Predicate))
            }
            onBlur={field.onBlur}
            error={!predicate && !!error}
            slotProps={{
              select: {
                SelectDisplayProps: {
                  'aria-label': translate('resources.scoringSchemes.matrix.cell', {
                    result: translate(ratingLabel(result)),
                    behaviour: translate(ratingLabel(behaviour)),
                  }),
                },
              },
            }}
            sx={{ minWidth: 170 }}
          >
            {PREDICATES.map((value) => (
              <MenuItem key={value} value={value}>
                {translate(predicateLabel(value))}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <Typography variant="caption" color={error ? 'error' : 'text.secondary'} component="div" sx={{ mt: 0.5 }}>
        <InputHelperText error={error} helperText="resources.scoringSchemes.helpers.matrix" />
      </Typography>
    </Box>
  );
};

/** The stored matrix, read-only, with coloured predicates. */
export const MatrixGridField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const grid = cellsToGrid(record?.matrixCells as MatrixCell[] | undefined);
  return (
    <MatrixTable
      grid={grid}
      renderCell={(_result, _behaviour, predicate) =>
        predicate ? <Chip size="small" color={PREDICATE_COLORS[predicate]} label={translate(predicateLabel(predicate))} /> : '—'
      }
    />
  );
};
