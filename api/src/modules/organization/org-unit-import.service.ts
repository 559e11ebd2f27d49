import { ref, type RequiredEntityData } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import type { CsvImportRequest, CsvImportResult } from '../../import/import.types.js';
import { importTargetAgency } from '../../import/target-agency.js';
import { CONTROL_CHARACTERS, parseCsv, parseYesNo, rejectedFile, type ImportRowError } from '../../import/csv.js';
import { Agency } from './agency.entity.js';
import { OrgUnit, OrgUnitKind } from './org-unit.entity.js';
import { MAX_DEPTH } from './org-unit.service.js';
import { UNIT_CODE } from './org-unit.types.js';

export const UNIT_COLUMNS = ['code', 'name', 'kind', 'parent_code', 'active'] as const;
const REQUIRED = ['code', 'name', 'kind'] as const;

interface Planned {
  line: number;
  id: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
  active: boolean;
  parentCode: string | null;
}

/**
 * Imports units from CSV, all or nothing. A unit's parent is an existing unit of
 * the agency or another row of the file, in any order; loops are refused.
 */
export class OrgUnitImportService {
  constructor(private readonly ctx: ServiceContext) {}

  async import(input: CsvImportRequest): Promise<CsvImportResult> {
    const agencyId = await importTargetAgency(this.ctx, input.agencyId, 'units');

    const rows = parseCsv(input.csv, UNIT_COLUMNS, REQUIRED);
    const { em } = this.ctx;
    const existing = new Map((await em.find(OrgUnit, { agency: agencyId })).map((unit) => [unit.code, unit]));
    const errors: ImportRowError[] = [];
    const planned = new Map<string, Planned>();

    rows.forEach((row, index) => {
      const line = index + 2;
      const fail = (column: string, message: string) => errors.push({ row: line, column, message });
      const code = row.code ?? '';
      if (!UNIT_CODE.test(code)) fail('code', 'code must be 1-40 characters: capital letters, digits, ".", "-" or "_"');
      else if (existing.has(code)) fail('code', `Code ${code} is already used by a unit of this agency`);
      else if (planned.has(code)) fail('code', `Code ${code} appears twice in the file (also on row ${planned.get(code)!.line})`);
      const name = row.name ?? '';
      if (name.length < 2 || name.length > 200 || CONTROL_CHARACTERS.test(name))
        fail('name', 'name must be 2-200 characters without control characters');
      const kind = (row.kind ?? '').toUpperCase();
      if (!(Object.values(OrgUnitKind) as string[]).includes(kind))
        fail('kind', `kind must be one of ${Object.values(OrgUnitKind).join(', ')}`);
      const active = parseYesNo(row.active, true);
      if (active === null) fail('active', 'active must be true or false');
      if (row.parent_code && row.parent_code === code) fail('parent_code', 'A unit cannot be its own parent');
      if (UNIT_CODE.test(code) && !planned.has(code) && !existing.has(code)) {
        planned.set(code, {
          line,
          id: randomUUID(),
          code,
          name,
          kind: kind as OrgUnitKind,
          active: active ?? true,
          parentCode: row.parent_code || null,
        });
      }
    });

    // Paths, parents first: a parent is an existing unit or a row whose path is known.
    const paths = new Map<string, { path: string; depth: number }>();
    const pathOf = (unit: Planned, trail: string[]): { path: string; depth: number } | null => {
      const known = paths.get(unit.code);
      if (known) return known;
      if (trail.includes(unit.code)) {
        errors.push({ row: unit.line, column: 'parent_code', message: `Parents form a loop: ${[...trail, unit.code].join(' > ')}` });
        return null;
      }
      let parent: { path: string; depth: number } | null = { path: '/', depth: -1 };
      if (unit.parentCode) {
        const existingParent = existing.get(unit.parentCode);
        const plannedParent = planned.get(unit.parentCode);
        parent = existingParent
          ? { path: existingParent.path, depth: existingParent.depth }
          : plannedParent
            ? pathOf(plannedParent, [...trail, unit.code])
            : null;
        if (!existingParent && !plannedParent) {
          errors.push({
            row: unit.line,
            column: 'parent_code',
            message: `No unit with code "${unit.parentCode}" in this agency or the file`,
          });
        }
      }
      if (!parent) return null;
      const result = { path: `${parent.path}${unit.id}/`, depth: parent.depth + 1 };
      if (result.depth > MAX_DEPTH) {
        errors.push({ row: unit.line, column: 'parent_code', message: `Units may nest at most ${MAX_DEPTH} levels deep` });
        return null;
      }
      paths.set(unit.code, result);
      return result;
    };
    for (const unit of planned.values()) pathOf(unit, []);
    if (errors.length) throw rejectedFile(errors.sort((a, b) => a.row - b.row));
    if (input.dryRun) return { rows: rows.length, created: 0, dryRun: true };

    return inTransaction(em, async () => {
      const agency = em.getReference(Agency, agencyId);
      // Parents before children, so the foreign keys hold at every insert.
      const ordered = [...planned.values()].sort((a, b) => paths.get(a.code)!.depth - paths.get(b.code)!.depth);
      const created = new Map<string, OrgUnit>();
      for (const unit of ordered) {
        const parent = unit.parentCode ? (existing.get(unit.parentCode) ?? created.get(unit.parentCode)!) : null;
        const data: RequiredEntityData<OrgUnit> = {
          id: unit.id,
          agency,
          parent: parent ? ref(parent) : null,
          code: unit.code,
          name: unit.name,
          kind: unit.kind,
          active: unit.active,
          path: paths.get(unit.code)!.path,
          depth: paths.get(unit.code)!.depth,
        };
        created.set(unit.code, em.create(OrgUnit, data));
      }
      await em.flush();
      return { rows: rows.length, created: created.size, dryRun: false };
    });
  }
}
