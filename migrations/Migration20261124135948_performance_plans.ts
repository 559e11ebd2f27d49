import { Migration } from '@mikro-orm/migrations';

export class Migration20261124135948_performance_plans extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "plan_status" as enum ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');`);
    this.addSql(`create type "target_aspect" as enum ('KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA');`);
    this.addSql(
      `create table "performance_plans" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "period_id" uuid not null, "employee_id" uuid not null, "template_id" uuid null, "unit_id" uuid not null, "position_id" uuid null, "appraiser_id" uuid null, "appraiser_superior_id" uuid null, "status" "plan_status" not null default 'DRAFT', "return_comment" text null, "submitted_at" timestamptz null, "approved_at" timestamptz null, constraint "performance_plans_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "performance_plans_agency_id_index" on "performance_plans" ("agency_id");`);
    this.addSql(`create index "performance_plans_employee_id_index" on "performance_plans" ("employee_id");`);
    this.addSql(`create index "performance_plans_appraiser_id_index" on "performance_plans" ("appraiser_id");`);
    this.addSql(`create index "performance_plans_period_id_status_index" on "performance_plans" ("period_id", "status");`);
    this.addSql(
      `alter table "performance_plans" add constraint "performance_plans_period_id_employee_id_unique" unique ("period_id", "employee_id");`,
    );

    this.addSql(
      `create table "plan_targets" ("id" uuid not null, "plan_id" uuid not null, "indicator_id" uuid not null, "category" "result_category" not null, "description" text null, "weight" double precision not null, "target" double precision null, "target_max" double precision null, "aspect" "target_aspect" null, "supports_id" uuid null, "sort_order" smallint not null, constraint "plan_targets_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "plan_targets_plan_id_index" on "plan_targets" ("plan_id");`);
    this.addSql(`create index "plan_targets_indicator_id_index" on "plan_targets" ("indicator_id");`);
    this.addSql(`create index "plan_targets_supports_id_index" on "plan_targets" ("supports_id");`);

    this.addSql(
      `alter table "performance_plans" add constraint "performance_plans_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "performance_plans" add constraint "performance_plans_period_id_foreign" foreign key ("period_id") references "appraisal_periods" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "performance_plans" add constraint "performance_plans_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "performance_plans" add constraint "performance_plans_template_id_foreign" foreign key ("template_id") references "criteria_templates" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "performance_plans" add constraint "performance_plans_unit_id_foreign" foreign key ("unit_id") references "org_units" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "performance_plans" add constraint "performance_plans_position_id_foreign" foreign key ("position_id") references "positions" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "performance_plans" add constraint "performance_plans_appraiser_id_foreign" foreign key ("appraiser_id") references "employees" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "performance_plans" add constraint "performance_plans_appraiser_superior_id_foreign" foreign key ("appraiser_superior_id") references "employees" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "plan_targets" add constraint "plan_targets_plan_id_foreign" foreign key ("plan_id") references "performance_plans" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "plan_targets" add constraint "plan_targets_indicator_id_foreign" foreign key ("indicator_id") references "indicators" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "plan_targets" add constraint "plan_targets_supports_id_foreign" foreign key ("supports_id") references "plan_targets" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "plan_targets" drop constraint "plan_targets_plan_id_foreign";`);

    this.addSql(`alter table "plan_targets" drop constraint "plan_targets_supports_id_foreign";`);

    this.addSql(`drop table if exists "performance_plans" cascade;`);

    this.addSql(`drop table if exists "plan_targets" cascade;`);

    this.addSql(`drop type "plan_status";`);
    this.addSql(`drop type "target_aspect";`);
  }
}
