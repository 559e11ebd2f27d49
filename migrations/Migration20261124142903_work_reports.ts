import { Migration } from '@mikro-orm/migrations';

export class Migration20261124142903_work_reports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "feedback_type" as enum ('APRESIASI', 'PERBAIKAN', 'ARAHAN');`);
    this.addSql(`create type "work_report_status" as enum ('SUBMITTED', 'APPROVED', 'RETURNED');`);
    this.addSql(
      `create table "plan_feedback" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "plan_id" uuid not null, "target_id" uuid null, "type" "feedback_type" not null, "text" text not null, "author_id" uuid null, "author_name" text not null, constraint "plan_feedback_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "plan_feedback_plan_id_index" on "plan_feedback" ("plan_id");`);

    this.addSql(
      `create table "work_reports" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "employee_id" uuid not null, "date" date not null, "activity" text not null, "output" text not null, "hours" double precision not null, "target_id" uuid null, "evidence_links" text[] not null, "status" "work_report_status" not null default 'SUBMITTED', "submitted_at" timestamptz not null, "reviewer_id" uuid null, "reviewer_name" text null, "reviewed_at" timestamptz null, "review_comment" text null, constraint "work_reports_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "work_reports_target_id_index" on "work_reports" ("target_id");`);
    this.addSql(
      `create index "work_reports_agency_id_status_submitted_at_index" on "work_reports" ("agency_id", "status", "submitted_at");`,
    );
    this.addSql(`create index "work_reports_employee_id_date_index" on "work_reports" ("employee_id", "date");`);

    this.addSql(
      `create table "work_report_comments" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "report_id" uuid not null, "author_id" uuid null, "author_name" text not null, "text" text not null, constraint "work_report_comments_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "work_report_comments_report_id_index" on "work_report_comments" ("report_id");`);

    this.addSql(
      `alter table "plan_feedback" add constraint "plan_feedback_plan_id_foreign" foreign key ("plan_id") references "performance_plans" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "plan_feedback" add constraint "plan_feedback_target_id_foreign" foreign key ("target_id") references "plan_targets" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "plan_feedback" add constraint "plan_feedback_author_id_foreign" foreign key ("author_id") references "employees" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "work_reports" add constraint "work_reports_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "work_reports" add constraint "work_reports_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "work_reports" add constraint "work_reports_target_id_foreign" foreign key ("target_id") references "plan_targets" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "work_reports" add constraint "work_reports_reviewer_id_foreign" foreign key ("reviewer_id") references "employees" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "work_report_comments" add constraint "work_report_comments_report_id_foreign" foreign key ("report_id") references "work_reports" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "work_report_comments" add constraint "work_report_comments_author_id_foreign" foreign key ("author_id") references "employees" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "work_report_comments" drop constraint "work_report_comments_report_id_foreign";`);

    this.addSql(`drop table if exists "plan_feedback" cascade;`);

    this.addSql(`drop table if exists "work_reports" cascade;`);

    this.addSql(`drop table if exists "work_report_comments" cascade;`);

    this.addSql(`drop type "feedback_type";`);
    this.addSql(`drop type "work_report_status";`);
  }
}
