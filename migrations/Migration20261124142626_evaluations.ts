import { Migration } from '@mikro-orm/migrations';

export class Migration20261124142626_evaluations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "evaluation_status" as enum ('DRAFT', 'CONFIRMED', 'ACKNOWLEDGED', 'OBJECTED', 'DECIDED');`);
    this.addSql(`create type "rating" as enum ('DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI');`);
    this.addSql(`create type "predicate" as enum ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG');`);
    this.addSql(`create type "objection_decision" as enum ('UPHELD', 'REJECTED');`);
    this.addSql(
      `create table "evaluations" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "plan_id" uuid not null, "period_id" uuid not null, "status" "evaluation_status" not null default 'DRAFT', "behaviour_ratings" jsonb not null, "behaviour_rating" "rating" null, "behaviour_rating_override" "rating" null, "result_rating_override" "rating" null, "override_reason" text null, "note" text null, "scheme_id" uuid null, "score" double precision null, "result_rating" "rating" null, "predicate" "predicate" null, "breakdown" jsonb null, "confirmed_at" timestamptz null, "review_note" text null, "reviewed_at" timestamptz null, "acknowledged_at" timestamptz null, "objection_reason" text null, "objected_at" timestamptz null, "decision" "objection_decision" null, "decision_note" text null, "decided_at" timestamptz null, "original_predicate" "predicate" null, constraint "evaluations_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "evaluations" add constraint "evaluations_plan_id_unique" unique ("plan_id");`);
    this.addSql(`create index "evaluations_period_id_status_index" on "evaluations" ("period_id", "status");`);

    this.addSql(
      `alter table "evaluations" add constraint "evaluations_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "evaluations" add constraint "evaluations_plan_id_foreign" foreign key ("plan_id") references "performance_plans" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evaluations" add constraint "evaluations_period_id_foreign" foreign key ("period_id") references "appraisal_periods" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "evaluations" add constraint "evaluations_scheme_id_foreign" foreign key ("scheme_id") references "scoring_schemes" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "evaluations" cascade;`);

    this.addSql(`drop type "evaluation_status";`);
    this.addSql(`drop type "rating";`);
    this.addSql(`drop type "predicate";`);
    this.addSql(`drop type "objection_decision";`);
  }
}
