import { Migration } from '@mikro-orm/migrations';

export class Migration20261124100515_employees extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "employment_type" as enum ('PNS', 'PPPK');`);
    this.addSql(
      `create type "golongan" as enum ('I_A', 'I_B', 'I_C', 'I_D', 'II_A', 'II_B', 'II_C', 'II_D', 'III_A', 'III_B', 'III_C', 'III_D', 'IV_A', 'IV_B', 'IV_C', 'IV_D', 'IV_E');`,
    );
    this.addSql(
      `create type "pppk_grade" as enum ('I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII');`,
    );
    this.addSql(`create type "employee_status" as enum ('AKTIF', 'CUTI', 'TUGAS_BELAJAR', 'PENSIUN', 'BERHENTI');`);
    this.addSql(`create type "gender" as enum ('MALE', 'FEMALE');`);
    this.addSql(
      `create table "employees" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "unit_id" uuid not null, "position_id" uuid null, "supervisor_override_id" uuid null, "nip" text not null, "employment_type" "employment_type" not null, "front_title" text null, "name" text not null, "back_title" text null, "golongan" "golongan" null, "pppk_grade" "pppk_grade" null, "status" "employee_status" not null default 'AKTIF', "email" text null, "phone" text null, "birth_date" date not null, "gender" "gender" not null, "tmt_cpns" text null, "appointment_year" smallint null, constraint "employees_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "employees_agency_id_index" on "employees" ("agency_id");`);
    this.addSql(`create index "employees_unit_id_index" on "employees" ("unit_id");`);
    this.addSql(`create index "employees_position_id_index" on "employees" ("position_id");`);
    this.addSql(`alter table "employees" add constraint "employees_nip_unique" unique ("nip");`);

    this.addSql(
      `create table "employee_assignments" ("id" uuid not null, "employee_id" uuid not null, "valid_from" date not null, "valid_to" date null, "unit_id" uuid not null, "position_id" uuid null, "supervisor_id" uuid null, "golongan" "golongan" null, "pppk_grade" "pppk_grade" null, "reason" text null, "created_at" timestamptz not null, constraint "employee_assignments_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "employee_assignments_employee_id_valid_from_index" on "employee_assignments" ("employee_id", "valid_from");`,
    );

    this.addSql(
      `alter table "employees" add constraint "employees_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "employees" add constraint "employees_unit_id_foreign" foreign key ("unit_id") references "org_units" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "employees" add constraint "employees_position_id_foreign" foreign key ("position_id") references "positions" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "employees" add constraint "employees_supervisor_override_id_foreign" foreign key ("supervisor_override_id") references "employees" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "employee_assignments" add constraint "employee_assignments_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "employee_assignments" add constraint "employee_assignments_unit_id_foreign" foreign key ("unit_id") references "org_units" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "employee_assignments" add constraint "employee_assignments_position_id_foreign" foreign key ("position_id") references "positions" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "employee_assignments" add constraint "employee_assignments_supervisor_id_foreign" foreign key ("supervisor_id") references "employees" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "employees" drop constraint "employees_supervisor_override_id_foreign";`);

    this.addSql(`alter table "employee_assignments" drop constraint "employee_assignments_employee_id_foreign";`);

    this.addSql(`alter table "employee_assignments" drop constraint "employee_assignments_supervisor_id_foreign";`);

    this.addSql(`drop table if exists "employees" cascade;`);

    this.addSql(`drop table if exists "employee_assignments" cascade;`);

    this.addSql(`drop type "employment_type";`);
    this.addSql(`drop type "golongan";`);
    this.addSql(`drop type "pppk_grade";`);
    this.addSql(`drop type "employee_status";`);
    this.addSql(`drop type "gender";`);
  }
}
