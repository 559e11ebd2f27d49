import { ref, type RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { ServiceContext } from '../context.js';
import { toGlobalId } from '../graphql/ids.js';
import { EmployeeImportService } from '../modules/employees/employee-import.service.js';
import { Golongan, PppkGrade } from '../modules/employees/rank.js';
import type { Actor } from '../access/actor.js';
import { Role } from '../access/role.js';
import { Agency } from '../modules/organization/agency.entity.js';
import { OrgUnit, OrgUnitKind } from '../modules/organization/org-unit.entity.js';
import { Position, PositionType } from '../modules/organization/position.entity.js';

/** A deterministic pseudo-random sequence, so the demo is the same on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const GIVEN = [
  'Ahmad',
  'Siti',
  'Budi',
  'Dewi',
  'Rina',
  'Hendra',
  'Nur',
  'Agus',
  'Sri',
  'Yusuf',
  'Fitri',
  'Rizki',
  'Wahyu',
  'Indah',
  'Teuku',
  'Cut',
  'Made',
  'Ni Luh',
  'Lalu',
  'Baiq',
];
const FAMILY = [
  'Santoso',
  'Lestari',
  'Hasibuan',
  'Nasution',
  'Siregar',
  'Pratama',
  'Wijaya',
  'Saputra',
  'Rahmawati',
  'Harahap',
  'Lubis',
  'Ramadhan',
  'Hidayat',
  'Kurniawan',
  'Marlina',
  'Syahputra',
];
const BACK_TITLES = [null, null, 'S.Sos.', 'S.E.', 'S.Kom.', 'S.K.M.', 'A.Md.', 'S.H.', 'M.Si.', 'S.Kep.'];

interface UnitPlan {
  code: string;
  name: string;
  kind: OrgUnitKind;
  head?: { name: string; type: PositionType; grade: number };
  staff?: number;
  children?: UnitPlan[];
}

/** A regional government's usual shape (PP 18/2016), small enough for a demo. */
function regionPlan(place: string, kecamatan: string, kelurahan: string[]): UnitPlan[] {
  return [
    {
      code: 'SETDA',
      name: 'Sekretariat Daerah',
      kind: OrgUnitKind.SEKRETARIAT,
      head: { name: 'Sekretaris Daerah', type: PositionType.JPT_PRATAMA, grade: 15 },
      children: [
        {
          code: 'SETDA-ORG',
          name: 'Bagian Organisasi',
          kind: OrgUnitKind.BAGIAN,
          head: { name: 'Kepala Bagian Organisasi', type: PositionType.ADMINISTRATOR, grade: 11 },
          staff: 15,
        },
      ],
    },
    {
      code: 'DINKES',
      name: 'Dinas Kesehatan',
      kind: OrgUnitKind.DINAS,
      head: { name: 'Kepala Dinas Kesehatan', type: PositionType.JPT_PRATAMA, grade: 14 },
      children: [
        {
          code: 'DINKES-P2P',
          name: 'Bidang Pencegahan dan Pengendalian Penyakit',
          kind: OrgUnitKind.BIDANG,
          head: { name: 'Kepala Bidang P2P', type: PositionType.ADMINISTRATOR, grade: 11 },
          children: [
            {
              code: 'DINKES-P2P-IMUN',
              name: 'Seksi Surveilans dan Imunisasi',
              kind: OrgUnitKind.SEKSI,
              head: { name: 'Kepala Seksi Surveilans dan Imunisasi', type: PositionType.PENGAWAS, grade: 9 },
              staff: 20,
            },
          ],
        },
        {
          code: `PKM-${place.toUpperCase()}`,
          name: `Puskesmas ${place}`,
          kind: OrgUnitKind.PUSKESMAS,
          head: { name: `Kepala Puskesmas ${place}`, type: PositionType.PENGAWAS, grade: 9 },
          staff: 60,
        },
      ],
    },
    {
      code: 'DISDUKCAPIL',
      name: 'Dinas Kependudukan dan Pencatatan Sipil',
      kind: OrgUnitKind.DINAS,
      head: { name: 'Kepala Dinas Kependudukan dan Pencatatan Sipil', type: PositionType.JPT_PRATAMA, grade: 14 },
      children: [
        {
          code: 'DISDUKCAPIL-DAFDUK',
          name: 'Bidang Pelayanan Pendaftaran Penduduk',
          kind: OrgUnitKind.BIDANG,
          head: { name: 'Kepala Bidang Pendaftaran Penduduk', type: PositionType.ADMINISTRATOR, grade: 11 },
          staff: 40,
        },
      ],
    },
    {
      code: `KEC-${kecamatan.toUpperCase().replace(/\s+/g, '-')}`,
      name: `Kecamatan ${kecamatan}`,
      kind: OrgUnitKind.KECAMATAN,
      head: { name: `Camat ${kecamatan}`, type: PositionType.ADMINISTRATOR, grade: 12 },
      staff: 10,
      children: kelurahan.map((name) => ({
        code: `KEL-${name.toUpperCase().replace(/\s+/g, '-')}`,
        name: `Kelurahan ${name}`,
        kind: OrgUnitKind.KELURAHAN,
        head: { name: `Lurah ${name}`, type: PositionType.PENGAWAS, grade: 9 },
        staff: 20,
      })),
    },
  ];
}

/** Where each demo agency (by code) sits: the place that names its puskesmas, its kecamatan and kelurahan. */
export const DEMO_REGIONS: Record<string, [string, string, string[]]> = {
  'PEMKOT-TEBINGTINGGI': ['Rambung', 'Rambutan', ['Tanjung Marulak', 'Lalang']],
  'PEMKOT-MATARAM': ['Cakranegara', 'Cakranegara', ['Cakranegara Barat', 'Sapta Marga']],
  'PEMKAB-ABDYA': ['Blangpidie', 'Blangpidie', ['Kuta Tuha', 'Keude Siblah']],
  'PEMKOT-PALANGKARAYA': ['Rakumpit', 'Rakumpit', ['Mungku Baru', 'Petuk Bukit']],
  'PEMKOT-PALEMBANG': ['Kertapati', 'Kertapati', ['Kemang Agung', 'Ogan Baru']],
};

/**
 * Builds each demo agency's unit tree and positions (with their superiors) as
 * the unit and position services would (same fields, one audit entry each), in
 * one flush for all agencies, then loads the employees holding them through
 * the CSV import, as an HR office would: one bulk write per region.
 */
export async function seedDemoOrganisation(em: EntityManager, config: Config, agencies: Agency[]): Promise<number> {
  const actor: Actor = {
    userId: '00000000-0000-0000-0000-000000000000',
    username: 'system',
    roles: [Role.SUPER_ADMIN],
    agencyId: null,
    employeeId: null,
  };
  const ctx: ServiceContext = { em, actor, config };
  const imports: { agency: Agency; csv: string }[] = [];
  // Flushed level by level, parents first: in one flush MikroORM would insert a unit or position before the one
  // it points to without the reference and set it by a second update (a version 2 the services never write).
  const levels = new Map<object, number>();
  const byLevel: object[][] = [];
  const create = <T extends object>(level: number, entity: new () => T, data: RequiredEntityData<T>): T => {
    const created = em.create(entity, data, { persist: false });
    levels.set(created, level);
    (byLevel[level] ??= []).push(created);
    return created;
  };

  for (const [index, agency] of agencies.entries()) {
    const region = DEMO_REGIONS[agency.code];
    if (!region) continue;
    const next = random(index + 1);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    let sequence = 0;

    const lines = ['nip,employment_type,front_title,name,back_title,unit_code,position,golongan,pppk_grade'];
    const person = (positionName: string, unitCode: string, grade: number) => {
      sequence += 1;
      const year = 1965 + Math.floor(next() * 33);
      const birth = `${year}${String(1 + Math.floor(next() * 12)).padStart(2, '0')}${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
      const gender = next() < 0.5 ? 1 : 2;
      const pppk = grade <= 7 && next() < 0.3;
      const name = `${pick(GIVEN)} ${pick(FAMILY)}`;
      const back = (pick(BACK_TITLES) ?? '').replace(/,/g, '');
      const serial = String(sequence).padStart(3, '0');
      if (pppk) {
        const nip = `${birth}${2021 + Math.floor(next() * 4)}0${gender}${gender}${serial}`;
        lines.push([nip, 'PPPK', '', name, back, unitCode, positionName, '', Object.values(PppkGrade)[Math.min(16, grade + 2)]].join(','));
      } else {
        const tmt = `${Math.min(year + 20 + Math.floor(next() * 8), 2024)}${String(1 + Math.floor(next() * 12)).padStart(2, '0')}`;
        const golongan = Object.values(Golongan)[Math.min(16, Math.max(4, grade + 2))];
        const front = grade >= 14 && next() < 0.4 ? 'dr.' : '';
        lines.push([`${birth}${tmt}${gender}${serial}`, 'PNS', front, name, back, unitCode, positionName, golongan, ''].join(','));
      }
    };

    // What OrgUnitService.create and PositionService.create write, without a lookup and a flush per record.
    const agencyRef = em.getReference(Agency, agency.id);
    const build = (plan: UnitPlan, parent: OrgUnit | null, superior: Position | null) => {
      const unit = create(parent ? levels.get(parent)! + 1 : 0, OrgUnit, {
        agency: agencyRef,
        parent: parent ? ref(parent) : null,
        code: plan.code,
        name: plan.name,
        kind: plan.kind,
        active: true,
        depth: parent ? parent.depth + 1 : 0,
        path: '',
      });
      unit.path = `${parent?.path ?? '/'}${unit.id}/`;
      const position = (name: string, type: PositionType, grade: number, reportsTo: Position | null) =>
        create(Math.max(levels.get(unit)!, reportsTo ? levels.get(reportsTo)! : 0) + 1, Position, {
          agency: agencyRef,
          unit: ref(unit),
          superior: reportsTo ? ref(reportsTo) : null,
          name,
          type,
          grade,
          active: true,
        });
      let head = superior;
      if (plan.head) {
        head = position(plan.head.name, plan.head.type, plan.head.grade, superior);
        person(plan.head.name, plan.code, plan.head.grade);
      }
      if (plan.staff) {
        const staff = position(`Pelaksana ${plan.name}`, PositionType.PELAKSANA, 6, head);
        for (let i = 0; i < plan.staff; i++) person(staff.name, plan.code, 6);
      }
      for (const child of plan.children ?? []) build(child, unit, head);
    };

    for (const plan of regionPlan(...region)) build(plan, null, null);
    imports.push({ agency, csv: lines.join('\n') });
  }
  for (const level of byLevel) {
    em.persist(level);
    await em.flush();
  }
  // The import looks the units and positions up by code and name; a unit of work left full slows every later flush.
  em.clear();

  let count = 0;
  for (const { agency, csv } of imports) {
    const imported = await new EmployeeImportService(ctx).import({ agencyId: toGlobalId('Agency', agency.id), csv });
    count += imported.created;
    em.clear();
  }
  return count;
}
