import { randomUUID } from 'node:crypto';
import { ref, type RequiredEntityData } from '@mikro-orm/core';
import type { ServiceContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import type { CsvImportRequest, CsvImportResult } from '../../import/import.types.js';
import { importTargetAgency } from '../../import/target-agency.js';
import { CONTROL_CHARACTERS, parseCsv, parseYesNo, rejectedFile, type ImportRowError } from '../../import/csv.js';
import { OrgUnit } from './org-unit.entity.js';
import { Position, PositionType } from './position.entity.js';

export const POSITION_COLUMNS = ['unit_code', 'name', 'type', 'grade', 'superior_unit_code', 'superior_name', 'active'] as const;
const REQUIRED = ['unit_code', 'name', 'type', 'grade'] as const;

interface Planned {
  line: number;
  id: string;
  unit: OrgUnit;
  name: string;
  type: PositionType;
  grade: number;
  active: boolean;
  superiorKey: string | null;
}

/** A position is named by its unit's code and its own name, case-insensitively. */
const keyOf = (unitCode: string, name: string) => `${unitCode}|${name.toLowerCase()}`;

/**
 * Imports positions from CSV, all or nothing. A superior is an existing position
 * of the agency or another row of the file (by unit code and name); loops are refused.
 */
export class PositionImportService {
  constructor(private readonly ctx: ServiceContext) {}

  async import(input: CsvImportRequest): Promise<CsvImportResult> {
    const agencyId = await importTargetAgency(this.ctx, input.agencyId, 'positions');

    const rows = parseCsv(input.csv, POSITION_COLUMNS, REQUIRED);
    const { em } = this.ctx;
    const units = await em.find(OrgUnit, { agency: agencyId });
    const unitsByCode = new Map(units.map((unit) => [unit.code, unit]));
    const unitCodeById = new Map(units.map((unit) => [unit.id, unit.code]));
    const existing = new Map<string, Position>();
    for (const position of await em.find(Position, { agency: agencyId })) {
      existing.set(keyOf(unitCodeById.get(position.unit.id) ?? '', position.name), position);
    }
    const errors: ImportRowError[] = [];
    const planned = new Map<string, Planned>();

    rows.forEach((row, index) => {
      const line = index + 2;
      const fail = (column: string, message: string) => errors.push({ row: line, column, message });
      const unit = unitsByCode.get(row.unit_code ?? '');
      if (!unit) fail('unit_code', `No unit with code "${row.unit_code ?? ''}" in this agency`);
      const name = row.name ?? '';
      if (name.length < 2 || name.length > 200 || CONTROL_CHARACTERS.test(name))
        fail('name', 'name must be 2-200 characters without control characters');
      const type = (row.type ?? '').toUpperCase();
      if (!(Object.values(PositionType) as string[]).includes(type))
        fail('type', `type must be one of ${Object.values(PositionType).join(', ')}`);
      const grade = Number(row.grade);
      if (!Number.isInteger(grade) || grade < 1 || grade > 17) fail('grade', 'grade (kelas jabatan) must be a whole number from 1 to 17');
      const active = parseYesNo(row.active, true);
      if (active === null) fail('active', 'active must be true or false');
      if (Boolean(row.superior_unit_code) !== Boolean(row.superior_name)) {
        fail('superior_name', 'Give both superior_unit_code and superior_name, or neither');
      }
      if (!unit) return;
      const key = keyOf(unit.code, name);
      if (existing.has(key)) return fail('name', `Unit ${unit.code} already has a position "${name}"`);
      if (planned.has(key))
        return fail('name', `Position "${name}" of unit ${unit.code} appears twice in the file (also on row ${planned.get(key)!.line})`);
      planned.set(key, {
        line,
        id: randomUUID(),
        unit,
        name,
        type: type as PositionType,
        grade,
        active: active ?? true,
        superiorKey: row.superior_unit_code && row.superior_name ? keyOf(row.superior_unit_code, row.superior_name) : null,
      });
    });

    // Depth in the reporting line, superiors first; a superior in the file must not lead back to the row.
    const depths = new Map<string, number>();
    const depthOf = (key: string, position: Planned, trail: string[]): number | null => {
      const known = depths.get(key);
      if (known !== undefined) return known;
      if (trail.includes(key)) {
        errors.push({ row: position.line, column: 'superior_name', message: 'Superiors form a loop' });
        return null;
      }
      let depth = 0;
      if (position.superiorKey) {
        const inFile = planned.get(position.superiorKey);
        if (inFile) {
          const above = depthOf(position.superiorKey, inFile, [...trail, key]);
          if (above === null) return null;
          depth = above + 1;
        } else if (!existing.has(position.superiorKey)) {
          errors.push({ row: position.line, column: 'superior_name', message: 'No such superior position in this agency or the file' });
          return null;
        }
      }
      depths.set(key, depth);
      return depth;
    };
    for (const [key, position] of planned) depthOf(key, position, []);
    if (errors.length) throw rejectedFile(errors.sort((a, b) => a.row - b.row));
    if (input.dryRun) return { rows: rows.length, created: 0, dryRun: true };

    return inTransaction(em, async () => {
      const ordered = [...planned.entries()].sort(([a], [b]) => depths.get(a)! - depths.get(b)!);
      const created = new Map<string, Position>();
      for (const [key, position] of ordered) {
        const superior = position.superiorKey ? (existing.get(position.superiorKey) ?? created.get(position.superiorKey)!) : null;
        const data: RequiredEntityData<Position> = {
          id: position.id,
          agency: position.unit.agency,
          unit: ref(position.unit),
          superior: superior ? ref(superior) : null,
          name: position.name,
          type: position.type,
          grade: position.grade,
          active: position.active,
        };
        created.set(key, em.create(Position, data));
      }
      await em.flush();
      return { rows: rows.length, created: created.size, dryRun: false };
    });
  }
}
