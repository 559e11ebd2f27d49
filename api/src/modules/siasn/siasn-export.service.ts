import { requireActor, type ServiceContext } from '../../context.js';
import { toCsv } from '../../csv.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, ErrorReason } from '../../errors.js';
import { fromGlobalId, toGlobalId } from '../../graphql/ids.js';
import { assertAgencyWritable } from '../../access/scope.js';
import type { Golongan } from '../employees/rank.js';
import type { Predicate, Rating } from '../indicators/indicator.enums.js';
import type { SanctionLevel } from '../discipline/discipline.entity.js';
import { Agency } from '../organization/agency.entity.js';
import { PositionType } from '../organization/position.entity.js';
import { PeriodStatus, PeriodType, type AppraisalPeriod } from '../periods/appraisal-period.entity.js';
import { AppraisalPeriodService } from '../periods/appraisal-period.service.js';
import type { CompetencyArea, TrainingKind } from '../training/training.entity.js';
import {
  functionalLevelOf,
  GOLONGAN,
  hargaIdOf,
  JENIS_HUKUMAN,
  jenisDiklatIdOf,
  KOEFISIEN,
  PERIODIK,
  PREDICATE,
  RATING,
  STATUS_PENILAI,
  TINGKAT_HUKUMAN,
  toSiasnDate,
} from './siasn-codes.js';
import { SiasnExportFormat, type SiasnExport, type SiasnExportRecord, type SiasnExportSkip } from './siasn-export.types.js';
import { SiasnRecord, SiasnRecordKind } from './siasn-record.entity.js';

/** Each kind's save endpoint, the type of our record behind it, and its fields in the order SIASN documents them. */
export const SIASN_SHAPES: Record<SiasnRecordKind, { endpoint: string; source: string; fields: readonly string[] }> = {
  SKP_TAHUNAN: {
    endpoint: '/skp22/save',
    source: 'Evaluation',
    fields: [
      'id',
      'tahun',
      'pnsDinilaiOrang',
      'hasilKinerjaNilai',
      'perilakuKerjaNilai',
      'kuadranKinerjaNilai',
      'penilaiNipNrp',
      'penilaiNama',
      'penilaiJabatan',
      'penilaiGolongan',
      'penilaiUnorNama',
      'statusPenilai',
    ],
  },
  KINERJA_PERIODIK: {
    endpoint: '/kinerjaperiodik/save',
    source: 'Evaluation',
    fields: [
      'id',
      'periodikId',
      'bulanMulaiPenilaian',
      'bulanSelesaiPenilaian',
      'tahunMulaiPenilaian',
      'tahunSelesaiPenilaian',
      'pnsDinilaiOrang',
      'hasilKinerjaNilai',
      'perilakuKerjaNilai',
      'kuadranKinerjaNilai',
      'koefisienId',
      'penilaiNipNrp',
      'penilaiNama',
      'penilaiJabatan',
      'penilaiGolongan',
      'penilaiUnorNama',
      'statusPenilai',
    ],
  },
  PENGHARGAAN: {
    endpoint: '/penghargaan/save',
    source: 'Reward',
    fields: ['id', 'pnsOrangId', 'hargaId', 'skNomor', 'skDate', 'tahun'],
  },
  HUKDIS: {
    endpoint: '/hukdis/save',
    source: 'DisciplinaryCase',
    fields: [
      'id',
      'pnsOrangId',
      'jenisHukumanId',
      'jenisTingkatHukumanId',
      'hukumanTanggal',
      'akhirHukumanTanggal',
      'masaTahun',
      'masaBulan',
      'skNomor',
      'skTanggal',
    ],
  },
  KURSUS: {
    endpoint: '/kursus/save',
    source: 'Enrollment',
    fields: [
      'id',
      'pnsOrangId',
      'jenisDiklatId',
      'namaKursus',
      'institusiPenyelenggara',
      'jumlahJam',
      'tanggalKursus',
      'tanggalSelesaiKursus',
      'nomorSertipikat',
    ],
  },
};

/** The tables of the records behind the exports, for checking whose they are. */
const SOURCE_TABLES: Record<string, string> = {
  Evaluation: 'evaluations',
  Reward: 'rewards',
  DisciplinaryCase: 'disciplinary_cases',
  Enrollment: 'enrollments',
};

const PERFORMANCE = [SiasnRecordKind.SKP_TAHUNAN, SiasnRecordKind.KINERJA_PERIODIK];

interface Person {
  pns_id: string | null;
  nip: string;
  name: string;
}

interface Built {
  sourceId: string;
  siasnId: string | null;
  person: Person;
  body: Record<string, unknown>;
}

const fullName = (front: string | null, name: string, back: string | null) =>
  `${front ? `${front} ` : ''}${name}${back ? `, ${back}` : ''}`;
const month = (day: string) => Number(day.slice(5, 7));
const year = (day: string) => Number(day.slice(0, 4));

/**
 * The records of a closed period in the shapes SIASN saves them
 * (docs/domain.md#siasn), with its codes from `siasn-codes.ts`: performance
 * summaries of the evaluated employees, and the rewards, sanctions and trainings of the
 * period. A record SIASN already knows carries its id, so saving it again
 * updates it. One query per export, whatever the number of records.
 */
export class SiasnExportService {
  constructor(private readonly ctx: ServiceContext) {}

  async export(periodId: string, kind: SiasnRecordKind, format: SiasnExportFormat): Promise<SiasnExport> {
    const period = await new AppraisalPeriodService(this.ctx).get(periodId, 'periodId');
    if (period.status !== PeriodStatus.CLOSED)
      throw badInput('periodId', 'Only a closed period is exported to SIASN', ErrorReason.WRONG_STATUS, {
        status: period.status,
        statusType: 'PeriodStatus',
      });
    if (kind === SiasnRecordKind.SKP_TAHUNAN && period.type !== PeriodType.ANNUAL)
      throw badInput('kind', 'The annual summary (skp22) is exported from an annual period', ErrorReason.NOT_APPLICABLE);
    if (kind === SiasnRecordKind.KINERJA_PERIODIK && !PERIODIK.toSiasn(period.type))
      throw badInput('kind', 'SIASN takes periodic summaries for monthly and quarterly periods only', ErrorReason.NOT_APPLICABLE);

    const built = await this.build(period, kind);
    const records: SiasnExportRecord[] = [];
    const skipped: SiasnExportSkip[] = [];
    const shape = SIASN_SHAPES[kind];
    for (const record of built) {
      const sourceId = toGlobalId(shape.source, record.sourceId);
      if (!record.person.pns_id) {
        skipped.push({
          sourceId,
          label: `${record.person.nip} ${record.person.name}`,
          reason: 'The employee has no pnsId: import them from SIASN first',
        });
        continue;
      }
      records.push({ sourceId, siasnId: record.siasnId, body: record.body });
    }
    const bodies = records.map((record) => record.body);
    const content =
      format === SiasnExportFormat.CSV
        ? // Opened in spreadsheets by the operators who upload it by hand, so neutralised like every CSV (csv.ts);
          // the JSON lines, which the web service client sends, keep every value exactly.
          toCsv(
            shape.fields,
            bodies.map((body) => shape.fields.map((field) => body[field] ?? '')),
          ) + '\n'
        : bodies.map((body) => JSON.stringify(body)).join('\n') + (bodies.length ? '\n' : '');
    const slug = period.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const file = shape.endpoint.split('/')[1];
    return {
      kind,
      endpoint: shape.endpoint,
      fileName: `${file}-${slug}.${format === SiasnExportFormat.CSV ? 'csv' : 'jsonl'}`,
      count: records.length,
      content,
      records,
      skipped,
    };
  }

  /** Stores the ids SIASN gave our records (from a push, or an upload by hand), so the next export updates them. */
  async rememberIds(
    kind: SiasnRecordKind,
    entries: { sourceId: string; siasnId: string }[],
    message: string | null = null,
  ): Promise<number> {
    const actor = requireActor(this.ctx);
    const source = SIASN_SHAPES[kind].source;
    const ids = entries.map((entry, index) => ({
      sourceId: fromGlobalId(entry.sourceId, source, `input.entries.${index}.sourceId`),
      siasnId: entry.siasnId,
    }));
    if (ids.length === 0) return 0;
    const table = SOURCE_TABLES[source]!;
    const owners = await this.ctx.em.execute<{ id: string; agency_id: string }[]>(
      `select id, agency_id from ${table} where id in (select (jsonb_array_elements_text(?::jsonb))::uuid)`,
      [JSON.stringify(ids.map((entry) => entry.sourceId))],
    );
    const agencyOf = new Map(owners.map((row) => [row.id, row.agency_id]));
    ids.forEach((entry, index) => {
      const agencyId = agencyOf.get(entry.sourceId);
      if (!agencyId)
        throw badInput(`input.entries.${index}.sourceId`, `No ${source} ${entries[index]!.sourceId}`, ErrorReason.UNKNOWN_VALUE, {
          value: entries[index]!.sourceId,
        });
      assertAgencyWritable(actor, agencyId);
    });
    return inTransaction(this.ctx.em, async () => {
      const known = await this.ctx.em.find(SiasnRecord, { kind, sourceId: { $in: ids.map((entry) => entry.sourceId) } });
      const bySource = new Map(known.map((record) => [record.sourceId, record]));
      const now = new Date();
      for (const entry of ids) {
        const record =
          bySource.get(entry.sourceId) ??
          this.ctx.em.create(SiasnRecord, {
            agency: this.ctx.em.getReference(Agency, agencyOf.get(entry.sourceId)!),
            kind,
            sourceId: entry.sourceId,
          });
        record.siasnId = entry.siasnId;
        record.pushedAt = now;
        record.lastMessage = message;
        bySource.set(entry.sourceId, record);
      }
      await this.ctx.em.flush();
      return ids.length;
    });
  }

  /** Keeps why SIASN refused a record; its id, if it had one, stays. */
  async rememberRefusal(kind: SiasnRecordKind, sourceGlobalId: string, message: string): Promise<void> {
    const sourceId = fromGlobalId(sourceGlobalId, SIASN_SHAPES[kind].source, 'sourceId');
    const agencyId = await this.agencyOfSource(kind, sourceId);
    await inTransaction(this.ctx.em, async () => {
      const record =
        (await this.ctx.em.findOne(SiasnRecord, { kind, sourceId })) ??
        this.ctx.em.create(SiasnRecord, { agency: this.ctx.em.getReference(Agency, agencyId), kind, sourceId });
      record.pushedAt = new Date();
      record.lastMessage = message;
      await this.ctx.em.flush();
    });
  }

  private async agencyOfSource(kind: SiasnRecordKind, sourceId: string): Promise<string> {
    const [row] = await this.ctx.em.execute<{ agency_id: string }[]>(
      `select agency_id from ${SOURCE_TABLES[SIASN_SHAPES[kind].source]} where id = ?`,
      [sourceId],
    );
    if (!row) throw badInput('sourceId', `No record ${sourceId}`, ErrorReason.UNKNOWN_VALUE, { value: sourceId });
    assertAgencyWritable(requireActor(this.ctx), row.agency_id);
    return row.agency_id;
  }

  private async build(period: AppraisalPeriod, kind: SiasnRecordKind): Promise<Built[]> {
    if (PERFORMANCE.includes(kind)) return this.performance(period, kind);
    if (kind === SiasnRecordKind.PENGHARGAAN) return this.rewards(period);
    if (kind === SiasnRecordKind.HUKDIS) return this.sanctions(period);
    return this.trainings(period);
  }

  /**
   * One summary per evaluated employee. The appraiser's position, rank and unit
   * are those of their placement on the last day of the period; an evaluation
   * without an appraiser in the register (e.g. the regional head) is NON ASN.
   */
  private async performance(period: AppraisalPeriod, kind: SiasnRecordKind): Promise<Built[]> {
    const rows = await this.ctx.em.execute<
      (Person & {
        id: string;
        siasn_id: string | null;
        result_rating: Rating | null;
        behaviour_rating: Rating | null;
        predicate: Predicate;
        position_name: string | null;
        position_type: PositionType | null;
        appraiser_nip: string | null;
        appraiser_front: string | null;
        appraiser_name: string | null;
        appraiser_back: string | null;
        appraiser_position: string | null;
        appraiser_golongan: Golongan | null;
        appraiser_unit: string | null;
      })[]
    >(
      `select ev.id, sr.siasn_id, ev.result_rating, coalesce(ev.behaviour_rating_override, ev.behaviour_rating) as behaviour_rating,
              ev.predicate, e.pns_id, e.nip, e.name, pos.name as position_name, pos.type as position_type,
              ap.nip as appraiser_nip, ap.front_title as appraiser_front, ap.name as appraiser_name, ap.back_title as appraiser_back,
              apos.name as appraiser_position, coalesce(aa.golongan, ap.golongan) as appraiser_golongan, au.name as appraiser_unit
         from evaluations ev
         join performance_plans pl on pl.id = ev.plan_id
         join employees e on e.id = pl.employee_id
         left join positions pos on pos.id = pl.position_id
         left join employees ap on ap.id = pl.appraiser_id
         left join lateral (
           select a.* from employee_assignments a
            where a.employee_id = ap.id and a.valid_from <= ? and (a.valid_to is null or a.valid_to >= ?)
            order by a.valid_from desc limit 1
         ) aa on true
         left join positions apos on apos.id = coalesce(aa.position_id, ap.position_id)
         left join org_units au on au.id = coalesce(aa.unit_id, ap.unit_id)
         left join siasn_records sr on sr.kind = ? and sr.source_id = ev.id
        where ev.period_id = ? and ev.status <> 'DRAFT' and ev.predicate is not null
        order by e.nip`,
      [period.endDate, period.endDate, kind, period.id],
    );
    return rows.map((row) => {
      const appraiser = row.appraiser_nip
        ? {
            penilaiNipNrp: row.appraiser_nip,
            penilaiNama: fullName(row.appraiser_front, row.appraiser_name!, row.appraiser_back),
            penilaiJabatan: row.appraiser_position,
            penilaiGolongan: row.appraiser_golongan ? GOLONGAN.toSiasn(row.appraiser_golongan) : null,
            penilaiUnorNama: row.appraiser_unit,
            statusPenilai: STATUS_PENILAI.toSiasn('ASN'),
          }
        : {
            penilaiNipNrp: null,
            penilaiNama: null,
            penilaiJabatan: null,
            penilaiGolongan: null,
            penilaiUnorNama: null,
            statusPenilai: STATUS_PENILAI.toSiasn('NON_ASN'),
          };
      const ratings = {
        pnsDinilaiOrang: row.pns_id,
        hasilKinerjaNilai: row.result_rating ? RATING.toSiasn(row.result_rating) : null,
        perilakuKerjaNilai: row.behaviour_rating ? RATING.toSiasn(row.behaviour_rating) : null,
        kuadranKinerjaNilai: PREDICATE.toSiasn(row.predicate),
      };
      const level = row.position_type === PositionType.FUNGSIONAL && row.position_name ? functionalLevelOf(row.position_name) : null;
      const body =
        kind === SiasnRecordKind.SKP_TAHUNAN
          ? { id: row.siasn_id, tahun: year(period.endDate), ...ratings, ...appraiser }
          : {
              id: row.siasn_id,
              periodikId: PERIODIK.toSiasn(period.type),
              bulanMulaiPenilaian: month(period.startDate),
              bulanSelesaiPenilaian: month(period.endDate),
              tahunMulaiPenilaian: year(period.startDate),
              tahunSelesaiPenilaian: year(period.endDate),
              ...ratings,
              koefisienId: level ? KOEFISIEN.toSiasn(level) : null,
              ...appraiser,
            };
      return { sourceId: row.id, siasnId: row.siasn_id, person: row, body: ordered(kind, body) };
    });
  }

  /** Rewards granted within the period. */
  private async rewards(period: AppraisalPeriod): Promise<Built[]> {
    const rows = await this.ctx.em.execute<
      (Person & { id: string; siasn_id: string | null; code: string; decree_number: string | null; granted_on: string })[]
    >(
      `select r.id, sr.siasn_id, e.pns_id, e.nip, e.name, t.code, r.decree_number, r.granted_on::text as granted_on
         from rewards r join employees e on e.id = r.employee_id join reward_types t on t.id = r.reward_type_id
         left join siasn_records sr on sr.kind = 'PENGHARGAAN' and sr.source_id = r.id
        where r.agency_id = ? and r.granted_on between ? and ?
        order by e.nip, r.granted_on`,
      [period.agency.id, period.startDate, period.endDate],
    );
    return rows.map((row) => ({
      sourceId: row.id,
      siasnId: row.siasn_id,
      person: row,
      body: ordered(SiasnRecordKind.PENGHARGAAN, {
        id: row.siasn_id,
        pnsOrangId: row.pns_id,
        hargaId: hargaIdOf(row.code),
        skNomor: row.decree_number,
        skDate: toSiasnDate(row.granted_on),
        tahun: year(row.granted_on),
      }),
    }));
  }

  /** Sanctions decided by a decree dated within the period (not revoked or annulled). */
  private async sanctions(period: AppraisalPeriod): Promise<Built[]> {
    const rows = await this.ctx.em.execute<
      (Person & {
        id: string;
        siasn_id: string | null;
        code: string;
        level: SanctionLevel;
        duration_months: number | null;
        effective_from: string | null;
        end_date: string | null;
        decree_number: string | null;
        decree_date: string;
      })[]
    >(
      `select c.id, sr.siasn_id, e.pns_id, e.nip, e.name, t.code, t.level, t.duration_months,
              c.effective_from::text as effective_from, c.end_date::text as end_date, c.decree_number, c.decree_date::text as decree_date
         from disciplinary_cases c join employees e on e.id = c.employee_id join sanction_types t on t.id = c.sanction_type_id
         left join siasn_records sr on sr.kind = 'HUKDIS' and sr.source_id = c.id
        where c.agency_id = ? and c.status in ('DECIDED', 'ACTIVE', 'COMPLETED') and c.decree_date between ? and ?
        order by e.nip, c.decree_date`,
      [period.agency.id, period.startDate, period.endDate],
    );
    return rows.map((row) => ({
      sourceId: row.id,
      siasnId: row.siasn_id,
      person: row,
      body: ordered(SiasnRecordKind.HUKDIS, {
        id: row.siasn_id,
        pnsOrangId: row.pns_id,
        jenisHukumanId: JENIS_HUKUMAN.toSiasn(row.code),
        jenisTingkatHukumanId: TINGKAT_HUKUMAN.toSiasn(row.level),
        hukumanTanggal: toSiasnDate(row.effective_from),
        akhirHukumanTanggal: toSiasnDate(row.end_date),
        masaTahun: row.duration_months === null ? null : Math.floor(row.duration_months / 12),
        masaBulan: row.duration_months === null ? null : row.duration_months % 12,
        skNomor: row.decree_number,
        skTanggal: toSiasnDate(row.decree_date),
      }),
    }));
  }

  /** Trainings completed in sessions that ended within the period, with the hours (JP) earned. */
  private async trainings(period: AppraisalPeriod): Promise<Built[]> {
    const rows = await this.ctx.em.execute<
      (Person & {
        id: string;
        siasn_id: string | null;
        kind: TrainingKind;
        competency_area: CompetencyArea;
        title: string;
        provider: string | null;
        hours: number;
        start_date: string;
        end_date: string;
        certificate_number: string | null;
      })[]
    >(
      `select en.id, sr.siasn_id, e.pns_id, e.nip, e.name, p.kind, p.competency_area, p.title, p.provider,
              coalesce(en.jp_earned, p.jp_hours) as hours, s.start_date::text as start_date, s.end_date::text as end_date,
              en.certificate_number
         from enrollments en join employees e on e.id = en.employee_id join training_sessions s on s.id = en.session_id
         join training_programs p on p.id = s.program_id
         left join siasn_records sr on sr.kind = 'KURSUS' and sr.source_id = en.id
        where en.agency_id = ? and en.status = 'COMPLETED' and s.end_date between ? and ?
        order by e.nip, s.end_date`,
      [period.agency.id, period.startDate, period.endDate],
    );
    return rows.map((row) => ({
      sourceId: row.id,
      siasnId: row.siasn_id,
      person: row,
      body: ordered(SiasnRecordKind.KURSUS, {
        id: row.siasn_id,
        pnsOrangId: row.pns_id,
        jenisDiklatId: jenisDiklatIdOf(row.kind, row.competency_area),
        namaKursus: row.title,
        institusiPenyelenggara: row.provider,
        jumlahJam: row.hours,
        tanggalKursus: toSiasnDate(row.start_date),
        tanggalSelesaiKursus: toSiasnDate(row.end_date),
        nomorSertipikat: row.certificate_number,
      }),
    }));
  }
}

/** The body's fields in the documented order, so JSON lines and CSV columns read alike. */
function ordered(kind: SiasnRecordKind, body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(SIASN_SHAPES[kind].fields.map((field) => [field, body[field] ?? null]));
}
