import ExcelJS from 'exceljs';
import { golonganLabel, golonganPangkat, type Golongan } from '../employees/rank.js';
import { word, type ExportLanguage } from './labels.js';
import type { RunQuery } from './run-query.js';

type Row = Record<string, unknown>;
type Cell = string | number | Date | null;

interface Column {
  id: string;
  en: string;
  width: number;
  /** A calendar date (YYYY-MM-DD) written as a date cell. */
  date?: boolean;
  value: (row: Row, lang: ExportLanguage) => Cell;
}

/** One exportable list: the GraphQL list it reads, what it selects, and its columns. */
interface ListExport {
  field: string;
  filterType: string;
  orderBy?: { type: string; value: unknown };
  selection: string;
  title: { id: string; en: string };
  columns: Column[];
}

const at = (row: Row, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Row)[key] : undefined), row);
const text = (path: string) => (row: Row) => (at(row, path) as string | null | undefined) ?? null;
const number = (path: string) => (row: Row) => (at(row, path) as number | null | undefined) ?? null;
const words = (path: string) => (row: Row, lang: ExportLanguage) => word(at(row, path) as string | null, lang) || null;
const rank = (row: Row) => {
  const golongan = row.golongan as Golongan | null;
  return golongan ? `${golonganPangkat(golongan)} (${golonganLabel(golongan)})` : ((row.pppkGrade as string | null) ?? null);
};

const NAME_COLUMN = { id: 'Nama', en: 'Name' };
const NIP = { id: 'NIP', en: 'NIP' };

export const LIST_EXPORTS: Record<string, ListExport> = {
  employees: {
    field: 'employees',
    filterType: 'EmployeeFilter',
    orderBy: { type: '[EmployeeOrderBy!]', value: [{ field: 'NAME' }] },
    title: { id: 'Pegawai', en: 'Employees' },
    selection: 'fullName nip employmentType golongan pppkGrade status unit { name } position { name } supervisor { fullName }',
    columns: [
      { ...NAME_COLUMN, width: 32, value: text('fullName') },
      { ...NIP, width: 21, value: text('nip') },
      { id: 'Jenis kepegawaian', en: 'Employment type', width: 12, value: text('employmentType') },
      { id: 'Pangkat/golongan', en: 'Rank', width: 26, value: rank },
      { id: 'Jabatan', en: 'Position', width: 32, value: text('position.name') },
      { id: 'Unit kerja', en: 'Unit', width: 32, value: text('unit.name') },
      { id: 'Atasan langsung', en: 'Direct supervisor', width: 32, value: text('supervisor.fullName') },
      { id: 'Status', en: 'Status', width: 14, value: words('status') },
    ],
  },
  performancePlans: {
    field: 'performancePlans',
    filterType: 'PerformancePlanFilter',
    title: { id: 'SKP dan predikat', en: 'Plans and predicates' },
    selection:
      'status period { name } employee { fullName nip } unit { name } position { name } appraiser { fullName nip } ' +
      'evaluation { status score resultRating behaviourRating predicate }',
    columns: [
      { id: 'Periode', en: 'Period', width: 22, value: text('period.name') },
      { id: 'Pegawai', en: 'Employee', width: 32, value: text('employee.fullName') },
      { ...NIP, width: 21, value: text('employee.nip') },
      { id: 'Unit kerja', en: 'Unit', width: 30, value: text('unit.name') },
      { id: 'Jabatan', en: 'Position', width: 30, value: text('position.name') },
      { id: 'Pejabat penilai', en: 'Appraiser', width: 30, value: text('appraiser.fullName') },
      { id: 'Status SKP', en: 'Plan status', width: 14, value: words('status') },
      { id: 'Status penilaian', en: 'Evaluation status', width: 16, value: words('evaluation.status') },
      { id: 'Nilai', en: 'Score', width: 10, value: number('evaluation.score') },
      { id: 'Rating hasil kerja', en: 'Result rating', width: 20, value: words('evaluation.resultRating') },
      { id: 'Rating perilaku', en: 'Behaviour rating', width: 20, value: words('evaluation.behaviourRating') },
      { id: 'Predikat', en: 'Predicate', width: 18, value: words('evaluation.predicate') },
    ],
  },
  enrollments: {
    field: 'enrollments',
    filterType: 'EnrollmentFilter',
    title: { id: 'Peserta pelatihan', en: 'Training enrolments' },
    selection:
      'status enrolledAt jpEarned score certificateNumber employee { fullName nip unit { name } } ' +
      'session { name startDate endDate program { title } }',
    columns: [
      { id: 'Pelatihan', en: 'Programme', width: 30, value: text('session.program.title') },
      { id: 'Angkatan', en: 'Session', width: 26, value: text('session.name') },
      { id: 'Mulai', en: 'Start', width: 12, date: true, value: text('session.startDate') },
      { id: 'Selesai', en: 'End', width: 12, date: true, value: text('session.endDate') },
      { id: 'Pegawai', en: 'Employee', width: 32, value: text('employee.fullName') },
      { ...NIP, width: 21, value: text('employee.nip') },
      { id: 'Unit kerja', en: 'Unit', width: 30, value: text('employee.unit.name') },
      { id: 'Status', en: 'Status', width: 14, value: words('status') },
      { id: 'JP', en: 'Hours (JP)', width: 8, value: number('jpEarned') },
      { id: 'Nilai', en: 'Score', width: 8, value: number('score') },
      { id: 'Nomor sertifikat', en: 'Certificate number', width: 22, value: text('certificateNumber') },
    ],
  },
  disciplinaryCases: {
    field: 'disciplinaryCases',
    filterType: 'DisciplinaryCaseFilter',
    title: { id: 'Kasus disiplin', en: 'Disciplinary cases' },
    selection:
      'status violation violationDate article decreeNumber decreeDate effectiveFrom endDate ' +
      'employee { fullName nip } sanctionType { name level }',
    columns: [
      { id: 'Pegawai', en: 'Employee', width: 32, value: text('employee.fullName') },
      { ...NIP, width: 21, value: text('employee.nip') },
      { id: 'Tanggal pelanggaran', en: 'Violation date', width: 14, date: true, value: text('violationDate') },
      { id: 'Pelanggaran', en: 'Violation', width: 40, value: text('violation') },
      { id: 'Pasal', en: 'Article', width: 24, value: text('article') },
      { id: 'Status', en: 'Status', width: 14, value: words('status') },
      { id: 'Tingkat hukuman', en: 'Sanction level', width: 12, value: words('sanctionType.level') },
      { id: 'Jenis hukuman', en: 'Sanction', width: 30, value: text('sanctionType.name') },
      { id: 'Nomor SK', en: 'Decree number', width: 22, value: text('decreeNumber') },
      { id: 'Tanggal SK', en: 'Decree date', width: 12, date: true, value: text('decreeDate') },
      { id: 'Berlaku mulai', en: 'Effective from', width: 12, date: true, value: text('effectiveFrom') },
      { id: 'Berakhir', en: 'Ends', width: 12, date: true, value: text('endDate') },
    ],
  },
  complaints: {
    field: 'complaints',
    filterType: 'ComplaintFilter',
    title: { id: 'Pengaduan', en: 'Complaints' },
    selection:
      'trackingCode receivedOn category channel subject status dueDate overdue resolutionHours ' +
      'unit { name } service { name } assignedUnit { name } assignedOfficer { fullName }',
    columns: [
      { id: 'Kode pelacakan', en: 'Tracking code', width: 16, value: text('trackingCode') },
      { id: 'Diterima', en: 'Received', width: 12, date: true, value: text('receivedOn') },
      { id: 'Kategori', en: 'Category', width: 18, value: words('category') },
      { id: 'Kanal', en: 'Channel', width: 14, value: words('channel') },
      { id: 'Perihal', en: 'Subject', width: 40, value: text('subject') },
      { id: 'Layanan', en: 'Service', width: 28, value: text('service.name') },
      { id: 'Unit', en: 'Unit', width: 28, value: text('unit.name') },
      { id: 'Unit penanggung jawab', en: 'Assigned unit', width: 28, value: text('assignedUnit.name') },
      { id: 'Petugas', en: 'Officer', width: 26, value: text('assignedOfficer.fullName') },
      { id: 'Status', en: 'Status', width: 16, value: words('status') },
      { id: 'Batas waktu', en: 'Due', width: 12, date: true, value: text('dueDate') },
      {
        id: 'Terlambat',
        en: 'Overdue',
        width: 10,
        value: (row, lang) => (row.overdue ? (lang === 'en' ? 'Yes' : 'Ya') : lang === 'en' ? 'No' : 'Tidak'),
      },
      { id: 'Waktu penyelesaian (jam)', en: 'Resolution time (hours)', width: 14, value: number('resolutionHours') },
    ],
  },
};

/** Rows fetched per request: the API's page limit. */
const PAGE = 500;

/** Every row of the list the actor may see under the filter, page by page along the cursor. */
export async function fetchAll(run: RunQuery, list: ListExport, filter: unknown): Promise<Row[]> {
  const orderArgument = list.orderBy ? `, $orderBy: ${list.orderBy.type}` : '';
  const orderPass = list.orderBy ? ', orderBy: $orderBy' : '';
  const query = `query ($filter: ${list.filterType}, $after: String${orderArgument}) {
    list: ${list.field}(filter: $filter, first: ${PAGE}, after: $after${orderPass}) {
      nodes { ${list.selection} } pageInfo { hasNextPage endCursor } } }`;
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const { list: page }: { list: { nodes: Row[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await run(query, {
      filter: filter ?? null,
      after,
      ...(list.orderBy ? { orderBy: list.orderBy.value } : {}),
    });
    rows.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return rows;
    after = page.pageInfo.endCursor;
  }
}

const asDate = (value: Cell): Cell =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value;

/** One worksheet: a bold, frozen header row in the chosen language, then one row per record. */
export async function buildWorkbook(list: ListExport, rows: Row[], lang: ExportLanguage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kinerja ASN';
  const sheet = workbook.addWorksheet(list.title[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = list.columns.map((column, index) => ({
    header: column[lang],
    key: String(index),
    width: column.width,
    ...(column.date ? { style: { numFmt: 'dd/mm/yyyy' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(list.columns.map((column) => (column.date ? asDate(column.value(row, lang)) : column.value(row, lang))));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: list.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
