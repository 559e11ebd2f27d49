import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, todayInIndonesia } from '../dates.js';
import { ComplaintCategory, ComplaintChannel, ComplaintStatus, SurveyStatus } from '../modules/community/community.enums.js';
import { Complaint, ComplaintResponse } from '../modules/community/complaint.entity.js';
import { STANDARD_ELEMENTS } from '../modules/community/ikm.js';
import { addWorkingDays, newTrackingCode } from '../modules/community/public-guard.js';
import { PublicService } from '../modules/community/public-service.entity.js';
import { Survey } from '../modules/community/survey.entity.js';
import { Employee } from '../modules/employees/employee.entity.js';
import type { Agency } from '../modules/organization/agency.entity.js';
import { OrgUnit, OrgUnitKind } from '../modules/organization/org-unit.entity.js';

const RESPONSES_PER_SURVEY = 40;
const COMMENTS = ['Pelayanan cepat dan ramah.', 'Ruang tunggu perlu kipas angin.', 'Petugas menjelaskan dengan jelas.', null, null, null];

/**
 * Community data of the regional demo agencies: services of the puskesmas and
 * of Disdukcapil, an open survey at each puskesmas answered by forty citizens
 * over the last month (in bulk SQL), and a handful of complaints at different
 * stages of their workflow.
 */
export async function seedDemoCommunity(em: EntityManager, agencies: Agency[]): Promise<void> {
  const today = todayInIndonesia();
  const surveys: Survey[] = [];
  for (const agency of agencies) {
    const pkm = await em.findOne(OrgUnit, { agency, kind: OrgUnitKind.PUSKESMAS });
    const dukcapil = await em.findOne(OrgUnit, { agency, code: 'DISDUKCAPIL' });
    if (!pkm || !dukcapil) continue;
    const service = (unit: OrgUnit, name: string, description: string) =>
      em.create(PublicService, { agency: ref(agency), unit: ref(unit), name, description });
    const outpatient = service(pkm, 'Pelayanan Rawat Jalan', 'Pemeriksaan dan pengobatan pasien rawat jalan.');
    service(pkm, 'Imunisasi', 'Imunisasi dasar dan lanjutan untuk anak.');
    const ktp = service(dukcapil, 'Penerbitan KTP-el', 'Perekaman dan pencetakan KTP elektronik.');
    service(dukcapil, 'Penerbitan Kartu Keluarga', 'Pembuatan dan perubahan Kartu Keluarga.');
    surveys.push(
      em.create(Survey, {
        agency: ref(agency),
        unit: ref(pkm),
        service: ref(outpatient),
        title: `Survei Kepuasan Masyarakat ${pkm.name}`,
        startDate: addDays(today, -30),
        endDate: addDays(today, 30),
        elements: STANDARD_ELEMENTS.map((e) => ({ ...e })),
        status: SurveyStatus.OPEN,
        openedAt: new Date(`${addDays(today, -30)}T08:00:00+07:00`),
      }),
    );

    const staff = await em.findOne(Employee, { agency, unit: dukcapil.id }, { orderBy: { nip: 'asc' } });
    const complaint = (status: ComplaintStatus, daysAgo: number, data: Partial<Complaint>) => {
      const receivedOn = addDays(today, -daysAgo);
      return em.create(Complaint, {
        agency: ref(agency),
        trackingCode: newTrackingCode(),
        channel: ComplaintChannel.WEB,
        category: ComplaintCategory.PENGADUAN,
        subject: 'Keluhan layanan',
        description: 'Keluhan warga.',
        receivedOn,
        createdAt: new Date(`${receivedOn}T09:00:00+07:00`),
        status,
        dueDate: addWorkingDays(receivedOn, 3),
        ...data,
      });
    };
    complaint(ComplaintStatus.RECEIVED, 1, {
      subject: 'Antrean rawat jalan terlalu lama',
      description: 'Saya menunggu lebih dari tiga jam di loket pendaftaran puskesmas.',
      unit: ref(pkm),
      service: ref(outpatient),
      reporterName: 'Budi Santoso',
      reporterContact: '+62 812 0000 1111',
    });
    complaint(ComplaintStatus.RECEIVED, 6, {
      category: ComplaintCategory.PERMINTAAN_INFORMASI,
      channel: ComplaintChannel.SMS,
      subject: 'Jadwal imunisasi',
      description: 'Kapan jadwal imunisasi campak bulan depan?',
      unit: ref(pkm),
    });
    const verifiedOn = addDays(today, -3);
    complaint(ComplaintStatus.ASSIGNED, 4, {
      subject: 'KTP-el belum dicetak',
      description: 'Sudah perekaman dua bulan lalu tetapi KTP-el belum juga dicetak.',
      unit: ref(dukcapil),
      service: ref(ktp),
      verifiedAt: new Date(`${verifiedOn}T10:00:00+07:00`),
      assignedAt: new Date(`${verifiedOn}T11:00:00+07:00`),
      assignedUnit: ref(dukcapil),
      assignedOfficer: staff ? ref(staff) : null,
      dueDate: addWorkingDays(verifiedOn, 5),
    });
    const resolved = complaint(ComplaintStatus.RESOLVED, 12, {
      category: ComplaintCategory.ASPIRASI,
      subject: 'Tambah loket pada hari Senin',
      description: 'Hari Senin antrean sangat panjang, mohon loket ditambah.',
      unit: ref(dukcapil),
      verifiedAt: new Date(`${addDays(today, -11)}T10:00:00+07:00`),
      assignedAt: new Date(`${addDays(today, -11)}T11:00:00+07:00`),
      assignedUnit: ref(dukcapil),
      startedAt: new Date(`${addDays(today, -10)}T08:00:00+07:00`),
      resolvedAt: new Date(`${addDays(today, -7)}T14:00:00+07:00`),
      dueDate: null,
      autoCloseDate: addWorkingDays(addDays(today, -7), 10),
    });
    em.create(ComplaintResponse, {
      complaint: resolved,
      text: 'Mulai bulan ini loket pada hari Senin ditambah satu. Terima kasih atas masukannya.',
      isPublic: true,
      authorName: 'Petugas Pengaduan',
    });
  }
  await em.flush();
  if (surveys.length === 0) return;

  // Forty citizens per survey over the last month, mostly satisfied.
  await em.execute(
    `insert into survey_responses (id, created_at, updated_at, version, survey_id, agency_id, answers, submitted_on,
                                   age_band, gender, education, occupation, comment, served_by_id, client_hash)
     select gen_random_uuid(), d.day + interval '9 hours', d.day + interval '9 hours', 1, s.id, s.agency_id,
            (select jsonb_agg(case abs(hashtext(s.id::text || n || '-' || k)) % 10 when 0 then 2 when 1 then 2 when 2 then 3
                                   when 3 then 3 when 4 then 3 when 5 then 3 when 6 then 3 else 4 end order by k)
               from generate_series(1, 9) k),
            d.day,
            (array['UNDER_20','AGE_20_29','AGE_30_39','AGE_40_49','AGE_50_59','AGE_60_PLUS'])[1 + abs(hashtext(n || 'a')) % 6]::age_band,
            (array['MALE','FEMALE'])[1 + abs(hashtext(n || 'g')) % 2]::gender,
            (array['SD','SMP','SMA','DIPLOMA','S1','S2'])[1 + abs(hashtext(n || 'e')) % 6]::education,
            (array['PNS','SWASTA','WIRAUSAHA','PELAJAR_MAHASISWA','LAINNYA'])[1 + abs(hashtext(n || 'o')) % 5]::occupation,
            (?::text[])[1 + n % ?],
            null, 'demo-' || n
       from surveys s
       cross join generate_series(1, ${RESPONSES_PER_SURVEY}) n
       cross join lateral (select (?::date - (n % 30))::date as day) d
      where s.id = any(?::uuid[])`,
    [
      `{${COMMENTS.map((c) => (c === null ? 'NULL' : `"${c}"`)).join(',')}}`,
      COMMENTS.length,
      today,
      `{${surveys.map((s) => s.id).join(',')}}`,
    ],
  );
}
