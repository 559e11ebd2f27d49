import { Migration } from '@mikro-orm/migrations';

export class Migration20261202091310_attendance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "holiday_kind" as enum ('LIBUR_NASIONAL', 'CUTI_BERSAMA', 'LIBUR_DAERAH');`);
    this.addSql(
      `create type "attendance_status" as enum ('HADIR', 'IZIN', 'SAKIT', 'CUTI', 'DINAS_LUAR', 'TUGAS_BELAJAR', 'TANPA_KETERANGAN');`,
    );
    this.addSql(`create type "attendance_source" as enum ('DEVICE', 'MANUAL', 'IMPORT');`);
    this.addSql(`create type "attendance_correction_status" as enum ('PENDING', 'APPROVED', 'REJECTED');`);
    this.addSql(
      `create table "holidays" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid null, "date" date not null, "name" text not null, "kind" "holiday_kind" not null, constraint "holidays_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "holidays_agency_id_index" on "holidays" ("agency_id");`);
    this.addSql(`create index "holidays_date_index" on "holidays" ("date");`);
    this.addSql(
      `create unique index "holidays_owner_date_unique" on "holidays" (coalesce("agency_id", '00000000-0000-0000-0000-000000000000'), "date");`,
    );

    this.addSql(
      `create table "attendance_records" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "employee_id" uuid not null, "date" date not null, "check_in" time(0) null, "check_out" time(0) null, "status" "attendance_status" not null, "working_day" boolean not null default true, "late_minutes" int null, "early_leave_minutes" int null, "source" "attendance_source" not null, "note" text null, constraint "attendance_records_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "attendance_records_agency_id_date_index" on "attendance_records" ("agency_id", "date");`);
    this.addSql(
      `alter table "attendance_records" add constraint "attendance_records_employee_id_date_unique" unique ("employee_id", "date");`,
    );

    this.addSql(
      `create table "attendance_device_users" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "employee_id" uuid not null, "device_user_id" text not null, constraint "attendance_device_users_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "attendance_device_users_employee_id_index" on "attendance_device_users" ("employee_id");`);
    this.addSql(
      `alter table "attendance_device_users" add constraint "attendance_device_users_employee_id_unique" unique ("employee_id");`,
    );
    this.addSql(
      `alter table "attendance_device_users" add constraint "attendance_device_users_agency_id_device_user_id_unique" unique ("agency_id", "device_user_id");`,
    );

    this.addSql(
      `create table "attendance_corrections" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "employee_id" uuid not null, "date" date not null, "check_in" time(0) null, "check_out" time(0) null, "attendance_status" "attendance_status" null, "reason" text not null, "evidence_link" text null, "status" "attendance_correction_status" not null default 'PENDING', "requested_by_name" text not null, "decided_by_id" uuid null, "decided_by_name" text null, "decided_at" timestamptz null, "decision_comment" text null, constraint "attendance_corrections_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "attendance_corrections_agency_id_status_index" on "attendance_corrections" ("agency_id", "status");`);
    this.addSql(`create index "attendance_corrections_employee_id_date_index" on "attendance_corrections" ("employee_id", "date");`);

    this.addSql(
      `create table "work_calendars" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "unit_id" uuid null, "days" jsonb not null, "target_minutes_per_day" int null, constraint "work_calendars_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "work_calendars_unit_id_index" on "work_calendars" ("unit_id");`);
    this.addSql(`alter table "work_calendars" add constraint "work_calendars_agency_id_unit_id_unique" unique ("agency_id", "unit_id");`);
    this.addSql(`create unique index "work_calendars_agency_wide_unique" on "work_calendars" ("agency_id") where "unit_id" is null;`);

    this.addSql(
      `alter table "holidays" add constraint "holidays_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "attendance_records" add constraint "attendance_records_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "attendance_records" add constraint "attendance_records_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "attendance_device_users" add constraint "attendance_device_users_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "attendance_device_users" add constraint "attendance_device_users_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "attendance_corrections" add constraint "attendance_corrections_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "attendance_corrections" add constraint "attendance_corrections_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "attendance_corrections" add constraint "attendance_corrections_decided_by_id_foreign" foreign key ("decided_by_id") references "employees" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "work_calendars" add constraint "work_calendars_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "work_calendars" add constraint "work_calendars_unit_id_foreign" foreign key ("unit_id") references "org_units" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "holidays" cascade;`);

    this.addSql(`drop table if exists "attendance_records" cascade;`);

    this.addSql(`drop table if exists "attendance_device_users" cascade;`);

    this.addSql(`drop table if exists "attendance_corrections" cascade;`);

    this.addSql(`drop table if exists "work_calendars" cascade;`);

    this.addSql(`drop type "holiday_kind";`);
    this.addSql(`drop type "attendance_status";`);
    this.addSql(`drop type "attendance_source";`);
    this.addSql(`drop type "attendance_correction_status";`);
  }
}
