type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A case as the list loads it (case-list.tsx `CASE_LIST_FIELDS`). */
export type CaseListRecord = {
  status: string;
  violation: string;
  violationDate: string;
  article: string;
  decreeNumber?: string | null;
  decreeDate?: string | null;
  effectiveFrom?: string | null;
  endDate?: string | null;
  appealKind?: string | null;
  appealOutcome?: string | null;
  employee?: { fullName: string; nipFormatted?: string; nip?: string } | null;
  sanctionType?: { code: string; name: string; level: string } | null;
};

/**
 * The rows of the cases' CSV export: the employee's name and NIP, the status, level and sanction
 * in words, in the console's language; dates as YYYY-MM-DD, which spreadsheets read.
 */
export const caseCsvRows = (cases: readonly CaseListRecord[], translate: Translate): Record<string, string>[] => {
  const column = (name: string) => translate(`resources.disciplinaryCases.fields.${name}`);
  const word = (group: string, value: string | null | undefined) =>
    value ? translate(`resources.disciplinaryCases.${group}.${value}`, { _: value }) : '';
  return cases.map((record) => ({
    [column('employee')]: record.employee?.fullName ?? '',
    [column('nip')]: record.employee?.nip ?? '',
    [column('violationDate')]: record.violationDate,
    [column('violation')]: record.violation,
    [column('article')]: record.article,
    [column('status')]: word('statuses', record.status),
    [column('level')]: word('levels', record.sanctionType?.level),
    [column('sanctionType')]: record.sanctionType
      ? translate(`resources.disciplinaryCases.sanctionTypes.${record.sanctionType.code}`, { _: record.sanctionType.name })
      : '',
    [column('decreeNumber')]: record.decreeNumber ?? '',
    [column('decreeDate')]: record.decreeDate ?? '',
    [column('effectiveFrom')]: record.effectiveFrom ?? '',
    [column('endDate')]: record.endDate ?? '',
    [column('appealKind')]: word('appealKinds', record.appealKind),
    [column('appealOutcome')]: word('appealOutcomes', record.appealOutcome),
  }));
};
