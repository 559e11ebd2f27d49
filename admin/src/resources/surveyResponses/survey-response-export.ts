import type { RaRecord } from 'react-admin';
import type { CsvColumn, Translate } from '../../common/export.js';

/** The respondent's optional profile, in the order it is shown. */
export const PROFILE_KEYS = ['gender', 'ageBand', 'education', 'occupation'] as const;

/** The CSV export's columns; the comment is the citizen's own text (export.ts neutralises formulas). */
export const SURVEY_RESPONSE_CSV_COLUMNS: readonly CsvColumn[] = [
  { source: 'submittedOn' },
  { source: 'surveyId', reference: 'surveys', field: 'title' },
  { source: 'answers', value: (record: RaRecord) => ((record.answers as number[] | undefined) ?? []).join(' ') },
  {
    source: 'profile',
    value: (record: RaRecord, translate: Translate) =>
      PROFILE_KEYS.flatMap((key) =>
        record[key] ? [translate(`resources.surveyResponses.profile.${record[key]}`, { _: String(record[key]) })] : [],
      ).join(', '),
  },
  { source: 'servedById', reference: 'employees', field: 'fullName' },
  { source: 'comment' },
];
