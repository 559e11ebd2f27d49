import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
// Registers the dashboard summary written as the demo's quarters close (the seed may run before the API is loaded).
import '../modules/analytics/evaluation-summary.js';
import { Role } from '../access/role.js';
import { Employee } from '../modules/employees/employee.entity.js';
import { hashPassword, verifyPassword } from '../modules/auth/password.js';
import { User } from '../modules/auth/user.entity.js';
import { Agency, AgencyKind } from '../modules/organization/agency.entity.js';
import { runInScope } from '../request-context.js';
import { seedDemoCalendar } from './demo-calendar.js';
import { seedDemoCommunity } from './demo-community.js';
import { seedDemoCriteria } from './demo-criteria.js';
import { seedDemoOrganisation } from './demo-organisation.js';

/** Documented in the README and printed at start; a production server refuses to start while an account has it. */
export const DEMO_PASSWORD = 'kinerja-demo';

/** The regions the product was born from (docs/domain.md#origins) and two central agencies. */
export const DEMO_AGENCIES = [
  {
    code: 'PEMKOT-TEBINGTINGGI',
    name: 'Pemerintah Kota Tebing Tinggi',
    kind: AgencyKind.DAERAH,
    region: 'Sumatera Utara',
    admin: 'admin.tebingtinggi',
  },
  {
    code: 'PEMKOT-MATARAM',
    name: 'Pemerintah Kota Mataram (Kecamatan Cakranegara)',
    kind: AgencyKind.DAERAH,
    region: 'Nusa Tenggara Barat',
    admin: 'admin.mataram',
  },
  {
    code: 'PEMKAB-ABDYA',
    name: 'Pemerintah Kabupaten Aceh Barat Daya (Blangpidie)',
    kind: AgencyKind.DAERAH,
    region: 'Aceh',
    admin: 'admin.abdya',
  },
  {
    code: 'PEMKOT-PALANGKARAYA',
    name: 'Pemerintah Kota Palangka Raya (Kecamatan Rakumpit)',
    kind: AgencyKind.DAERAH,
    region: 'Kalimantan Tengah',
    admin: 'admin.palangkaraya',
  },
  {
    code: 'PEMKOT-PALEMBANG',
    name: 'Pemerintah Kota Palembang (Kecamatan Kertapati)',
    kind: AgencyKind.DAERAH,
    region: 'Sumatera Selatan',
    admin: 'admin.palembang',
  },
  { code: 'BKN', name: 'Badan Kepegawaian Negara', kind: AgencyKind.PUSAT, region: 'DKI Jakarta', admin: null },
  {
    code: 'KEMENPANRB',
    name: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
    kind: AgencyKind.PUSAT,
    region: 'DKI Jakarta',
    admin: null,
  },
] as const;

/** Loads the demo data when the database has no user yet. Returns whether it did. */
export async function seedDemoIfEmpty(orm: MikroORM, config: Config, logger: Logger): Promise<boolean> {
  const em = orm.em.fork();
  if ((await em.count(User, {})) > 0) return false;
  const scope = { requestId: randomUUID(), actor: null, operation: 'seed:demo', sqlStatements: 0 };
  let employees = 0;
  await runInScope(scope, () =>
    em.transactional(async (tx) => {
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      tx.create(User, { username: 'admin', displayName: 'Administrator Platform', passwordHash, roles: [Role.SUPER_ADMIN] });
      const agencies: Agency[] = [];
      for (const data of DEMO_AGENCIES) {
        const agency = tx.create(Agency, { code: data.code, name: data.name, kind: data.kind, region: data.region });
        agencies.push(agency);
        if (data.admin) {
          tx.create(User, {
            username: data.admin,
            displayName: `Admin ${data.name}`,
            passwordHash,
            roles: [Role.AGENCY_ADMIN],
            agency,
          });
        }
      }
      await tx.flush();
      employees = await seedDemoOrganisation(tx, config, agencies);
      await seedRoleAccounts(tx, agencies, passwordHash);
      await seedDemoCriteria(tx, config, agencies);
      await seedDemoCommunity(tx, agencies);
      await seedDemoCalendar(tx);
      // Remembers which accounts carry the published password (see demoPasswordAccounts).
      await tx.execute(`insert into demo_accounts (user_id, password_hash) select id, password_hash from users where password_hash = ?`, [
        passwordHash,
      ]);
    }),
  );
  logger.info({ agencies: DEMO_AGENCIES.length, employees }, 'demo data loaded');
  return true;
}

/**
 * One account per role in each regional demo agency (`hr.`, `penilai.`, `atasan.`,
 * `pegawai.` + the region), the last two linked to employees of the demo health office.
 */
async function seedRoleAccounts(tx: EntityManager, agencies: Agency[], passwordHash: string): Promise<void> {
  for (const agency of agencies) {
    const admin = DEMO_AGENCIES.find((a) => a.code === agency.code)?.admin;
    if (!admin) continue;
    const region = admin.replace(/^admin\./, '');
    const head = await tx.findOne(Employee, { agency, position: { name: 'Kepala Dinas Kesehatan' } });
    const staff = await tx.findOne(
      Employee,
      { agency, position: { name: 'Pelaksana Seksi Surveilans dan Imunisasi' } },
      { orderBy: { nip: 'asc' } },
    );
    const accounts: [string, string, Role, Employee | null][] = [
      [`hr.${region}`, `Petugas BKPSDM ${agency.name}`, Role.HR_OFFICER, null],
      [`penilai.${region}`, `Tim Penilai Kinerja ${agency.name}`, Role.EVALUATOR, null],
      [`atasan.${region}`, head?.fullName ?? 'Kepala Dinas Kesehatan', Role.SUPERVISOR, head],
      [`pegawai.${region}`, staff?.fullName ?? 'Pegawai', Role.EMPLOYEE, staff],
    ];
    for (const [username, displayName, role, employee] of accounts) {
      tx.create(User, { username, displayName, passwordHash, roles: [role], agency, employee });
    }
  }
  await tx.flush();
}

/**
 * The active accounts that still have the demo password, by name. Only accounts
 * the seed created are looked at (demo_accounts), and an unchanged hash says so
 * without any password check, so the cost does not grow with the number of
 * accounts. A changed hash is verified once: a new demo password is remembered
 * as such, any other password drops the account from the list for good.
 */
export async function demoPasswordAccounts(orm: MikroORM): Promise<string[]> {
  const em = orm.em.fork();
  const rows = await em.execute<{ id: string; username: string; password_hash: string; demo_hash: string | null }[]>(
    `select u.id, u.username, u.password_hash, d.password_hash as demo_hash
       from demo_accounts d join users u on u.id = d.user_id
      where u.active order by u.username`,
  );
  const found: string[] = [];
  for (const row of rows) {
    if (row.password_hash === row.demo_hash) {
      found.push(row.username);
    } else if (await verifyPassword(row.password_hash, DEMO_PASSWORD)) {
      await em.execute(`update demo_accounts set password_hash = ? where user_id = ?`, [row.password_hash, row.id]);
      found.push(row.username);
    } else {
      await em.execute(`delete from demo_accounts where user_id = ?`, [row.id]);
    }
  }
  return found;
}
