import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useMoneyFormat } from './money';

// A table scrolls inside its box on a phone instead of widening the page: width 0 keeps it out of the
// page's minimum width, minWidth 100 % gives it the width there is.
export const TABLE_BOX = { overflowX: 'auto', width: 0, minWidth: '100%' } as const;
/** Narrower cells on a phone, so that the amounts stay in view. */
export const CELLS = { '& td, & th': { px: { xs: 0.75, sm: 2 } } } as const;

type LineFacts = { base?: string | null; baseAmount?: number | null; numerator?: number | null; denominator?: number | null };
type RowFacts = {
  workingDays?: number | null;
  paidDays?: number | null;
  predicate?: string | null;
  predicateSource?: string | null;
  missingDays?: number | null;
};

/** Under a line's rule: what its percentage or fraction is of, in rupiah, and the exact fraction. Rows computed before bases were stated show nothing. */
export const LineBase = ({ line }: { line: LineFacts }) => {
  const translate = useTranslate();
  const { rupiah } = useMoneyFormat();
  if (!line.base) return null;
  // A percentage already shows as such; other fractions (minutes, days) are shown exactly.
  const fraction =
    line.numerator != null && line.denominator && line.denominator !== 10_000 ? ` · ${line.numerator}/${line.denominator}` : '';
  return (
    <Typography variant="caption" color="text.secondary" component="div" data-testid="line-base">
      {translate('resources.allowanceSheets.breakdown.base', {
        base: translate(`resources.allowanceSheets.breakdown.bases.${line.base}`),
        amount: line.baseAmount == null ? '' : rupiah(line.baseAmount),
      })}
      {fraction}
    </Typography>
  );
};

/** What a row rests on besides its lines: the days paid of the month, where the predicate came from, days without attendance. */
export const RowFactsNote = ({ row }: { row: RowFacts }) => {
  const translate = useTranslate();
  const notes: string[] = [];
  if (row.workingDays != null && row.paidDays != null)
    notes.push(translate('resources.allowanceSheets.breakdown.proRata', { paid: row.paidDays, working: row.workingDays }));
  if (row.predicateSource)
    notes.push(
      translate(`resources.allowanceSheets.breakdown.predicateSources.${row.predicateSource}`, {
        predicate: row.predicate ? translate(`resources.allowanceSchemes.predicates.${row.predicate}`) : '',
      }),
    );
  if (row.missingDays) notes.push(translate('resources.allowanceSheets.breakdown.missingDays', { count: row.missingDays }));
  if (notes.length === 0) return null;
  return (
    <Typography variant="body2" color="text.secondary" data-testid="row-facts">
      {notes.join(' · ')}
    </Typography>
  );
};
