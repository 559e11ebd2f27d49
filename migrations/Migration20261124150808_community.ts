import { Migration } from '@mikro-orm/migrations';

export class Migration20261124150808_community extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "complaint_channel" as enum ('WEB', 'SMS', 'PHONE', 'IN_PERSON', 'LAPOR');`);
    this.addSql(`create type "complaint_category" as enum ('ASPIRASI', 'PENGADUAN', 'PERMINTAAN_INFORMASI');`);
    this.addSql(
      `create type "complaint_status" as enum ('RECEIVED', 'VERIFIED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REJECTED');`,
    );
    this.addSql(`create type "survey_status" as enum ('DRAFT', 'OPEN', 'CLOSED');`);
    this.addSql(`create type "age_band" as enum ('UNDER_20', 'AGE_20_29', 'AGE_30_39', 'AGE_40_49', 'AGE_50_59', 'AGE_60_PLUS');`);
    this.addSql(`create type "education" as enum ('SD', 'SMP', 'SMA', 'DIPLOMA', 'S1', 'S2', 'S3');`);
    this.addSql(`create type "occupation" as enum ('PNS', 'TNI', 'POLRI', 'SWASTA', 'WIRAUSAHA', 'PELAJAR_MAHASISWA', 'LAINNYA');`);
    this.addSql(
      `create table "community_settings" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "minimum_sample" int not null, "submissions_per_hour" int not null, "verification_days" smallint not null, "follow_up_days" jsonb not null, "auto_close_days" smallint not null, constraint "community_settings_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "community_settings" add constraint "community_settings_agency_id_unique" unique ("agency_id");`);

    this.addSql(
      `create table "public_rate_limits" ("key" text not null, "window_start" timestamptz not null, "count" int not null, constraint "public_rate_limits_pkey" primary key ("key", "window_start"));`,
    );

    this.addSql(
      `create table "public_services" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "unit_id" uuid not null, "name" text not null, "description" text null, "active" boolean not null default true, constraint "public_services_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "public_services_agency_id_index" on "public_services" ("agency_id");`);
    this.addSql(`alter table "public_services" add constraint "public_services_unit_id_name_unique" unique ("unit_id", "name");`);

    this.addSql(
      `create table "complaints" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "tracking_code" text not null, "channel" "complaint_channel" not null, "category" "complaint_category" not null, "subject" text not null, "description" text not null, "location" text null, "unit_id" uuid null, "service_id" uuid null, "employee_id" uuid null, "reporter_name" text null, "reporter_contact" text null, "status" "complaint_status" not null default 'RECEIVED', "received_on" date not null, "due_date" date null, "verified_at" timestamptz null, "assigned_at" timestamptz null, "started_at" timestamptz null, "resolved_at" timestamptz null, "closed_at" timestamptz null, "rejected_at" timestamptz null, "rejection_reason" text null, "assigned_unit_id" uuid null, "assigned_officer_id" uuid null, "auto_close_date" date null, "client_hash" text null, "recorded_by" text null, constraint "complaints_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "complaints" add constraint "complaints_tracking_code_unique" unique ("tracking_code");`);
    this.addSql(`create index "complaints_unit_id_index" on "complaints" ("unit_id");`);
    this.addSql(`create index "complaints_employee_id_index" on "complaints" ("employee_id");`);
    this.addSql(`create index "complaints_assigned_unit_id_index" on "complaints" ("assigned_unit_id");`);
    this.addSql(`create index "complaints_assigned_officer_id_index" on "complaints" ("assigned_officer_id");`);
    this.addSql(`create index "complaints_agency_id_status_due_date_index" on "complaints" ("agency_id", "status", "due_date");`);

    this.addSql(
      `create table "complaint_responses" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "complaint_id" uuid not null, "text" text not null, "is_public" boolean not null, "author_id" uuid null, "author_name" text not null, constraint "complaint_responses_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "complaint_responses_complaint_id_index" on "complaint_responses" ("complaint_id");`);

    this.addSql(
      `create table "surveys" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "unit_id" uuid not null, "service_id" uuid null, "title" text not null, "start_date" date not null, "end_date" date not null, "elements" jsonb not null, "status" "survey_status" not null default 'DRAFT', "minimum_sample" int null, "opened_at" timestamptz null, "closed_at" timestamptz null, constraint "surveys_pkey" primary key ("id"), constraint surveys_dates_check check (end_date >= start_date));`,
    );
    this.addSql(`create index "surveys_unit_id_index" on "surveys" ("unit_id");`);
    this.addSql(`create index "surveys_service_id_index" on "surveys" ("service_id");`);
    this.addSql(`create index "surveys_agency_id_status_index" on "surveys" ("agency_id", "status");`);

    this.addSql(
      `create table "survey_responses" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "survey_id" uuid not null, "agency_id" uuid not null, "answers" jsonb not null, "submitted_on" date not null, "age_band" "age_band" null, "gender" "gender" null, "education" "education" null, "occupation" "occupation" null, "comment" text null, "served_by_id" uuid null, "client_hash" text not null, constraint "survey_responses_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "survey_responses_agency_id_index" on "survey_responses" ("agency_id");`);
    this.addSql(`create index "survey_responses_served_by_id_index" on "survey_responses" ("served_by_id");`);
    this.addSql(
      `create index "survey_responses_survey_id_client_hash_created_at_index" on "survey_responses" ("survey_id", "client_hash", "created_at");`,
    );
    this.addSql(`create index "survey_responses_survey_id_submitted_on_index" on "survey_responses" ("survey_id", "submitted_on");`);

    this.addSql(
      `create table "survey_token_uses" ("id" uuid not null, "survey_id" uuid not null, "used_at" timestamptz not null, constraint "survey_token_uses_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "survey_token_uses_survey_id_index" on "survey_token_uses" ("survey_id");`);

    this.addSql(
      `alter table "community_settings" add constraint "community_settings_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "public_services" add constraint "public_services_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "public_services" add constraint "public_services_unit_id_foreign" foreign key ("unit_id") references "org_units" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "complaints" add constraint "complaints_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaints" add constraint "complaints_unit_id_foreign" foreign key ("unit_id") references "org_units" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaints" add constraint "complaints_service_id_foreign" foreign key ("service_id") references "public_services" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaints" add constraint "complaints_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaints" add constraint "complaints_assigned_unit_id_foreign" foreign key ("assigned_unit_id") references "org_units" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaints" add constraint "complaints_assigned_officer_id_foreign" foreign key ("assigned_officer_id") references "employees" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "complaint_responses" add constraint "complaint_responses_complaint_id_foreign" foreign key ("complaint_id") references "complaints" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "complaint_responses" add constraint "complaint_responses_author_id_foreign" foreign key ("author_id") references "employees" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "surveys" add constraint "surveys_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "surveys" add constraint "surveys_unit_id_foreign" foreign key ("unit_id") references "org_units" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "surveys" add constraint "surveys_service_id_foreign" foreign key ("service_id") references "public_services" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "survey_responses" add constraint "survey_responses_survey_id_foreign" foreign key ("survey_id") references "surveys" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "survey_responses" add constraint "survey_responses_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "survey_responses" add constraint "survey_responses_served_by_id_foreign" foreign key ("served_by_id") references "employees" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "survey_token_uses" add constraint "survey_token_uses_survey_id_foreign" foreign key ("survey_id") references "surveys" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "complaints" drop constraint "complaints_service_id_foreign";`);

    this.addSql(`alter table "surveys" drop constraint "surveys_service_id_foreign";`);

    this.addSql(`alter table "complaint_responses" drop constraint "complaint_responses_complaint_id_foreign";`);

    this.addSql(`alter table "survey_responses" drop constraint "survey_responses_survey_id_foreign";`);

    this.addSql(`alter table "survey_token_uses" drop constraint "survey_token_uses_survey_id_foreign";`);

    this.addSql(`drop table if exists "community_settings" cascade;`);

    this.addSql(`drop table if exists "public_rate_limits" cascade;`);

    this.addSql(`drop table if exists "public_services" cascade;`);

    this.addSql(`drop table if exists "complaints" cascade;`);

    this.addSql(`drop table if exists "complaint_responses" cascade;`);

    this.addSql(`drop table if exists "surveys" cascade;`);

    this.addSql(`drop table if exists "survey_responses" cascade;`);

    this.addSql(`drop table if exists "survey_token_uses" cascade;`);

    this.addSql(`drop type "complaint_channel";`);
    this.addSql(`drop type "complaint_category";`);
    this.addSql(`drop type "complaint_status";`);
    this.addSql(`drop type "survey_status";`);
    this.addSql(`drop type "age_band";`);
    this.addSql(`drop type "education";`);
    this.addSql(`drop type "occupation";`);
  }
}
