import ExcelJS from 'exceljs';
import { golonganLabel, golonganPangkat, type Golongan } from '../employees/rank.js';
import { word, type ExportLanguage } from './labels.js';
import { PdfWriter } from './pdf-layout.js';
import type { RunQuery } from './run-query.js';

interface Signatory {
  name: string;
  nip: string | null;
  at: string;
}

interface SheetRow {
  unitName: string;
  nip: string;
  name: string;
  grade: number | null;
  gross: number;
  net: number;
  adjustmentOf: string | null;
  lines: { rule: string; amount: number }[];
  employee: { golongan: Golongan | null; pppkGrade: string | null; bankAccount: string | null } | null;
}

interface SheetDocument {
  month: string;
  status: string;
  schemeVersion: number;
  agencyId: string;
  preparedBy: Signatory | null;
  verifiedBy: Signatory | null;
  approvedBy: Signatory | null;
  scheme: { lateBands: { code: string }[]; earlyLeaveBands: { code: string }[] };
  rows: SheetRow[];
}

const SIGNATORY = 'name nip at';
const SHEET_QUERY = `query ($id: ID!, $unitId: ID) { allowanceSheet(id: $id) {
  month status schemeVersion agencyId preparedBy { ${SIGNATORY} } verifiedBy { ${SIGNATORY} } approvedBy { ${SIGNATORY} }
  scheme { lateBands { code } earlyLeaveBands { code } }
  rows(unitId: $unitId) { unitName nip name grade gross net adjustmentOf lines { rule amount } employee { golongan pppkGrade bankAccount } }
} }`;

const TEXT = {
  id: {
    title: 'DAFTAR PEMBAYARAN TAMBAHAN PENGHASILAN PEGAWAI (TPP)',
    agency: 'Instansi',
    unit: 'Unit kerja',
    allUnits: 'Semua unit kerja',
    month: 'Bulan',
    scheme: 'Versi skema TPP',
    status: 'Status',
    no: 'No',
    nip: 'NIP',
    name: 'Nama',
    rank: 'Pangkat/golongan',
    grade: 'Kelas jabatan',
    gross: 'TPP bruto',
    deductions: 'Jumlah potongan',
    net: 'TPP netto',
    bank: 'Nomor rekening',
    total: 'JUMLAH',
    adjustment: 'penyesuaian',
    place: '.................., tanggal ..................',
    prepared: 'Disiapkan oleh (pengelola kepegawaian)',
    verified: 'Diverifikasi oleh',
    approved: 'Disetujui oleh kepala instansi',
  },
  en: {
    title: 'PERFORMANCE ALLOWANCE (TPP) PAYMENT SHEET',
    agency: 'Agency',
    unit: 'Unit',
    allUnits: 'All units',
    month: 'Month',
    scheme: 'Allowance scheme version',
    status: 'Status',
    no: 'No',
    nip: 'NIP',
    name: 'Name',
    rank: 'Rank',
    grade: 'Position class',
    gross: 'Gross',
    deductions: 'Total deductions',
    net: 'Net',
    bank: 'Bank account',
    total: 'TOTAL',
    adjustment: 'adjustment',
    place: '.................., date ..................',
    prepared: 'Prepared by (HR)',
    verified: 'Verified by',
    approved: 'Approved by the head of agency',
  },
};

/** Deduction rules the sheet names in words; band codes (TL1, PSW2, ...) and sanction codes stay as they are. */
const RULES: Record<string, { id: string; en: string }> = {
  PENEMPATAN: { id: 'Di luar penempatan', en: 'Outside the placement' },
  PEMBERHENTIAN: { id: 'Pemberhentian', en: 'Dismissal' },
  PRODUKTIVITAS: { id: 'Produktivitas', en: 'Productivity' },
  TANPA_KETERANGAN: { id: 'Tanpa keterangan', en: 'Unexcused absence' },
  UPACARA: { id: 'Tidak ikut apel/upacara', en: 'Missed ceremonies' },
  CUTI: { id: 'Cuti', en: 'Leave' },
  SAKIT: { id: 'Sakit', en: 'Sick' },
  DINAS_LUAR: { id: 'Dinas luar', en: 'Official duty' },
  TUGAS_BELAJAR: { id: 'Tugas belajar', en: 'Study assignment' },
  PENYESUAIAN: { id: 'Penyesuaian', en: 'Adjustment' },
};

/** One sheet as a finance office reads it: header, one column per deduction rule, totals, signatures. */
interface Layout {
  agency: string;
  unit: string;
  sheet: SheetDocument;
  rules: string[];
  /** Each row's cells in column order (numbers as numbers), then the totals row. */
  rows: {
    unitName: string;
    nip: string;
    name: string;
    rank: string;
    grade: number | null;
    gross: number;
    byRule: number[];
    bankAccount: string;
    deductions: number;
    net: number;
    adjustmentOf: string | null;
  }[];
  totals: { gross: number; byRule: number[]; deductions: number; net: number };
}

async function layout(run: RunQuery, sheetId: string, unitId: string | null, lang: ExportLanguage): Promise<Layout> {
  const { allowanceSheet: sheet } = await run<{ allowanceSheet: SheetDocument }>(SHEET_QUERY, { id: sheetId, unitId });
  const { agency } = await run<{ agency: { name: string } }>(`query ($id: ID!) { agency(id: $id) { name } }`, { id: sheet.agencyId });
  // The order lines are applied in; rules the scheme does not name (sanctions, adjustments) follow as met.
  const known = [
    'PENEMPATAN',
    'PEMBERHENTIAN',
    'PRODUKTIVITAS',
    ...sheet.scheme.lateBands.map((b) => b.code),
    ...sheet.scheme.earlyLeaveBands.map((b) => b.code),
    'TANPA_KETERANGAN',
    'UPACARA',
    'CUTI',
    'SAKIT',
    'DINAS_LUAR',
    'TUGAS_BELAJAR',
  ];
  const used = new Set(sheet.rows.flatMap((r) => r.lines.map((l) => l.rule)));
  const rules = [...known.filter((rule) => used.has(rule)), ...[...used].filter((rule) => !known.includes(rule))];
  const rows = sheet.rows.map((row) => {
    const byRule = rules.map((rule) => row.lines.filter((l) => l.rule === rule).reduce((sum, l) => sum + l.amount, 0));
    const golongan = row.employee?.golongan ?? null;
    return {
      unitName: row.unitName,
      nip: row.nip,
      name: row.name,
      rank: golongan ? `${golonganPangkat(golongan)} (${golonganLabel(golongan)})` : (row.employee?.pppkGrade ?? ''),
      grade: row.grade,
      gross: row.gross,
      byRule,
      deductions: row.gross - row.net,
      net: row.net,
      adjustmentOf: row.adjustmentOf,
      bankAccount: row.employee?.bankAccount ?? '',
    };
  });
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  let unit = TEXT[lang].allUnits;
  if (unitId) {
    const { orgUnit } = await run<{ orgUnit: { name: string } }>(`query ($id: ID!) { orgUnit(id: $id) { name } }`, { id: unitId });
    unit = orgUnit.name;
  }
  return {
    agency: agency.name,
    unit,
    sheet,
    rules,
    rows,
    totals: {
      gross: sum(rows.map((r) => r.gross)),
      byRule: rules.map((_, i) => sum(rows.map((r) => r.byRule[i]!))),
      deductions: sum(rows.map((r) => r.deductions)),
      net: sum(rows.map((r) => r.net)),
    },
  };
}

const ruleTitle = (rule: string, lang: ExportLanguage) => RULES[rule]?.[lang] ?? rule;
const monthTitle = (month: string, lang: ExportLanguage) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'id-ID', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
const rupiah = (value: number, lang: ExportLanguage) => value.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID');
const nameOf = (row: Layout['rows'][number], lang: ExportLanguage) =>
  row.adjustmentOf ? `${row.name} (${TEXT[lang].adjustment} ${row.adjustmentOf})` : row.name;
const fileBase = (sheet: SheetDocument) => `tpp-${sheet.month}`;

/** The sheet as a workbook: header block, a bold frozen column header, one row per employee, a totals row. */
export async function allowanceSheetXlsx(
  run: RunQuery,
  sheetId: string,
  unitId: string | null,
  lang: ExportLanguage,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const t = TEXT[lang];
  const data = await layout(run, sheetId, unitId, lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kinerja ASN';
  const header: [string, string | number][] = [
    [t.agency, data.agency],
    [t.unit, data.unit],
    [t.month, `${monthTitle(data.sheet.month, lang)} (${data.sheet.month})`],
    [t.scheme, data.sheet.schemeVersion],
    [t.status, word(data.sheet.status, lang)],
  ];
  const top = header.length + 3;
  const sheet = workbook.addWorksheet(`TPP ${data.sheet.month}`, { views: [{ state: 'frozen', ySplit: top, xSplit: 4 }] });
  sheet.getCell(1, 1).value = t.title;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  header.forEach(([label, value], i) => {
    sheet.getCell(i + 2, 1).value = label;
    sheet.getCell(i + 2, 3).value = value;
  });
  const titles = [
    t.no,
    t.unit,
    t.nip,
    t.name,
    t.rank,
    t.grade,
    t.gross,
    ...data.rules.map((r) => ruleTitle(r, lang)),
    t.deductions,
    t.net,
    t.bank,
  ];
  const money = { numFmt: '#,##0' };
  const widths = [5, 28, 21, 30, 24, 9, 14, ...data.rules.map(() => 13), 14, 14, 22];
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  const headerRow = sheet.getRow(top);
  headerRow.values = titles;
  headerRow.font = { bold: true };
  headerRow.alignment = { wrapText: true, vertical: 'middle' };
  data.rows.forEach((row, i) => {
    sheet.addRow([
      i + 1,
      row.unitName,
      row.nip,
      nameOf(row, lang),
      row.rank,
      row.grade,
      row.gross,
      ...row.byRule,
      row.deductions,
      row.net,
      row.bankAccount,
    ]);
  });
  const totals = sheet.addRow([
    null,
    t.total,
    null,
    null,
    null,
    null,
    data.totals.gross,
    ...data.totals.byRule,
    data.totals.deductions,
    data.totals.net,
    null,
  ]);
  totals.font = { bold: true };
  for (let column = 7; column <= 9 + data.rules.length; column++) sheet.getColumn(column).numFmt = money.numFmt;
  sheet.getColumn(3).numFmt = '@';

  const sign = totals.number + 2;
  const signatures: [string, Signatory | null][] = [
    [t.prepared, data.sheet.preparedBy],
    [t.verified, data.sheet.verifiedBy],
    [t.approved, data.sheet.approvedBy],
  ];
  signatures.forEach(([role, who], i) => {
    const column = 2 + i * 2;
    sheet.getCell(sign, column).value = role;
    sheet.getCell(sign + 4, column).value = who?.name ?? '';
    sheet.getCell(sign + 5, column).value = `NIP ${who?.nip ?? '-'}`;
  });
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), fileName: `${fileBase(data.sheet)}.xlsx` };
}

/** The sheet as a landscape PDF with the same columns and the signature block. */
export async function allowanceSheetPdf(
  run: RunQuery,
  sheetId: string,
  unitId: string | null,
  lang: ExportLanguage,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const t = TEXT[lang];
  const data = await layout(run, sheetId, unitId, lang);
  const pdf = await PdfWriter.create(`${t.title} - ${data.agency} - ${data.sheet.month}`, { landscape: true });
  pdf.heading(t.title);
  pdf.heading(data.agency.toUpperCase(), 11);
  pdf.pairs([
    [t.unit, data.unit],
    [t.month, monthTitle(data.sheet.month, lang)],
    [t.scheme, String(data.sheet.schemeVersion)],
    [t.status, word(data.sheet.status, lang)],
  ]);
  pdf.space(6);
  const amount = (title: string) => ({ title, width: 9, align: 'right' as const });
  pdf.table(
    [
      { title: t.no, width: 3, align: 'right' },
      { title: t.unit, width: 14 },
      { title: t.nip, width: 13 },
      { title: t.name, width: 16 },
      { title: t.rank, width: 12 },
      { title: t.grade, width: 5, align: 'right' },
      amount(t.gross),
      ...data.rules.map((rule) => amount(ruleTitle(rule, lang))),
      amount(t.deductions),
      amount(t.net),
      { title: t.bank, width: 10 },
    ],
    [
      ...data.rows.map((row, i) => [
        String(i + 1),
        row.unitName,
        row.nip,
        nameOf(row, lang),
        row.rank,
        row.grade === null ? '' : String(row.grade),
        rupiah(row.gross, lang),
        ...row.byRule.map((value) => (value ? rupiah(value, lang) : '')),
        rupiah(row.deductions, lang),
        rupiah(row.net, lang),
        row.bankAccount,
      ]),
      [
        '',
        t.total,
        '',
        '',
        '',
        '',
        rupiah(data.totals.gross, lang),
        ...data.totals.byRule.map((value) => rupiah(value, lang)),
        rupiah(data.totals.deductions, lang),
        rupiah(data.totals.net, lang),
        '',
      ],
    ],
    7,
  );
  pdf.space(10);
  pdf.signatures(
    [
      { role: t.prepared, name: data.sheet.preparedBy?.name ?? '', nip: data.sheet.preparedBy?.nip ?? '' },
      { role: t.verified, name: data.sheet.verifiedBy?.name ?? '', nip: data.sheet.verifiedBy?.nip ?? '' },
      { role: t.approved, name: data.sheet.approvedBy?.name ?? '', nip: data.sheet.approvedBy?.nip ?? '' },
    ],
    t.place,
  );
  return { bytes: await pdf.bytes(), fileName: `${fileBase(data.sheet)}.pdf` };
}
