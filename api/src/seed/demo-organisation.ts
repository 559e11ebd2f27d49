import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { ServiceContext } from '../context.js';
import { toGlobalId } from '../graphql/ids.js';
import { EmployeeImportService } from '../modules/employees/employee-import.service.js';
import { Golongan, PppkGrade } from '../modules/employees/rank.js';
import type { Actor } from '../access/actor.js';
import { Role } from '../access/role.js';
import type { Agency } from '../modules/organization/agency.entity.js';
import { OrgUnitKind } from '../modules/organization/org-unit.entity.js';
import { OrgUnitService } from '../modules/organization/org-unit.service.js';
import { PositionType } from '../modules/organization/position.entity.js';
import { PositionService } from '../modules/organization/position.service.js';

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
 * Builds each demo agency's unit tree, positions (with their superiors) and the
 * employees holding them, through the same services the API uses.
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
  const units = new OrgUnitService(ctx);
  const positions = new PositionService(ctx);
  let count = 0;

  for (const [index, agency] of agencies.entries()) {
    const region = DEMO_REGIONS[agency.code];
    if (!region) continue;
    const next = random(index + 1);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    let sequence = 0;

    // Employees go through the CSV import, as an HR office would load them: one bulk write per region.
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

    const build = async (plan: UnitPlan, parentId: string | null, superiorId: string | null) => {
      const unit = await units.create({
        agencyId: parentId ? null : toGlobalId('Agency', agency.id),
        parentId,
        code: plan.code,
        name: plan.name,
        kind: plan.kind,
      });
      const unitId = toGlobalId('OrgUnit', unit.id);
      let headId = superiorId;
      if (plan.head) {
        const head = await positions.create({ unitId, superiorId, ...plan.head });
        headId = toGlobalId('Position', head.id);
        person(plan.head.name, plan.code, plan.head.grade);
      }
      if (plan.staff) {
        const staff = await positions.create({
          unitId,
          superiorId: headId,
          name: `Pelaksana ${plan.name}`,
          type: PositionType.PELAKSANA,
          grade: 6,
        });
        for (let i = 0; i < plan.staff; i++) person(staff.name, plan.code, 6);
      }
      for (const child of plan.children ?? []) await build(child, unitId, headId);
    };

    for (const plan of regionPlan(...region)) await build(plan, null, null);
    const imported = await new EmployeeImportService(ctx).import({ agencyId: toGlobalId('Agency', agency.id), csv: lines.join('\n') });
    count += imported.created;
  }
  return count;
}
