import { Migration } from '@mikro-orm/migrations';

export class Migration20261124143715_results extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "org_achievement" as enum ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG');`);
    this.addSql(
      `create table "distribution_patterns" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "achievement" "org_achievement" not null, "constraints" jsonb not null, constraint "distribution_patterns_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "distribution_patterns" add constraint "distribution_patterns_agency_id_achievement_unique" unique ("agency_id", "achievement");`,
    );

    this.addSql(
      `create table "published_results" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "period_id" uuid not null, "unit_id" uuid not null, "unit_name" text not null, "published_at" timestamptz not null, "employee_count" int not null, "predicate_counts" jsonb null, "indicators" jsonb not null, "employees" jsonb null, constraint "published_results_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "published_results_agency_id_index" on "published_results" ("agency_id");`);
    this.addSql(
      `alter table "published_results" add constraint "published_results_period_id_unit_id_unique" unique ("period_id", "unit_id");`,
    );

    this.addSql(
      `create table "unit_achievements" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "unit_id" uuid not null, "period_id" uuid not null, "achievement" "org_achievement" not null, "note" text null, constraint "unit_achievements_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "unit_achievements_agency_id_index" on "unit_achievements" ("agency_id");`);
    this.addSql(`create index "unit_achievements_period_id_index" on "unit_achievements" ("period_id");`);
    this.addSql(
      `alter table "unit_achievements" add constraint "unit_achievements_unit_id_period_id_unique" unique ("unit_id", "period_id");`,
    );

    this.addSql(
      `alter table "distribution_patterns" add constraint "distribution_patterns_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "published_results" add constraint "published_results_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "published_results" add constraint "published_results_period_id_foreign" foreign key ("period_id") references "appraisal_periods" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "published_results" add constraint "published_results_unit_id_foreign" foreign key ("unit_id") references "org_units" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "unit_achievements" add constraint "unit_achievements_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "unit_achievements" add constraint "unit_achievements_unit_id_foreign" foreign key ("unit_id") references "org_units" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "unit_achievements" add constraint "unit_achievements_period_id_foreign" foreign key ("period_id") references "appraisal_periods" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "distribution_patterns" cascade;`);

    this.addSql(`drop table if exists "published_results" cascade;`);

    this.addSql(`drop table if exists "unit_achievements" cascade;`);

    this.addSql(`drop type "org_achievement";`);
  }
}
