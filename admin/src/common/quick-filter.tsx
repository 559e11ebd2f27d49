import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

export type QuickFilterProps = {
  /** The filter key it sets, e.g. `parentId_isNull` (see dataProvider/filters.ts). */
  source: string;
  /** The value it sets when chosen from the "Add filter" menu. */
  defaultValue: unknown;
  /** i18n key (or text). */
  label: string;
};

/**
 * A filter with a fixed value, shown as a chip: chosen from the "Add filter" menu it applies its
 * `defaultValue`, and its remove button takes it away again. Renders no input.
 */
export const QuickFilter = ({ label }: QuickFilterProps) => {
  const translate = useTranslate();
  return <Chip sx={{ mb: 1 }} label={translate(label, { _: label })} />;
};
