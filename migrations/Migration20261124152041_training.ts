import { Migration } from '@mikro-orm/migrations';

export class Migration20261124152041_training extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "competency_area" as enum ('MANAJERIAL', 'SOSIAL_KULTURAL', 'TEKNIS', 'FUNGSIONAL');`);
    this.addSql(`create type "training_mode" as enum ('KLASIKAL', 'NONKLASIKAL');`);
    this.addSql(
      `create type "training_kind" as enum ('PELATIHAN', 'WORKSHOP', 'SEMINAR', 'KURSUS', 'BIMTEK', 'SOSIALISASI', 'E_LEARNING', 'COACHING', 'MENTORING', 'PEMBELAJARAN_JARAK_JAUH', 'DETASERING', 'BENCHMARKING', 'BELAJAR_MANDIRI', 'KOMUNITAS_BELAJAR', 'BIMBINGAN_DI_TEMPAT_KERJA', 'MAGANG');`,
    );
    this.addSql(`create type "training_session_status" as enum ('SCHEDULED', 'ONGOING', 'COMPLETED', 'CANCELLED');`);
    this.addSql(`create type "enrollment_status" as enum ('REGISTERED', 'WAITLISTED', 'ATTENDED', 'COMPLETED', 'FAILED', 'CANCELLED');`);
    this.addSql(
      `create table "training_programs" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "code" text not null, "title" text not null, "description" text null, "competency_area" "competency_area" not null, "mode" "training_mode" not null, "kind" "training_kind" not null, "jp_hours" int not null, "provider" text null, "indicator_ids" text[] not null, "behaviour_value_codes" text[] not null, "active" boolean not null default true, constraint "training_programs_pkey" primary key ("id"), constraint training_programs_jp_check check (jp_hours > 0));`,
    );
    this.addSql(`alter table "training_programs" add constraint "training_programs_agency_id_code_unique" unique ("agency_id", "code");`);

    this.addSql(
      `create table "training_sessions" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "program_id" uuid not null, "name" text not null, "start_date" date not null, "end_date" date not null, "location" text null, "online" boolean not null default false, "capacity" int not null, "trainer" text null, "status" "training_session_status" not null default 'SCHEDULED', constraint "training_sessions_pkey" primary key ("id"), constraint training_sessions_capacity_check check (capacity > 0), constraint training_sessions_dates_check check (end_date >= start_date));`,
    );
    this.addSql(`create index "training_sessions_program_id_index" on "training_sessions" ("program_id");`);
    this.addSql(`create index "training_sessions_agency_id_start_date_index" on "training_sessions" ("agency_id", "start_date");`);

    this.addSql(
      `create table "enrollments" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "employee_id" uuid not null, "session_id" uuid not null, "status" "enrollment_status" not null default 'REGISTERED', "enrolled_at" timestamptz not null, "score" double precision null, "certificate_number" text null, "jp_earned" int null, "completed_at" timestamptz null, "cancel_reason" text null, constraint "enrollments_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "enrollments_employee_id_index" on "enrollments" ("employee_id");`);
    this.addSql(`create index "enrollments_session_id_status_enrolled_at_index" on "enrollments" ("session_id", "status", "enrolled_at");`);
    this.addSql(
      `create unique index "enrollments_session_employee_unique" on "enrollments" ("session_id", "employee_id") where "status" <> 'CANCELLED';`,
    );

    this.addSql(
      `alter table "training_programs" add constraint "training_programs_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "training_sessions" add constraint "training_sessions_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "training_sessions" add constraint "training_sessions_program_id_foreign" foreign key ("program_id") references "training_programs" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "enrollments" add constraint "enrollments_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "enrollments" add constraint "enrollments_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "enrollments" add constraint "enrollments_session_id_foreign" foreign key ("session_id") references "training_sessions" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "training_sessions" drop constraint "training_sessions_program_id_foreign";`);

    this.addSql(`alter table "enrollments" drop constraint "enrollments_session_id_foreign";`);

    this.addSql(`drop table if exists "training_programs" cascade;`);

    this.addSql(`drop table if exists "training_sessions" cascade;`);

    this.addSql(`drop table if exists "enrollments" cascade;`);

    this.addSql(`drop type "competency_area";`);
    this.addSql(`drop type "training_mode";`);
    this.addSql(`drop type "training_kind";`);
    this.addSql(`drop type "training_session_status";`);
    this.addSql(`drop type "enrollment_status";`);
  }
}
