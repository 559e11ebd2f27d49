import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import {
  Alert,
  Box,
  Chip,
  IconButton,
  LinearProgress,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Button, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { formatDecimal } from '../../common/format';
import type { KinerjaDataProvider } from '../../dataProvider';
import { PREDICATE_COLORS, predicateLabel, ratingLabel } from './scoring-scheme-choices';
import {
  RATINGS,
  rulesOf,
  toPreviewInput,
  workedExample,
  WORKED_EXAMPLE_BEHAVIOUR,
  type Direction,
  type Rating,
  type SampleLine,
  type SchemeRuleValues,
} from './scoring-rules';

const DIRECTIONS: Direction[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'TARGET_RANGE'];
const NUMBER_FIELDS = ['weight', 'target', 'targetMax', 'realization'] as const;

/** The value after `delay` ms without change: the preview asks the API once the user pauses typing. */
const useDebounced = <T,>(value: T, delay: number): T => {
  const key = JSON.stringify(value);
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(JSON.parse(key) as T), delay);
    return () => clearTimeout(timer);
  }, [key, delay]);
  return debounced;
};

const parseNumber = (text: string): number | null => {
  if (text.trim() === '') return null;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
};

/** The editable sample lines: label, direction, main or additional, weight, target(s) and realisation. */
const SampleLinesEditor = ({ lines, onChange }: { lines: SampleLine[]; onChange: (lines: SampleLine[]) => void }) => {
  const translate = useTranslate();
  const update = (index: number, change: Partial<SampleLine>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...change } : line)));
  return (
    <Table size="small" data-testid="preview-lines">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.scoringSchemes.preview.label')}</TableCell>
          <TableCell>{translate('resources.scoringSchemes.preview.direction')}</TableCell>
          <TableCell>{translate('resources.scoringSchemes.preview.category')}</TableCell>
          {NUMBER_FIELDS.map((field) => (
            <TableCell key={field}>{translate(`resources.scoringSchemes.preview.${field}`)}</TableCell>
          ))}
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((line, index) => (
          <TableRow key={index}>
            <TableCell>
              <TextField
                size="small"
                value={line.label}
                onChange={(event) => update(index, { label: event.target.value })}
                slotProps={{ htmlInput: { 'aria-label': translate('resources.scoringSchemes.preview.label') } }}
                sx={{ minWidth: 180 }}
              />
            </TableCell>
            <TableCell>
              <TextField
                select
                size="small"
                value={line.direction}
                onChange={(event) => update(index, { direction: event.target.value as Direction })}
                sx={{ minWidth: 150 }}
              >
                {DIRECTIONS.map((direction) => (
                  <MenuItem key={direction} value={direction}>
                    {translate(`resources.indicators.directions.${direction}`)}
                  </MenuItem>
                ))}
              </TextField>
            </TableCell>
            <TableCell>
              <TextField
                select
                size="small"
                value={line.category}
                onChange={(event) => update(index, { category: event.target.value as SampleLine['category'] })}
              >
                {(['UTAMA', 'TAMBAHAN'] as const).map((category) => (
                  <MenuItem key={category} value={category}>
                    {translate(`resources.criteriaTemplates.categories.${category}`)}
                  </MenuItem>
                ))}
              </TextField>
            </TableCell>
            {NUMBER_FIELDS.map((field) => (
              <TableCell key={field}>
                <TextField
                  size="small"
                  type="number"
                  value={line[field] ?? ''}
                  disabled={field === 'targetMax' && line.direction !== 'TARGET_RANGE'}
                  onChange={(event) => update(index, { [field]: parseNumber(event.target.value) })}
                  slotProps={{
                    htmlInput: {
                      step: 'any',
                      'aria-label': `${translate(`resources.scoringSchemes.preview.${field}`)} ${index + 1}`,
                      name: `preview.${index}.${field}`,
                    },
                  }}
                  sx={{ width: 90 }}
                />
              </TableCell>
            ))}
            <TableCell>
              <IconButton
                size="small"
                aria-label={translate('ra.action.remove')}
                disabled={lines.length <= 1}
                onClick={() => onChange(lines.filter((_, i) => i !== index))}
              >
                <DeleteIcon fontSize="small" />
              </IconButton>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const RatingChip = ({ rating, testId }: { rating?: string | null; testId: string }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      data-testid={testId}
      label={rating ? translate(ratingLabel(rating)) : '—'}
      color={rating === 'DI_ATAS_EKSPEKTASI' ? 'success' : rating === 'DI_BAWAH_EKSPEKTASI' ? 'error' : 'default'}
    />
  );
};

/**
 * Pratinjau: scores a few editable sample lines with the rules as they are in the form, saved or
 * not (previewScore with `rules`), and shows every line's achievement and score, the ratings,
 * the predicate and each step of the computation. Starts from the worked example of docs/domain.md#achievement.
 */
export const ScorePreviewPanel = () => {
  const translate = useTranslate();
  const record = useRecordContext();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const values = useWatch() as SchemeRuleValues;
  const example = () =>
    workedExample([
      translate('resources.scoringSchemes.preview.samples.serviceTime'),
      translate('resources.scoringSchemes.preview.samples.dataAccuracy'),
      translate('resources.scoringSchemes.preview.samples.trainings'),
    ]);
  const [lines, setLines] = useState<SampleLine[]>(example);
  const [behaviour, setBehaviour] = useState<Rating | ''>(WORKED_EXAMPLE_BEHAVIOUR);
  const rules = useMemo(() => rulesOf(values), [values]);
  const input = toPreviewInput({ lines, behaviourRating: behaviour || null, rules, schemeId: record?.id ? String(record.id) : null });
  const debounced = useDebounced(input, 400);
  const {
    data: preview,
    error,
    isFetching,
  } = useQuery({
    queryKey: ['scoringSchemes', 'previewScore', debounced],
    queryFn: async () => (await dataProvider.previewScore(debounced)).data,
    placeholderData: keepPreviousData,
    retry: false,
  });

  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, width: '100%', maxWidth: '100%', minWidth: 0, boxSizing: 'border-box', mt: 2 }}
      data-testid="score-preview"
    >
      <Typography variant="h6" component="h2">
        {translate('resources.scoringSchemes.preview.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('resources.scoringSchemes.preview.help')}
      </Typography>
      <Box sx={{ overflowX: 'auto', maxWidth: '100%' }}>
        <SampleLinesEditor lines={lines} onChange={setLines} />
      </Box>
      <Stack direction="row" spacing={1} sx={{ my: 1, alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Button
          label="resources.scoringSchemes.preview.addLine"
          onClick={() =>
            setLines([
              ...lines,
              { label: '', direction: 'HIGHER_IS_BETTER', category: 'UTAMA', weight: 0, target: null, targetMax: null, realization: null },
            ])
          }
        >
          <AddIcon />
        </Button>
        <Button
          label="resources.scoringSchemes.preview.reset"
          onClick={() => {
            setLines(example());
            setBehaviour(WORKED_EXAMPLE_BEHAVIOUR);
          }}
        >
          <RestartAltIcon />
        </Button>
        <TextField
          select
          size="small"
          label={translate('resources.scoringSchemes.preview.behaviourRating')}
          value={behaviour}
          onChange={(event) => setBehaviour(event.target.value as Rating | '')}
          sx={{ minWidth: 240 }}
        >
          <MenuItem value="">—</MenuItem>
          {RATINGS.map((rating) => (
            <MenuItem key={rating} value={rating}>
              {translate(ratingLabel(rating))}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {isFetching ? <LinearProgress sx={{ mb: 1 }} /> : <Box sx={{ height: 4, mb: 1 }} />}
      {error ? (
        <Alert severity="error" sx={{ mb: 1 }} data-testid="preview-error">
          {error instanceof Error ? error.message : String(error)}
        </Alert>
      ) : null}
      {preview ? (
        <>
          <Box sx={{ overflowX: 'auto', maxWidth: '100%' }}>
            <Table size="small" data-testid="preview-results">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.scoringSchemes.preview.label')}</TableCell>
                  <TableCell align="right">{translate('resources.scoringSchemes.preview.weight')}</TableCell>
                  <TableCell align="right">{translate('resources.scoringSchemes.preview.achievement')}</TableCell>
                  <TableCell align="right">{translate('resources.scoringSchemes.preview.contribution')}</TableCell>
                  <TableCell>{translate('resources.scoringSchemes.preview.step')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {preview.lines.map((line) => (
                  <TableRow key={line.key}>
                    <TableCell>{line.label ?? line.key}</TableCell>
                    <TableCell align="right">{formatDecimal(line.weight)}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {line.achievement === null ? '—' : `${formatDecimal(line.achievement)} %`}
                      {line.capped ? (
                        <Chip
                          size="small"
                          sx={{ ml: 0.5 }}
                          label={translate('resources.scoringSchemes.preview.capped', { raw: formatDecimal(line.rawAchievement) })}
                        />
                      ) : null}
                    </TableCell>
                    <TableCell align="right">{line.contribution === null ? '—' : formatDecimal(line.contribution)}</TableCell>
                    <TableCell>
                      <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
                        {line.step}
                      </Typography>
                      {line.problem ? (
                        <Typography variant="body2" color="error">
                          {line.problem}
                        </Typography>
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
          <Stack direction="row" spacing={2} useFlexGap sx={{ mt: 2, flexWrap: 'wrap', alignItems: 'center' }}>
            <Typography variant="body2">
              {translate('resources.scoringSchemes.preview.mainScore')}: <strong>{formatDecimal(preview.mainScore) || '—'}</strong>
            </Typography>
            <Typography variant="body2">
              {translate('resources.scoringSchemes.preview.additionalScore')}: <strong>{formatDecimal(preview.additionalScore)}</strong>
            </Typography>
            <Typography variant="body2" data-testid="preview-score">
              {translate('resources.scoringSchemes.preview.score')}: <strong>{formatDecimal(preview.score) || '—'}</strong>
            </Typography>
            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
              <Typography variant="body2">{translate('resources.scoringSchemes.preview.resultRating')}:</Typography>
              <RatingChip rating={preview.resultRating} testId="preview-result-rating" />
            </Stack>
            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
              <Typography variant="body2">{translate('resources.scoringSchemes.preview.behaviourRating')}:</Typography>
              <RatingChip rating={preview.behaviourRating} testId="preview-behaviour-rating" />
            </Stack>
            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
              <Typography variant="body2">{translate('resources.scoringSchemes.preview.predicate')}:</Typography>
              <Chip
                size="small"
                data-testid="preview-predicate"
                color={preview.predicate ? PREDICATE_COLORS[preview.predicate] : 'default'}
                label={preview.predicate ? translate(predicateLabel(preview.predicate)) : '—'}
              />
            </Stack>
          </Stack>
          {preview.problems.length > 0 ? (
            <Alert severity="warning" sx={{ mt: 2 }}>
              {preview.problems.map((problem) => (
                <div key={problem}>{problem}</div>
              ))}
            </Alert>
          ) : null}
          <Typography variant="subtitle2" sx={{ mt: 2 }}>
            {translate('resources.scoringSchemes.preview.steps')}
          </Typography>
          <Typography component="ol" variant="body2" sx={{ m: 0, pl: 3, fontFamily: 'monospace' }} data-testid="preview-steps">
            {preview.steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </Typography>
        </>
      ) : null}
    </Paper>
  );
};
