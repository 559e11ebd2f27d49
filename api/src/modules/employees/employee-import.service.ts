import { ref } from '@mikro-orm/core';
import type { ServiceContext } from '../../context.js';
import { todayInIndonesia } from '../../dates.js';
import { inTransaction } from '../../db/transaction.js';
import type { CsvImportRequest, CsvImportResult } from '../../import/import.types.js';
import { importTargetAgency } from '../../import/target-agency.js';
import { DomainError } from '../../errors.js';
import { CONTROL_CHARACTERS, MAX_REPORTED_ERRORS, parseCsv, rejectedFile, type ImportRowError } from '../../import/csv.js';
import { OrgUnit } from '../organization/org-unit.entity.js';
import { Position } from '../organization/position.entity.js';
import { EmployeeService, parseIdentity, type NewEmployee } from './employee.service.js';
import { EmployeeStatus, EmploymentType, Golongan, golonganFromSiasnCode, PppkGrade } from './rank.js';

/** The CSV columns, documented in docs/imports.md, "Importing employees (CSV)". */
export const EMPLOYEE_COLUMNS = [
  'nip',
  'employment_type',
  'front_title',
  'name',
  'back_title',
  'unit_code',
  'position',
  'golongan',
  'pppk_grade',
  'status',
  'email',
  'phone',
  'effective_date',
] as const;
const REQUIRED = ['nip', 'employment_type', 'name', 'unit_code'] as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 -]{5,19}$/;
const ROMAN = Object.values(PppkGrade) as string[];

/**
 * Imports employees from CSV, all or nothing: every row is checked first, and one
 * bad row rejects the file with every problem listed (row, column, reason).
 * Lookups are made once for the whole file and rows are written in batches.
 */
export class EmployeeImportService {
  constructor(private readonly ctx: ServiceContext) {}

  async import(input: CsvImportRequest): Promise<CsvImportResult> {
    const agencyId = await importTargetAgency(this.ctx, input.agencyId, 'employees');

    const rows = parseCsv(input.csv, EMPLOYEE_COLUMNS, REQUIRED);
    const errors: ImportRowError[] = [];
    const { em } = this.ctx;
    const units = new Map((await em.find(OrgUnit, { agency: agencyId })).map((unit) => [unit.code, unit]));
    const positions = new Map<string, Position[]>();
    for (const position of await em.find(Position, { agency: agencyId, active: true })) {
      const key = `${position.unit.id}|${position.name.toLowerCase()}`;
      positions.set(key, [...(positions.get(key) ?? []), position]);
    }
    const nips = rows.map((row) => (row.nip ?? '').replace(/\s+/g, ''));
    const taken = new Set(
      // One JSON parameter, however many rows: PostgreSQL allows at most 65,535 bound parameters.
      (
        await em
          .getConnection()
          .execute<{ nip: string }[]>('select nip from employees where nip in (select jsonb_array_elements_text(?::jsonb))', [
            JSON.stringify(nips),
          ])
      ).map((r) => r.nip),
    );

    const seen = new Map<string, number>();
    const today = todayInIndonesia();
    const planned: NewEmployee[] = [];
    rows.forEach((row, index) => {
      const line = index + 2;
      const fail = (column: string, message: string) => errors.push({ row: line, column, message });
      const type = row.employment_type?.toUpperCase();
      if (type !== EmploymentType.PNS && type !== EmploymentType.PPPK)
        return fail('employment_type', 'employment_type must be PNS or PPPK');
      let identity: ReturnType<typeof parseIdentity> | null = null;
      try {
        identity = parseIdentity(row.nip ?? '', type);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        fail('nip', error.message);
      }
      if (identity) {
        if (taken.has(identity.nip)) fail('nip', `NIP ${identity.nip} is already registered`);
        const first = seen.get(identity.nip);
        if (first) fail('nip', `NIP ${identity.nip} appears twice in the file (also on row ${first})`);
        seen.set(identity.nip, line);
      }
      const name = row.name ?? '';
      if (name.length < 2 || name.length > 120 || CONTROL_CHARACTERS.test(name))
        fail('name', 'name must be 2-120 characters without control characters');
      for (const [column, max] of [
        ['front_title', 40],
        ['back_title', 60],
      ] as const) {
        const value = row[column] ?? '';
        if (value.length > max || CONTROL_CHARACTERS.test(value))
          fail(column, `${column} must be at most ${max} characters without control characters`);
      }
      const unit = units.get(row.unit_code ?? '');
      if (!unit) fail('unit_code', `No unit with code "${row.unit_code ?? ''}" in this agency`);
      let position: Position | null = null;
      if (row.position && unit) {
        const matches = positions.get(`${unit.id}|${row.position.toLowerCase()}`) ?? [];
        if (matches.length === 0) fail('position', `No active position "${row.position}" in unit ${unit.code}`);
        else if (matches.length > 1) fail('position', `Several positions "${row.position}" in unit ${unit.code}; rename one`);
        else position = matches[0]!;
      }
      const golongan = row.golongan ? parseGolongan(row.golongan) : null;
      if (row.golongan && !golongan) fail('golongan', `"${row.golongan}" is not a golongan (e.g. III/a or SIASN code 31)`);
      const pppkGrade = row.pppk_grade ? parsePppkGrade(row.pppk_grade) : null;
      if (row.pppk_grade && !pppkGrade) fail('pppk_grade', `"${row.pppk_grade}" is not a PPPK grade (I-XVII)`);
      if (type === EmploymentType.PNS && !golongan && !row.golongan) fail('golongan', 'A PNS needs a golongan');
      if (type === EmploymentType.PNS && row.pppk_grade) fail('pppk_grade', 'A PNS has a golongan, not a PPPK grade');
      if (type === EmploymentType.PPPK && !pppkGrade && !row.pppk_grade) fail('pppk_grade', 'A PPPK needs a grade');
      if (type === EmploymentType.PPPK && row.golongan) fail('golongan', 'A PPPK has a grade, not a golongan');
      const status = (row.status || EmployeeStatus.AKTIF).toUpperCase();
      if (!(Object.values(EmployeeStatus) as string[]).includes(status))
        fail('status', `status must be one of ${Object.values(EmployeeStatus).join(', ')}`);
      if (row.email && (!EMAIL.test(row.email) || row.email.length > 200)) fail('email', 'email must be an e-mail address');
      if (row.phone && !PHONE.test(row.phone)) fail('phone', 'phone must be 6-20 digits, optionally with +, spaces or dashes');
      const validFrom = row.effective_date || today;
      if (!isDate(validFrom)) fail('effective_date', 'effective_date must be a date YYYY-MM-DD');
      if (!identity || !unit || errors.length > MAX_REPORTED_ERRORS) return;
      planned.push({
        validFrom,
        reason: 'Import',
        data: {
          agency: unit.agency,
          unit: ref(unit),
          position: position ? ref(position) : null,
          nip: identity.nip,
          employmentType: type,
          frontTitle: row.front_title || null,
          name,
          backTitle: row.back_title || null,
          golongan,
          pppkGrade,
          status: status as EmployeeStatus,
          email: row.email || null,
          phone: row.phone || null,
          birthDate: identity.birthDate,
          gender: identity.gender,
          tmtCpns: identity.tmtCpns,
          appointmentYear: identity.appointmentYear,
        },
      });
    });
    if (errors.length) throw rejectedFile(errors);
    if (input.dryRun) return { rows: rows.length, created: 0, dryRun: true };

    return inTransaction(em, async () => {
      const employees = await new EmployeeService(this.ctx).createMany(planned);
      return { rows: rows.length, created: employees.length, dryRun: false };
    });
  }
}

/** III/a, III_A, IIIa or the SIASN code 31. */
export function parseGolongan(value: string): Golongan | null {
  const text = value.trim().toUpperCase();
  if (/^\d{2}$/.test(text)) return golonganFromSiasnCode(text);
  const match = /^(IV|III|II|I)\s*[/_]?\s*([A-E])$/.exec(text);
  if (!match) return null;
  const candidate = `${match[1]}_${match[2]}`;
  return (Object.values(Golongan) as string[]).includes(candidate) ? (candidate as Golongan) : null;
}

/** IX or 9. */
export function parsePppkGrade(value: string): PppkGrade | null {
  const text = value.trim().toUpperCase();
  if (/^\d{1,2}$/.test(text)) return (ROMAN[Number(text) - 1] as PppkGrade | undefined) ?? null;
  return ROMAN.includes(text) ? (text as PppkGrade) : null;
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
