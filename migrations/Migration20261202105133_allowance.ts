import { Migration } from '@mikro-orm/migrations';

export class Migration20261202105133_allowance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "productivity_mode" as enum ('MINUTES', 'PREDICATE', 'MINUTES_AND_PREDICATE');`);
    this.addSql(`create type "allowance_rounding" as enum ('FLOOR', 'HALF_UP');`);
    this.addSql(`create type "allowance_sheet_status" as enum ('DRAFT', 'VERIFIED', 'APPROVED', 'LOCKED');`);
    this.addSql(
      `create table "allowance_schemes" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "scheme_version" int not null, "valid_from" date not null, "note" text null, "base_amounts" jsonb not null, "discipline_weight" smallint not null, "productivity_weight" smallint not null, "productivity_mode" "productivity_mode" not null, "predicate_shares" jsonb not null, "late_bands" jsonb not null, "early_leave_bands" jsonb not null, "unexcused_day_basis_points" int not null, "unexcused_cap_basis_points" int not null, "status_rules" jsonb not null, "rounding" "allowance_rounding" not null, constraint "allowance_schemes_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "allowance_schemes_agency_id_index" on "allowance_schemes" ("agency_id");`);
    this.addSql(
      `alter table "allowance_schemes" add constraint "allowance_schemes_agency_id_valid_from_unique" unique ("agency_id", "valid_from");`,
    );

    this.addSql(
      `create table "allowance_sheets" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "month" text not null, "status" "allowance_sheet_status" not null default 'DRAFT', "scheme_id" uuid not null, "scheme_version" int not null, "row_count" int not null, "total_gross" bigint not null, "total_net" bigint not null, constraint "allowance_sheets_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "allowance_sheets" add constraint "allowance_sheets_agency_id_month_unique" unique ("agency_id", "month");`);

    this.addSql(
      `create table "allowance_rows" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "sheet_id" uuid not null, "employee_id" uuid not null, "unit_id" uuid not null, "unit_name" text not null, "nip" text not null, "name" text not null, "grade" smallint null, "gross" bigint not null, "lines" jsonb not null, "net" bigint not null, "adjustment_of" text null, "reason" text null, constraint "allowance_rows_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "allowance_rows_sheet_id_employee_id_index" on "allowance_rows" ("sheet_id", "employee_id");`);

    this.addSql(
      `alter table "allowance_schemes" add constraint "allowance_schemes_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "allowance_sheets" add constraint "allowance_sheets_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "allowance_sheets" add constraint "allowance_sheets_scheme_id_foreign" foreign key ("scheme_id") references "allowance_schemes" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "allowance_rows" add constraint "allowance_rows_sheet_id_foreign" foreign key ("sheet_id") references "allowance_sheets" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "allowance_sheets" drop constraint "allowance_sheets_scheme_id_foreign";`);

    this.addSql(`alter table "allowance_rows" drop constraint "allowance_rows_sheet_id_foreign";`);

    this.addSql(`drop table if exists "allowance_schemes" cascade;`);

    this.addSql(`drop table if exists "allowance_sheets" cascade;`);

    this.addSql(`drop table if exists "allowance_rows" cascade;`);

    this.addSql(`drop type "productivity_mode";`);
    this.addSql(`drop type "allowance_rounding";`);
    this.addSql(`drop type "allowance_sheet_status";`);
  }
}
