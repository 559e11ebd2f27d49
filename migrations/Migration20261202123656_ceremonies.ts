import { Migration } from '@mikro-orm/migrations';

export class Migration20261202123656_ceremonies extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "ceremony_kind" as enum ('UPACARA_BENDERA', 'APEL_PAGI', 'APEL_SORE', 'HARI_BESAR', 'LAINNYA');`);
    this.addSql(`create type "ceremony_attendance_status" as enum ('ATTENDED', 'ABSENT', 'EXCUSED');`);
    this.addSql(`create type "ceremony_attendance_source" as enum ('MANUAL', 'IMPORT');`);
    this.addSql(
      `create table "ceremonies" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "unit_id" uuid null, "date" date not null, "kind" "ceremony_kind" not null, "name" text not null, "required" boolean not null default true, "note" text null, constraint "ceremonies_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "ceremonies_unit_id_index" on "ceremonies" ("unit_id");`);
    this.addSql(`create index "ceremonies_agency_id_date_index" on "ceremonies" ("agency_id", "date");`);

    this.addSql(
      `create table "ceremony_attendances" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "ceremony_id" uuid not null, "employee_id" uuid not null, "status" "ceremony_attendance_status" not null, "source" "ceremony_attendance_source" not null, "note" text null, constraint "ceremony_attendances_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "ceremony_attendances_employee_id_index" on "ceremony_attendances" ("employee_id");`);
    this.addSql(
      `alter table "ceremony_attendances" add constraint "ceremony_attendances_ceremony_id_employee_id_unique" unique ("ceremony_id", "employee_id");`,
    );

    this.addSql(
      `alter table "ceremonies" add constraint "ceremonies_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ceremonies" add constraint "ceremonies_unit_id_foreign" foreign key ("unit_id") references "org_units" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "ceremony_attendances" add constraint "ceremony_attendances_ceremony_id_foreign" foreign key ("ceremony_id") references "ceremonies" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ceremony_attendances" add constraint "ceremony_attendances_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "allowance_schemes" add column "ceremony_basis_points" int not null default 150, add column "ceremony_cap_basis_points" int not null default 450;`,
    );

    this.addSql(
      `alter table "allowance_sheets" add column "prepared_by" jsonb null, add column "verified_by" jsonb null, add column "approved_by" jsonb null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ceremony_attendances" drop constraint "ceremony_attendances_ceremony_id_foreign";`);

    this.addSql(`drop table if exists "ceremonies" cascade;`);

    this.addSql(`drop table if exists "ceremony_attendances" cascade;`);

    this.addSql(`alter table "allowance_schemes" drop column "ceremony_basis_points", drop column "ceremony_cap_basis_points";`);

    this.addSql(`alter table "allowance_sheets" drop column "prepared_by", drop column "verified_by", drop column "approved_by";`);

    this.addSql(`drop type "ceremony_kind";`);
    this.addSql(`drop type "ceremony_attendance_status";`);
    this.addSql(`drop type "ceremony_attendance_source";`);
  }
}
