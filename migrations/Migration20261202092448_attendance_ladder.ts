import { Migration } from '@mikro-orm/migrations';

export class Migration20261202092448_attendance_ladder extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "absence_discipline_decisions" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "employee_id" uuid not null, "year" smallint not null, "from_days" smallint not null, "sanction_type_code" text not null, "unexcused_days" smallint not null, "outcome" "follow_up_outcome" not null, "reason" text null, "decided_by" text not null, "disciplinary_case_id" uuid null, constraint "absence_discipline_decisions_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "absence_discipline_decisions" add constraint "absence_discipline_decisions_employee_id_year_from_days_unique" unique ("employee_id", "year", "from_days");`,
    );

    this.addSql(
      `alter table "absence_discipline_decisions" add constraint "absence_discipline_decisions_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "absence_discipline_decisions" add constraint "absence_discipline_decisions_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "absence_discipline_decisions" add constraint "absence_discipline_decisions_disciplinary_case_id_foreign" foreign key ("disciplinary_case_id") references "disciplinary_cases" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "absence_discipline_decisions" cascade;`);
  }
}
