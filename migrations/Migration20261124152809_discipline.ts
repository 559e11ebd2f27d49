import { Migration } from '@mikro-orm/migrations';

export class Migration20261124152809_discipline extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "sanction_level" as enum ('RINGAN', 'SEDANG', 'BERAT');`);
    this.addSql(
      `create type "disciplinary_case_status" as enum ('PROPOSED', 'EXAMINED', 'DECIDED', 'ACTIVE', 'COMPLETED', 'REVOKED', 'ANNULLED');`,
    );
    this.addSql(`create type "appeal_kind" as enum ('KEBERATAN', 'BANDING_ADMINISTRATIF');`);
    this.addSql(`create type "appeal_outcome" as enum ('UPHELD', 'CHANGED', 'ANNULLED');`);
    this.addSql(`create type "coaching_status" as enum ('ACTIVE', 'COMPLETED', 'CANCELLED');`);
    this.addSql(`create type "coaching_outcome" as enum ('IMPROVED', 'PARTLY_IMPROVED', 'NOT_IMPROVED');`);
    this.addSql(
      `create table "discipline_authorities" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "level" "sanction_level" not null, "roles" text[] not null, "supervisor_levels" smallint null, constraint "discipline_authorities_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "discipline_authorities" add constraint "discipline_authorities_agency_id_level_unique" unique ("agency_id", "level");`,
    );

    this.addSql(
      `create table "reward_types" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid null, "code" text not null, "name" text not null, "description" text null, "requires_clean_record" boolean not null default false, "disqualifying_levels" text[] not null, "lookback_years" smallint null, "min_service_years" smallint null, "siasn_code" text null, "active" boolean not null default true, constraint "reward_types_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "reward_types_agency_id_index" on "reward_types" ("agency_id");`);
    this.addSql(
      `create unique index "reward_types_agency_code_unique" on "reward_types" ("agency_id", "code") where "agency_id" is not null;`,
    );
    this.addSql(`create unique index "reward_types_national_code_unique" on "reward_types" ("code") where "agency_id" is null;`);

    this.addSql(
      `create table "sanction_types" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "code" text not null, "level" "sanction_level" not null, "name" text not null, "description" text not null, "duration_months" smallint null, "allowance_cut_percent" smallint null, "permanent" boolean not null default false, "siasn_code" text null, "sort_order" smallint not null, constraint "sanction_types_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "sanction_types" add constraint "sanction_types_code_unique" unique ("code");`);

    this.addSql(
      `create table "disciplinary_cases" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "employee_id" uuid not null, "status" "disciplinary_case_status" not null default 'PROPOSED', "violation" text not null, "violation_date" date not null, "article" text not null, "proposed_by" text not null, "proposed_at" timestamptz not null, "examined_on" date null, "examiners" text[] not null, "examination_record" text null, "sanction_type_id" uuid null, "decree_number" text null, "decree_date" date null, "effective_from" date null, "end_date" date null, "decided_by" text null, "appeal_kind" "appeal_kind" null, "appeal_filed_on" date null, "appeal_reason" text null, "appeal_outcome" "appeal_outcome" null, "appeal_decided_on" date null, "appeal_note" text null, "original_sanction_type_id" uuid null, "closed_at" timestamptz null, constraint "disciplinary_cases_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "disciplinary_cases_agency_id_index" on "disciplinary_cases" ("agency_id");`);
    this.addSql(`create index "disciplinary_cases_employee_id_status_index" on "disciplinary_cases" ("employee_id", "status");`);

    this.addSql(
      `create table "rewards" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "employee_id" uuid not null, "reward_type_id" uuid not null, "granted_on" date not null, "decree_number" text null, "reason" text not null, "period_id" uuid null, "evaluation_id" uuid null, constraint "rewards_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "rewards_agency_id_index" on "rewards" ("agency_id");`);
    this.addSql(`create index "rewards_employee_id_index" on "rewards" ("employee_id");`);

    this.addSql(
      `create table "coaching_plans" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "employee_id" uuid not null, "evaluation_id" uuid null, "mentor_id" uuid null, "goals" text[] not null, "start_date" date not null, "end_date" date not null, "sessions" jsonb not null, "status" "coaching_status" not null default 'ACTIVE', "outcome" "coaching_outcome" null, "outcome_note" text null, constraint "coaching_plans_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "coaching_plans_agency_id_index" on "coaching_plans" ("agency_id");`);
    this.addSql(`create index "coaching_plans_employee_id_index" on "coaching_plans" ("employee_id");`);
    this.addSql(`create index "coaching_plans_mentor_id_index" on "coaching_plans" ("mentor_id");`);

    this.addSql(
      `alter table "discipline_authorities" add constraint "discipline_authorities_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "reward_types" add constraint "reward_types_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "disciplinary_cases" add constraint "disciplinary_cases_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "disciplinary_cases" add constraint "disciplinary_cases_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "disciplinary_cases" add constraint "disciplinary_cases_sanction_type_id_foreign" foreign key ("sanction_type_id") references "sanction_types" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "disciplinary_cases" add constraint "disciplinary_cases_original_sanction_type_id_foreign" foreign key ("original_sanction_type_id") references "sanction_types" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "rewards" add constraint "rewards_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "rewards" add constraint "rewards_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "rewards" add constraint "rewards_reward_type_id_foreign" foreign key ("reward_type_id") references "reward_types" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "rewards" add constraint "rewards_period_id_foreign" foreign key ("period_id") references "appraisal_periods" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "rewards" add constraint "rewards_evaluation_id_foreign" foreign key ("evaluation_id") references "evaluations" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "coaching_plans" add constraint "coaching_plans_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "coaching_plans" add constraint "coaching_plans_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "coaching_plans" add constraint "coaching_plans_evaluation_id_foreign" foreign key ("evaluation_id") references "evaluations" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "coaching_plans" add constraint "coaching_plans_mentor_id_foreign" foreign key ("mentor_id") references "employees" ("id") on update cascade on delete restrict;`,
    );
    // PP 94/2021 art. 8 with the SIASN codes (jenisHukumanId); docs/domain.md#sanctions.
    this
      .addSql(`insert into "sanction_types" ("id", "created_at", "updated_at", "version", "code", "level", "name", "description", "duration_months", "allowance_cut_percent", "permanent", "siasn_code", "sort_order") values
      (gen_random_uuid(), now(), now(), 1, 'TEGURAN_LISAN', 'RINGAN', 'Teguran lisan', 'Oral reprimand.', null, null, false, '1', 1),
      (gen_random_uuid(), now(), now(), 1, 'TEGURAN_TERTULIS', 'RINGAN', 'Teguran tertulis', 'Written reprimand.', null, null, false, '2', 2),
      (gen_random_uuid(), now(), now(), 1, 'PERNYATAAN_TIDAK_PUAS', 'RINGAN', 'Pernyataan tidak puas secara tertulis', 'Written statement of dissatisfaction.', null, null, false, '3', 3),
      (gen_random_uuid(), now(), now(), 1, 'POTONGAN_TUKIN_25_6', 'SEDANG', 'Pemotongan tunjangan kinerja 25% selama 6 bulan', 'Cut of 25 % of the performance allowance for 6 months.', 6, 25, false, '23', 4),
      (gen_random_uuid(), now(), now(), 1, 'POTONGAN_TUKIN_25_9', 'SEDANG', 'Pemotongan tunjangan kinerja 25% selama 9 bulan', 'Cut of 25 % of the performance allowance for 9 months.', 9, 25, false, '24', 5),
      (gen_random_uuid(), now(), now(), 1, 'POTONGAN_TUKIN_25_12', 'SEDANG', 'Pemotongan tunjangan kinerja 25% selama 12 bulan', 'Cut of 25 % of the performance allowance for 12 months.', 12, 25, false, '25', 6),
      (gen_random_uuid(), now(), now(), 1, 'PENURUNAN_JABATAN', 'BERAT', 'Penurunan jabatan setingkat lebih rendah selama 12 bulan', 'Demotion one level for 12 months.', 12, null, false, '27', 7),
      (gen_random_uuid(), now(), now(), 1, 'PEMBEBASAN_JABATAN', 'BERAT', 'Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan', 'Released to an implementing position for 12 months.', 12, null, false, '28', 8),
      (gen_random_uuid(), now(), now(), 1, 'PEMBERHENTIAN', 'BERAT', 'Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS', 'Honourable dismissal not at own request.', null, null, true, '10', 9);`);

    // National reward types with their SIASN codes (hargaId) where the register has one.
    this
      .addSql(`insert into "reward_types" ("id", "created_at", "updated_at", "version", "agency_id", "code", "name", "description", "requires_clean_record", "disqualifying_levels", "lookback_years", "min_service_years", "siasn_code", "active") values
      (gen_random_uuid(), now(), now(), 1, null, 'SATYALANCANA_KARYA_SATYA_10', 'Satyalancana Karya Satya X Tahun', '10 years of service from CPNS without a moderate or severe sanction.', true, '{SEDANG,BERAT}', 10, 10, '201', true),
      (gen_random_uuid(), now(), now(), 1, null, 'SATYALANCANA_KARYA_SATYA_20', 'Satyalancana Karya Satya XX Tahun', '20 years of service from CPNS without a moderate or severe sanction.', true, '{SEDANG,BERAT}', 20, 20, '202', true),
      (gen_random_uuid(), now(), now(), 1, null, 'SATYALANCANA_KARYA_SATYA_30', 'Satyalancana Karya Satya XXX Tahun', '30 years of service from CPNS without a moderate or severe sanction.', true, '{SEDANG,BERAT}', 30, 30, '203', true),
      (gen_random_uuid(), now(), now(), 1, null, 'PEGAWAI_TELADAN', 'Pegawai Teladan', 'Exemplary employee of the region: no sanction of any level in force.', true, '{RINGAN,SEDANG,BERAT}', null, null, '306', true),
      (gen_random_uuid(), now(), now(), 1, null, 'ASN_BERPRESTASI', 'ASN Berprestasi', 'Outstanding civil servant award: no moderate or severe sanction in force.', true, '{SEDANG,BERAT}', null, null, '400', true),
      (gen_random_uuid(), now(), now(), 1, null, 'PIAGAM_PENGHARGAAN', 'Piagam penghargaan', 'Certificate of appreciation, e.g. for meeting service targets in time.', false, '{SEDANG,BERAT}', null, null, '400', true),
      (gen_random_uuid(), now(), now(), 1, null, 'BONUS_TPP', 'Bonus tambahan penghasilan pegawai', 'Performance allowance bonus: no moderate or severe sanction in force.', true, '{SEDANG,BERAT}', null, null, null, true);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rewards" drop constraint "rewards_reward_type_id_foreign";`);

    this.addSql(`alter table "disciplinary_cases" drop constraint "disciplinary_cases_sanction_type_id_foreign";`);

    this.addSql(`alter table "disciplinary_cases" drop constraint "disciplinary_cases_original_sanction_type_id_foreign";`);

    this.addSql(`drop table if exists "discipline_authorities" cascade;`);

    this.addSql(`drop table if exists "reward_types" cascade;`);

    this.addSql(`drop table if exists "sanction_types" cascade;`);

    this.addSql(`drop table if exists "disciplinary_cases" cascade;`);

    this.addSql(`drop table if exists "rewards" cascade;`);

    this.addSql(`drop table if exists "coaching_plans" cascade;`);

    this.addSql(`drop type "sanction_level";`);
    this.addSql(`drop type "disciplinary_case_status";`);
    this.addSql(`drop type "appeal_kind";`);
    this.addSql(`drop type "appeal_outcome";`);
    this.addSql(`drop type "coaching_status";`);
    this.addSql(`drop type "coaching_outcome";`);
  }
}
