import type { ServiceContext } from '../../context.js';
import { toDateString, todayInIndonesia } from '../../dates.js';
import { inTransaction } from '../../db/transaction.js';
import { DomainError } from '../../errors.js';
import { CONTROL_CHARACTERS, MAX_REPORTED_ERRORS, rejectedFile, type ImportRowError } from '../../import/csv.js';
import { importTargetAgency } from '../../import/target-agency.js';
import { EmployeeBulkWriter, type BulkNewEmployee } from '../employees/employee-bulk.js';
import { EmployeeService, parseIdentity, type EmployeeChange } from '../employees/employee.service.js';
import { EmploymentType, golonganLabel, type Golongan } from '../employees/rank.js';
import type { OrgUnit } from '../organization/org-unit.entity.js';
import { OrgUnitService, type SiasnUnitRow } from '../organization/org-unit.service.js';
import { PositionType, type Position } from '../organization/position.entity.js';
import { PositionService, type NewPosition } from '../organization/position.service.js';
import { EMPLOYEE_FIELDS, fromSiasnDate, GENDER, GOLONGAN, positionTypeFromSiasn, UNIT_FIELDS, unitKindFromName } from './siasn-codes.js';
import { pick, readSiasnFile } from './siasn-files.js';
import { ImportProgressReporter, SiasnImportPhase } from './siasn-import-progress.js';
import {
  SiasnImportOutcome,
  type ImportSiasnInput,
  type SiasnFieldChange,
  type SiasnImportEntry,
  type SiasnImportReport,
} from './siasn-import.types.js';

const UNIT_CODE = /^[A-Z0-9._-]{1,40}$/;
/** Managerial types, highest first: the head of a unit holds the highest. */
const MANAGERIAL = [
  PositionType.JPT_UTAMA,
  PositionType.JPT_MADYA,
  PositionType.JPT_PRATAMA,
  PositionType.ADMINISTRATOR,
  PositionType.PENGAWAS,
];

/** Collects the report of one file: entries in file order, counts, and every row error. */
class Report {
  readonly entries: SiasnImportEntry[] = [];
  readonly errors: ImportRowError[] = [];
  readonly counts = { created: 0, changed: 0, unchanged: 0, refused: 0 };

  add(entry: Omit<SiasnImportEntry, 'errors'>, errors: ImportRowError[]) {
    const outcome = errors.length ? SiasnImportOutcome.REFUSED : entry.outcome;
    this.counts[outcome.toLowerCase() as keyof Report['counts']]++;
    this.errors.push(...errors);
    if (outcome !== SiasnImportOutcome.UNCHANGED) this.entries.push({ ...entry, outcome, errors });
  }

  result(format: string, rows: number, dryRun: boolean): SiasnImportReport {
    return {
      dryRun,
      format,
      rows,
      ...this.counts,
      entries: this.entries.slice(0, MAX_REPORTED_ERRORS),
      truncated: this.entries.length > MAX_REPORTED_ERRORS,
    };
  }

  /** A real import with problems refuses the whole file; a dry run reports them. */
  refuseIfNeeded(dryRun: boolean) {
    if (this.errors.length && !dryRun) throw rejectedFile(this.errors);
  }
}

const change = (field: string, before: string | null, after: string | null): SiasnFieldChange[] =>
  before === after ? [] : [{ field, before, after }];

/**
 * Imports SIASN master data into an agency: the unit tree (`ref-unor`) and
 * employees (`data-utama` JSON or the "Export Data ASN" CSV). Records match on
 * their SIASN ids (and NIP), so a re-import updates; changes of placement
 * become dated history through the employees module. All or nothing; a dry
 * run answers the same report and writes nothing. Lookups are made once per
 * file and writes go in bulk.
 */
export class SiasnImportService {
  constructor(private readonly ctx: ServiceContext) {}

  importUnits(input: ImportSiasnInput): Promise<SiasnImportReport> {
    return this.tracked(input, 'UNITS', (progress) => this.units(input, progress));
  }

  importEmployees(input: ImportSiasnInput): Promise<SiasnImportReport> {
    return this.tracked(input, 'EMPLOYEES', (progress) => this.employees(input, progress));
  }

  /** Runs an import under its progress key: done with the report, or failed with the reason. */
  private async tracked(
    input: ImportSiasnInput,
    target: string,
    run: (progress: ImportProgressReporter) => Promise<SiasnImportReport>,
  ): Promise<SiasnImportReport> {
    const progress = await ImportProgressReporter.start(this.ctx, input.progressKey, target, Boolean(input.dryRun));
    try {
      const report = await run(progress);
      await progress.finish(report.rows);
      return report;
    } catch (error) {
      await progress.fail(error);
      throw error;
    }
  }

  private async units(input: ImportSiasnInput, progress: ImportProgressReporter): Promise<SiasnImportReport> {
    const agencyId = await importTargetAgency(this.ctx, input.agencyId, 'units');
    const { format, rows } = readSiasnFile(input.content);
    await progress.enter(SiasnImportPhase.MATCHING, rows.length);
    const existing = await new OrgUnitService(this.ctx).ofAgency(agencyId);
    const bySiasnId = new Map(existing.flatMap((unit) => (unit.siasnId ? [[unit.siasnId, unit] as const] : [])));
    const byId = new Map(existing.map((unit) => [unit.id, unit]));
    const usedCodes = new Set(existing.map((unit) => unit.code));
    const report = new Report();
    const planned = new Map<string, SiasnUnitRow & { row: number }>();
    const field = (name: keyof typeof UNIT_FIELDS) => UNIT_FIELDS[name][0];

    for (const [index, row] of rows.entries()) {
      await progress.advance(index, rows.length);
      const errors: ImportRowError[] = [];
      const fail = (column: string, message: string) => errors.push({ row: row.row, column, message });
      const id = pick(row, UNIT_FIELDS.id);
      const name = pick(row, UNIT_FIELDS.name) ?? '';
      const instansiId = pick(row, UNIT_FIELDS.instansiId);
      let parentId = pick(row, UNIT_FIELDS.parentId);
      // The top unit names the agency (or nothing) above it.
      if (parentId && parentId === instansiId) parentId = null;
      if (!id) fail(field('id'), 'Id is missing');
      else if (planned.has(id)) fail(field('id'), `Id ${id} appears twice in the file (also on row ${planned.get(id)!.row})`);
      if (name.length < 2 || name.length > 200 || CONTROL_CHARACTERS.test(name))
        fail(field('name'), 'NamaUnor must be 2-200 characters without control characters');
      if (id && parentId === id) fail(field('parentId'), 'A unit cannot be its own parent');
      const unit = id ? bySiasnId.get(id) : undefined;
      let code = unit?.code ?? '';
      if (!unit && id) {
        const quick = (pick(row, UNIT_FIELDS.code) ?? '').toUpperCase();
        code = UNIT_CODE.test(quick) && !usedCodes.has(quick) ? quick : `S-${id.toUpperCase().replace(/[^A-Z0-9]/g, '')}`.slice(0, 40);
        if (usedCodes.has(code)) fail(field('code'), `Unit code ${code} is already used in this agency`);
        usedCodes.add(code);
      }
      if (id && !planned.has(id)) {
        planned.set(id, { row: row.row, siasnId: id, parentSiasnId: parentId, code, kind: unit?.kind ?? unitKindFromName(name), name });
      }
      const parentName = (siasnId: string | null) =>
        siasnId ? (bySiasnId.get(siasnId)?.name ?? planned.get(siasnId)?.name ?? siasnId) : null;
      const currentParent = unit?.parent ? (byId.get(unit.parent.id) ?? null) : null;
      const changes = unit
        ? [...change('name', unit.name, name), ...change('parent', currentParent?.name ?? null, parentName(parentId))]
        : [...change('code', null, code), ...change('name', null, name), ...change('parent', null, parentName(parentId))];
      // Parent changes of an existing unit compare SIASN ids, not names that may repeat.
      const parentMoved = unit && (currentParent?.siasnId ?? null) !== parentId;
      const outcome = !unit
        ? SiasnImportOutcome.CREATED
        : unit.name !== name || parentMoved
          ? SiasnImportOutcome.CHANGED
          : SiasnImportOutcome.UNCHANGED;
      report.add({ row: row.row, key: id ?? '', label: name, outcome, changes }, errors);
    }

    // Parents must be known, and the tree (existing units and the file together) must have no loop.
    const parentOf = new Map<string, string | null>();
    for (const unit of existing) {
      if (!unit.siasnId) continue;
      const parent = unit.parent ? byId.get(unit.parent.id) : undefined;
      parentOf.set(unit.siasnId, parent?.siasnId ?? null);
    }
    for (const unit of planned.values()) parentOf.set(unit.siasnId, unit.parentSiasnId);
    for (const unit of planned.values()) {
      if (unit.parentSiasnId && !parentOf.has(unit.parentSiasnId)) {
        this.refuse(report, unit.row, field('parentId'), `No unit with Id ${unit.parentSiasnId} in this agency or the file`);
        continue;
      }
      const trail = [unit.siasnId];
      for (let at = parentOf.get(unit.siasnId) ?? null; at; at = parentOf.get(at) ?? null) {
        if (trail.includes(at)) {
          this.refuse(report, unit.row, field('parentId'), `Parents form a loop: ${[...trail, at].join(' > ')}`);
          break;
        }
        trail.push(at);
      }
    }

    report.refuseIfNeeded(Boolean(input.dryRun));
    if (input.dryRun || report.errors.length) return report.result(format, rows.length, true);
    await progress.enter(SiasnImportPhase.WRITING_UNITS, planned.size);
    await inTransaction(this.ctx.em, () => new OrgUnitService(this.ctx).applySiasnTree(agencyId, [...planned.values()]));
    return report.result(format, rows.length, false);
  }

  private async employees(input: ImportSiasnInput, progress: ImportProgressReporter): Promise<SiasnImportReport> {
    const agencyId = await importTargetAgency(this.ctx, input.agencyId, 'employees');
    const { format, rows } = readSiasnFile(input.content);
    await progress.enter(SiasnImportPhase.MATCHING, rows.length);
    const employeesService = new EmployeeService(this.ctx);
    const units = await new OrgUnitService(this.ctx).ofAgency(agencyId);
    const unitBySiasnId = new Map(units.flatMap((unit) => (unit.siasnId ? [[unit.siasnId, unit] as const] : [])));
    const unitById = new Map(units.map((unit) => [unit.id, unit]));
    const positions = await new PositionService(this.ctx).ofAgency(agencyId);
    const positionByKey = new Map<string, Position>();
    for (const position of positions) positionByKey.set(`${position.unit.id}|${position.name.toLowerCase()}`, position);
    const positionById = new Map(positions.map((position) => [position.id, position]));
    const pnsIds = rows.flatMap((row) => pick(row, EMPLOYEE_FIELDS.pnsId) ?? []);
    const nips = rows.flatMap((row) => (pick(row, EMPLOYEE_FIELDS.nip) ?? '').replace(/\s+/g, '') || []);
    const known = await employeesService.findByPnsIdsOrNips(pnsIds, nips);
    const byPnsId = new Map(known.flatMap((e) => (e.pnsId ? [[e.pnsId, e] as const] : [])));
    const byNip = new Map(known.map((e) => [e.nip, e]));

    const today = todayInIndonesia();
    const fallbackDate = input.effectiveDate ? toDateString(input.effectiveDate) : today;
    const report = new Report();
    const newPositions = new Map<string, { unit: OrgUnit; name: string; type: PositionType; grade: number }>();
    const creates: { row: number; data: Omit<BulkNewEmployee, 'positionId'>; positionKey: string | null }[] = [];
    const updates: { change: EmployeeChange; positionKey: string | null }[] = [];
    const seenPns = new Map<string, number>();
    const seenNip = new Map<string, number>();
    // Problems name the field as the file does: data-utama's name in JSON, the column in CSV.
    const col = (name: keyof typeof EMPLOYEE_FIELDS) => EMPLOYEE_FIELDS[name][format === 'CSV' ? 1 : 0];

    for (const [index, row] of rows.entries()) {
      await progress.advance(index, rows.length);
      const errors: ImportRowError[] = [];
      const fail = (column: string, message: string) => errors.push({ row: row.row, column, message });
      const get = (name: keyof typeof EMPLOYEE_FIELDS) => pick(row, EMPLOYEE_FIELDS[name]);
      const date = (name: 'birthDate' | 'tmtGolongan' | 'tmtJabatan') => {
        const text = get(name);
        const value = fromSiasnDate(text);
        if (text && !value) fail(col(name), `${col(name)} must be a date dd-mm-yyyy, not "${text}"`);
        return value;
      };

      const pnsId = get('pnsId');
      if (!pnsId) fail(col('pnsId'), 'The SIASN id of the person (pnsId) is missing');
      else if (seenPns.has(pnsId)) fail(col('pnsId'), `pnsId ${pnsId} appears twice in the file (also on row ${seenPns.get(pnsId)})`);
      let identity: ReturnType<typeof parseIdentity> | null = null;
      try {
        identity = parseIdentity(get('nip') ?? '', EmploymentType.PNS);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        fail(col('nip'), error.message);
      }
      if (identity && seenNip.has(identity.nip))
        fail(col('nip'), `NIP ${identity.nip} appears twice in the file (also on row ${seenNip.get(identity.nip)})`);
      const name = get('name') ?? '';
      if (name.length < 2 || name.length > 120 || CONTROL_CHARACTERS.test(name))
        fail(col('name'), 'nama must be 2-120 characters without control characters');
      const frontTitle = get('frontTitle');
      const backTitle = get('backTitle');
      if ((frontTitle?.length ?? 0) > 40) fail(col('frontTitle'), 'gelarDepan must be at most 40 characters');
      if ((backTitle?.length ?? 0) > 60) fail(col('backTitle'), 'gelarBelakang must be at most 60 characters');
      const birthDate = date('birthDate');
      if (identity && birthDate && birthDate !== identity.birthDate)
        fail(col('birthDate'), `Birth date ${birthDate} disagrees with the NIP (${identity.birthDate})`);
      const genderCode = get('gender');
      const gender = GENDER.fromSiasn(genderCode);
      if (genderCode && !gender) fail(col('gender'), `jenisKelamin must be M or F, not "${genderCode}"`);
      if (identity && gender && gender !== identity.gender) fail(col('gender'), 'jenisKelamin disagrees with the NIP');
      const golonganCode = get('golongan');
      const golongan = GOLONGAN.fromSiasn(golonganCode);
      if (!golongan) fail(col('golongan'), golonganCode ? `Unknown golongan code ${golonganCode} (11-45)` : 'The golongan is missing');
      const unitId = get('unitId');
      const unit = unitId ? unitBySiasnId.get(unitId) : undefined;
      if (!unit)
        fail(col('unitId'), unitId ? `No unit with SIASN id ${unitId} in this agency; import ref-unor first` : 'unorId is missing');
      const tmtGolongan = date('tmtGolongan');
      const tmtJabatan = date('tmtJabatan');

      // The position: one of the unit's by name, or a new one from jenis jabatan, eselon and kelas jabatan.
      const positionName = get('positionName');
      let positionKey: string | null = null;
      let position: Position | null = null;
      if (positionName && unit) {
        positionKey = `${unit.id}|${positionName.toLowerCase()}`;
        position = positionByKey.get(positionKey) ?? null;
        if (!position && !newPositions.has(positionKey)) {
          const type = positionTypeFromSiasn(get('jenisJabatan'), get('eselon'));
          const gradeText = get('positionClass');
          const grade = gradeText && /^\d{1,2}$/.test(gradeText) ? Number(gradeText) : null;
          if (!type) fail(col('jenisJabatan'), 'jenisJabatanId and eselonId do not name a position type (needed for a new position)');
          if (!grade || grade < 1 || grade > 17) fail(col('positionClass'), 'kelas_jabatan 1-17 is needed for a new position');
          if (type && grade && grade <= 17 && grade >= 1) newPositions.set(positionKey, { unit, name: positionName, type, grade });
        }
      }

      // Which of ours it is: by pnsId, else by NIP.
      const match = (pnsId ? byPnsId.get(pnsId) : undefined) ?? (identity ? byNip.get(identity.nip) : undefined);
      if (match) {
        if (match.agency.id !== agencyId) fail(col('nip'), `NIP ${match.nip} is registered in another agency`);
        else if (match.pnsId && pnsId && match.pnsId !== pnsId) fail(col('pnsId'), `NIP ${match.nip} has another pnsId (${match.pnsId})`);
        else if (identity && match.nip !== identity.nip) fail(col('nip'), `pnsId ${pnsId} belongs to NIP ${match.nip}`);
        else if (match.employmentType !== EmploymentType.PNS) fail(col('nip'), `${match.nip} is registered as PPPK`);
      }
      if (pnsId) seenPns.set(pnsId, row.row);
      if (identity) seenNip.set(identity.nip, row.row);

      const positionLabel = (p: Position | null, key: string | null) => p?.name ?? (key ? newPositions.get(key)?.name : null) ?? null;
      const unitLabel = (u: OrgUnit | undefined | null) => (u ? u.name : null);
      const rank = (g: Golongan | null) => (g ? golonganLabel(g) : null);
      const label = `${identity?.nip ?? get('nip') ?? ''} ${name}`.trim();

      if (!match || errors.length) {
        const changes = [
          ...change('nip', null, identity?.nip ?? null),
          ...change('name', null, name),
          ...change('unit', null, unitLabel(unit)),
          ...change('position', null, positionLabel(position, positionKey)),
          ...change('golongan', null, rank(golongan)),
        ];
        report.add({ row: row.row, key: pnsId ?? '', label, outcome: SiasnImportOutcome.CREATED, changes }, errors);
        if (errors.length || !identity || !unit || !pnsId) continue;
        const dates = [tmtJabatan, tmtGolongan].filter((d): d is string => d !== null).sort();
        creates.push({
          row: row.row,
          positionKey,
          data: {
            validFrom: dates.at(-1) ?? fallbackDate,
            reason: 'Import SIASN',
            agencyId: unit.agency.id,
            unitId: unit.id,
            nip: identity.nip,
            pnsId,
            employmentType: EmploymentType.PNS,
            frontTitle,
            name,
            backTitle,
            golongan,
            birthDate: identity.birthDate,
            gender: identity.gender,
            tmtCpns: identity.tmtCpns,
          },
        });
        continue;
      }

      const currentUnit = unitById.get(match.unit.id) ?? null;
      const currentPosition = match.position ? (positionById.get(match.position.id) ?? null) : null;
      const positionChanges = positionKey !== null && (!position || position.id !== currentPosition?.id);
      const changes = [
        ...change('pnsId', match.pnsId, pnsId),
        ...change('name', match.name, name),
        ...change('frontTitle', match.frontTitle, frontTitle),
        ...change('backTitle', match.backTitle, backTitle),
        ...change('unit', unitLabel(currentUnit), unitLabel(unit)),
        ...(positionChanges ? change('position', currentPosition?.name ?? null, positionLabel(position, positionKey)) : []),
        ...change('golongan', rank(match.golongan), rank(golongan)),
      ];
      const unitMoved = match.unit.id !== unit!.id;
      const rankChanged = match.golongan !== golongan;
      if (unitMoved && !positionName) changes.push(...change('position', currentPosition?.name ?? null, null));
      report.add(
        {
          row: row.row,
          key: pnsId!,
          label,
          outcome: changes.length ? SiasnImportOutcome.CHANGED : SiasnImportOutcome.UNCHANGED,
          changes,
        },
        [],
      );
      if (!changes.length) continue;
      // The change takes effect from its own TMT: the position's for a move, the rank's for a promotion.
      const dates = [unitMoved || positionChanges ? tmtJabatan : null, rankChanged ? tmtGolongan : null].filter(
        (d): d is string => d !== null,
      );
      updates.push({
        positionKey: positionChanges ? positionKey : null,
        change: {
          employee: match,
          set: {
            pnsId: pnsId!,
            name,
            frontTitle,
            backTitle,
            golongan,
            ...(unitMoved ? { unit: unit! } : {}),
            // A move without a named position leaves the old unit's position behind.
            ...(unitMoved && !positionName ? { position: null } : {}),
          },
          from: dates.sort().at(-1) ?? fallbackDate,
          reason: 'Import SIASN',
        },
      });
    }

    report.refuseIfNeeded(Boolean(input.dryRun));
    if (input.dryRun || report.errors.length) return report.result(format, rows.length, true);

    await progress.enter(SiasnImportPhase.WRITING_EMPLOYEES, creates.length + updates.length);
    const writer = new EmployeeBulkWriter(this.ctx, (step, done, total) =>
      progress.at(step === 'employees' ? SiasnImportPhase.WRITING_EMPLOYEES : SiasnImportPhase.HISTORY, done, total),
    );
    await inTransaction(this.ctx.em, async () => {
      const created = this.createPositions([...newPositions.values()], positions);
      const positionOf = (key: string | null) => (key ? (positionByKey.get(key) ?? created.get(key) ?? null) : null);
      await writer.create(creates.map(({ data, positionKey }) => ({ ...data, positionId: positionOf(positionKey)?.id ?? null })));
      await writer.change(
        updates.map(({ change, positionKey }) =>
          positionKey ? { ...change, set: { ...change.set, position: positionOf(positionKey) } } : change,
        ),
      );
    });
    return report.result(format, rows.length, false);
  }

  private refuse(report: Report, row: number, column: string, message: string) {
    report.errors.push({ row, column, message });
    const entry = report.entries.find((e) => e.row === row);
    if (entry) {
      if (entry.outcome !== SiasnImportOutcome.REFUSED) {
        report.counts[entry.outcome.toLowerCase() as 'created' | 'changed']--;
        report.counts.refused++;
      }
      entry.outcome = SiasnImportOutcome.REFUSED;
      entry.errors.push({ row, column, message });
    } else {
      report.counts.unchanged--;
      report.counts.refused++;
      report.entries.push({
        row,
        key: '',
        label: '',
        outcome: SiasnImportOutcome.REFUSED,
        changes: [],
        errors: [{ row, column, message }],
      });
    }
  }

  /**
   * New positions, with their reporting line: a managerial position reports to
   * the head of the nearest unit above, any other to the head of its own unit
   * (or above). The head of a unit holds its highest managerial position.
   */
  private createPositions(wanted: Omit<NewPosition, 'superior'>[], existing: Position[]): Map<string, Position> {
    const head = new Map<string, Position | number>();
    const typeOf = (p: Position | number) => (typeof p === 'number' ? wanted[p]!.type : p.type);
    const consider = (unitId: string, candidate: Position | number) => {
      const rank = MANAGERIAL.indexOf(typeOf(candidate));
      const current = head.get(unitId);
      if (rank >= 0 && (current === undefined || rank < MANAGERIAL.indexOf(typeOf(current)))) head.set(unitId, candidate);
    };
    for (const position of existing) consider(position.unit.id, position);
    wanted.forEach((row, index) => consider(row.unit.id, index));
    const rows: NewPosition[] = wanted.map((row, index) => {
      const managerial = MANAGERIAL.includes(row.type);
      // Nearest first: the own unit (unless managerial), then each ancestor.
      const candidates = [...row.unit.pathIds].reverse().slice(managerial ? 1 : 0);
      const superior = candidates.map((unitId) => head.get(unitId)).find((p) => p !== undefined && p !== index) ?? null;
      return { ...row, superior };
    });
    const created = new PositionService(this.ctx).createMany(rows);
    return new Map(created.map((position, index) => [`${wanted[index]!.unit.id}|${wanted[index]!.name.toLowerCase()}`, position]));
  }
}
