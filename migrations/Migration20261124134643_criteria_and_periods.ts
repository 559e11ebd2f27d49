import { Migration } from '@mikro-orm/migrations';

/** The seven core values with their behaviour guides, SE MenPANRB 20/2021. A migration keeps its own copy: it must never change. */
const BERAKHLAK: [string, string, string, string[]][] = [
  [
    'BERORIENTASI_PELAYANAN',
    'Berorientasi Pelayanan',
    'Komitmen memberikan pelayanan prima demi kepuasan masyarakat.',
    ['Memahami dan memenuhi kebutuhan masyarakat', 'Ramah, cekatan, solutif, dan dapat diandalkan', 'Melakukan perbaikan tiada henti'],
  ],
  [
    'AKUNTABEL',
    'Akuntabel',
    'Bertanggung jawab atas kepercayaan yang diberikan.',
    [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
  ],
  [
    'KOMPETEN',
    'Kompeten',
    'Terus belajar dan mengembangkan kapabilitas.',
    [
      'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
      'Membantu orang lain belajar',
      'Melaksanakan tugas dengan kualitas terbaik',
    ],
  ],
  [
    'HARMONIS',
    'Harmonis',
    'Saling peduli dan menghargai perbedaan.',
    ['Menghargai setiap orang apa pun latar belakangnya', 'Suka menolong orang lain', 'Membangun lingkungan kerja yang kondusif'],
  ],
  [
    'LOYAL',
    'Loyal',
    'Berdedikasi dan mengutamakan kepentingan bangsa dan negara.',
    [
      'Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
      'Menjaga rahasia jabatan dan negara',
    ],
  ],
  [
    'ADAPTIF',
    'Adaptif',
    'Terus berinovasi dan antusias dalam menggerakkan ataupun menghadapi perubahan.',
    ['Cepat menyesuaikan diri menghadapi perubahan', 'Terus berinovasi dan mengembangkan kreativitas', 'Bertindak proaktif'],
  ],
  [
    'KOLABORATIF',
    'Kolaboratif',
    'Membangun kerja sama yang sinergis.',
    [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
  ],
];

/** PermenPANRB 6/2022: result rating -> behaviour rating -> predicate. */
const NATIONAL_MATRIX = {
  DI_ATAS_EKSPEKTASI: { DI_BAWAH_EKSPEKTASI: 'KURANG', SESUAI_EKSPEKTASI: 'BAIK', DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK' },
  SESUAI_EKSPEKTASI: { DI_BAWAH_EKSPEKTASI: 'KURANG', SESUAI_EKSPEKTASI: 'BAIK', DI_ATAS_EKSPEKTASI: 'BAIK' },
  DI_BAWAH_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'SANGAT_KURANG',
    SESUAI_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    DI_ATAS_EKSPEKTASI: 'BUTUH_PERBAIKAN',
  },
};

export class Migration20261124134643_criteria_and_periods extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "perspective" as enum ('HASIL_KERJA', 'PERILAKU', 'KOMPETENSI', 'LAYANAN');`);
    this.addSql(`create type "measure_unit" as enum ('PERCENT', 'COUNT', 'MINUTES', 'HOURS', 'DAYS', 'SCORE', 'CURRENCY', 'RATIO');`);
    this.addSql(`create type "direction" as enum ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'TARGET_RANGE');`);
    this.addSql(`create type "aggregation" as enum ('SUM', 'AVERAGE', 'LAST', 'MIN', 'MAX');`);
    this.addSql(`create type "data_source" as enum ('MANUAL', 'SURVEY', 'COMPLAINTS', 'ATTENDANCE', 'TRAINING', 'WORK_REPORTS');`);
    this.addSql(`create type "achievement_formula" as enum ('RATIO', 'TWO_MINUS_RATIO', 'INVERSE_RATIO', 'RANGE_BOUNDS');`);
    this.addSql(`create type "period_type" as enum ('ANNUAL', 'SEMESTER', 'QUARTERLY', 'MONTHLY');`);
    this.addSql(`create type "period_status" as enum ('DRAFT', 'PLANNING', 'MONITORING', 'EVALUATION', 'CLOSED');`);
    this.addSql(`create type "result_category" as enum ('UTAMA', 'TAMBAHAN');`);
    this.addSql(
      `create table "behaviour_values" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid null, "code" text not null, "name" text not null, "description" text not null, "guides" text[] not null, "sort_order" smallint not null, "active" boolean not null default true, constraint "behaviour_values_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "behaviour_values_agency_id_index" on "behaviour_values" ("agency_id");`);

    this.addSql(
      `create table "criteria_templates" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "lineage" uuid not null, "revision" int not null default 1, "current" boolean not null default true, "frozen" boolean not null default false, "name" text not null, "description" text null, "position_types" text[] not null, "active" boolean not null default true, constraint "criteria_templates_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "criteria_templates_lineage_index" on "criteria_templates" ("lineage");`);
    this.addSql(`create index "criteria_templates_agency_id_current_index" on "criteria_templates" ("agency_id", "current");`);

    this.addSql(
      `create table "indicators" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid null, "code" text not null, "name" text not null, "description" text null, "perspective" "perspective" not null, "unit" "measure_unit" not null, "direction" "direction" not null, "aggregation" "aggregation" not null, "data_source" "data_source" not null, "cap" double precision null, "active" boolean not null default true, constraint "indicators_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "indicators_agency_id_index" on "indicators" ("agency_id");`);

    this.addSql(
      `create table "criteria_template_units" ("criteria_template_id" uuid not null, "org_unit_id" uuid not null, constraint "criteria_template_units_pkey" primary key ("criteria_template_id", "org_unit_id"));`,
    );

    this.addSql(
      `create table "scoring_schemes" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid null, "lineage" uuid not null, "revision" int not null default 1, "current" boolean not null default true, "frozen" boolean not null default false, "name" text not null, "description" text null, "cap" double precision not null, "higher_is_better_formula" "achievement_formula" not null, "lower_is_better_formula" "achievement_formula" not null, "target_range_formula" "achievement_formula" not null, "above_from" double precision not null, "as_expected_from" double precision not null, "additional_max" double precision not null, "matrix" jsonb not null, constraint "scoring_schemes_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "scoring_schemes_agency_id_index" on "scoring_schemes" ("agency_id");`);
    this.addSql(`create index "scoring_schemes_lineage_index" on "scoring_schemes" ("lineage");`);

    this.addSql(
      `create table "appraisal_periods" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "name" text not null, "type" "period_type" not null, "start_date" date not null, "end_date" date not null, "parent_id" uuid null, "scoring_scheme_id" uuid not null, "plan_due_date" date null, "evaluation_due_date" date null, "status" "period_status" not null default 'DRAFT', constraint "appraisal_periods_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "appraisal_periods_parent_id_index" on "appraisal_periods" ("parent_id");`);
    this.addSql(`create index "appraisal_periods_agency_id_start_date_index" on "appraisal_periods" ("agency_id", "start_date");`);

    this.addSql(
      `create table "period_transitions" ("id" uuid not null, "period_id" uuid not null, "from_status" "period_status" not null, "to_status" "period_status" not null, "reason" text null, "actor_name" text not null, "occurred_at" timestamptz not null, constraint "period_transitions_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "period_transitions_period_id_occurred_at_index" on "period_transitions" ("period_id", "occurred_at");`);

    this.addSql(
      `create table "period_templates" ("appraisal_period_id" uuid not null, "criteria_template_id" uuid not null, constraint "period_templates_pkey" primary key ("appraisal_period_id", "criteria_template_id"));`,
    );

    this.addSql(
      `create table "criteria_template_items" ("id" uuid not null, "template_id" uuid not null, "indicator_id" uuid not null, "category" "result_category" not null, "weight" double precision not null, "target" double precision null, "target_max" double precision null, "sort_order" smallint not null, constraint "criteria_template_items_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "criteria_template_items_indicator_id_index" on "criteria_template_items" ("indicator_id");`);

    this.addSql(
      `alter table "behaviour_values" add constraint "behaviour_values_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "criteria_templates" add constraint "criteria_templates_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "indicators" add constraint "indicators_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "criteria_template_units" add constraint "criteria_template_units_criteria_template_id_foreign" foreign key ("criteria_template_id") references "criteria_templates" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "criteria_template_units" add constraint "criteria_template_units_org_unit_id_foreign" foreign key ("org_unit_id") references "org_units" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "scoring_schemes" add constraint "scoring_schemes_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "appraisal_periods" add constraint "appraisal_periods_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "appraisal_periods" add constraint "appraisal_periods_parent_id_foreign" foreign key ("parent_id") references "appraisal_periods" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "appraisal_periods" add constraint "appraisal_periods_scoring_scheme_id_foreign" foreign key ("scoring_scheme_id") references "scoring_schemes" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "period_transitions" add constraint "period_transitions_period_id_foreign" foreign key ("period_id") references "appraisal_periods" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "period_templates" add constraint "period_templates_appraisal_period_id_foreign" foreign key ("appraisal_period_id") references "appraisal_periods" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "period_templates" add constraint "period_templates_criteria_template_id_foreign" foreign key ("criteria_template_id") references "criteria_templates" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "criteria_template_items" add constraint "criteria_template_items_template_id_foreign" foreign key ("template_id") references "criteria_templates" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "criteria_template_items" add constraint "criteria_template_items_indicator_id_foreign" foreign key ("indicator_id") references "indicators" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(`create index "criteria_template_items_template_id_index" on "criteria_template_items" ("template_id");`);
    // Codes are unique within an agency and among national rows (agency_id null).
    this.addSql(`create unique index "indicators_national_code_unique" on "indicators" ("code") where "agency_id" is null;`);
    this.addSql(`create unique index "indicators_agency_code_unique" on "indicators" ("agency_id", "code") where "agency_id" is not null;`);
    this.addSql(`create unique index "behaviour_values_national_code_unique" on "behaviour_values" ("code") where "agency_id" is null;`);
    this.addSql(
      `create unique index "behaviour_values_agency_code_unique" on "behaviour_values" ("agency_id", "code") where "agency_id" is not null;`,
    );
    this.addSql(`create unique index "criteria_templates_lineage_revision_unique" on "criteria_templates" ("lineage", "revision");`);
    this.addSql(`create unique index "scoring_schemes_lineage_revision_unique" on "scoring_schemes" ("lineage", "revision");`);
    this.addSql(`alter table "appraisal_periods" add constraint "appraisal_periods_dates_check" check ("end_date" >= "start_date");`);
    // Two periods of the same type and agency never overlap, even under concurrent writes.
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(
      `alter table "appraisal_periods" add constraint "appraisal_periods_no_overlap" exclude using gist ("agency_id" with =, "type" with =, daterange("start_date", "end_date", '[]') with &&);`,
    );

    // Reference data every installation needs: the national BerAKHLAK values (SE MenPANRB 20/2021)
    // and the national scoring scheme (PermenPANRB 6/2022).
    BERAKHLAK.forEach(([code, name, description, guides], index) => {
      this.addSql(
        this.getKnex().raw(
          `insert into "behaviour_values" ("id", "created_at", "updated_at", "code", "name", "description", "guides", "sort_order") values (gen_random_uuid(), now(), now(), ?, ?, ?, ?::text[], ?);`,
          [code, name, description, `{${guides.map((g) => `"${g}"`).join(',')}}`, index + 1],
        ),
      );
    });
    this.addSql(
      this.getKnex().raw(
        `insert into "scoring_schemes" ("id", "created_at", "updated_at", "lineage", "name", "description", "cap", "higher_is_better_formula", "lower_is_better_formula", "target_range_formula", "above_from", "as_expected_from", "additional_max", "matrix") values (gen_random_uuid(), now(), now(), gen_random_uuid(), 'PermenPANRB 6/2022', 'National default: achievement per PermenPANRB 8/2021, capped at 120; score >= 110 above, 90 to < 110 as expected, < 90 below expectation; the national predicate matrix.', 120, 'RATIO', 'TWO_MINUS_RATIO', 'RANGE_BOUNDS', 110, 90, 10, ?::jsonb);`,
        [JSON.stringify(NATIONAL_MATRIX)],
      ),
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "criteria_template_units" drop constraint "criteria_template_units_criteria_template_id_foreign";`);

    this.addSql(`alter table "period_templates" drop constraint "period_templates_criteria_template_id_foreign";`);

    this.addSql(`alter table "criteria_template_items" drop constraint "criteria_template_items_template_id_foreign";`);

    this.addSql(`alter table "criteria_template_items" drop constraint "criteria_template_items_indicator_id_foreign";`);

    this.addSql(`alter table "appraisal_periods" drop constraint "appraisal_periods_scoring_scheme_id_foreign";`);

    this.addSql(`alter table "appraisal_periods" drop constraint "appraisal_periods_parent_id_foreign";`);

    this.addSql(`alter table "period_transitions" drop constraint "period_transitions_period_id_foreign";`);

    this.addSql(`alter table "period_templates" drop constraint "period_templates_appraisal_period_id_foreign";`);

    this.addSql(`drop table if exists "behaviour_values" cascade;`);

    this.addSql(`drop table if exists "criteria_templates" cascade;`);

    this.addSql(`drop table if exists "indicators" cascade;`);

    this.addSql(`drop table if exists "criteria_template_units" cascade;`);

    this.addSql(`drop table if exists "scoring_schemes" cascade;`);

    this.addSql(`drop table if exists "appraisal_periods" cascade;`);

    this.addSql(`drop table if exists "period_transitions" cascade;`);

    this.addSql(`drop table if exists "period_templates" cascade;`);

    this.addSql(`drop table if exists "criteria_template_items" cascade;`);

    this.addSql(`drop type "perspective";`);
    this.addSql(`drop type "measure_unit";`);
    this.addSql(`drop type "direction";`);
    this.addSql(`drop type "aggregation";`);
    this.addSql(`drop type "data_source";`);
    this.addSql(`drop type "achievement_formula";`);
    this.addSql(`drop type "period_type";`);
    this.addSql(`drop type "period_status";`);
    this.addSql(`drop type "result_category";`);
  }
}
