import { Migration } from '@mikro-orm/migrations';

export class Migration20261124153158_follow_up extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "follow_up_action" as enum ('REWARD', 'TRAINING', 'COACHING', 'DISCIPLINARY_REVIEW');`);
    this.addSql(`create type "follow_up_outcome" as enum ('ACTED', 'DISMISSED');`);
    this.addSql(
      `create table "follow_up_rules" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "name" text not null, "predicates" text[] not null, "consecutive_periods" smallint not null default 1, "action" "follow_up_action" not null, "active" boolean not null default true, "note" text null, constraint "follow_up_rules_pkey" primary key ("id"), constraint follow_up_rules_periods_check check (consecutive_periods > 0));`,
    );
    this.addSql(`create index "follow_up_rules_agency_id_index" on "follow_up_rules" ("agency_id");`);

    this.addSql(
      `create table "follow_up_decisions" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "period_id" uuid not null, "employee_id" uuid not null, "rule_id" uuid not null, "action" "follow_up_action" not null, "outcome" "follow_up_outcome" not null, "reason" text null, "decided_by" text not null, "record_type" text null, "record_id" uuid null, constraint "follow_up_decisions_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "follow_up_decisions_agency_id_index" on "follow_up_decisions" ("agency_id");`);
    this.addSql(`create index "follow_up_decisions_employee_id_index" on "follow_up_decisions" ("employee_id");`);
    this.addSql(
      `alter table "follow_up_decisions" add constraint "follow_up_decisions_period_id_employee_id_rule_id_unique" unique ("period_id", "employee_id", "rule_id");`,
    );

    this.addSql(
      `alter table "follow_up_rules" add constraint "follow_up_rules_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "follow_up_decisions" add constraint "follow_up_decisions_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "follow_up_decisions" add constraint "follow_up_decisions_period_id_foreign" foreign key ("period_id") references "appraisal_periods" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "follow_up_decisions" add constraint "follow_up_decisions_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "follow_up_decisions" add constraint "follow_up_decisions_rule_id_foreign" foreign key ("rule_id") references "follow_up_rules" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "follow_up_decisions" drop constraint "follow_up_decisions_rule_id_foreign";`);

    this.addSql(`drop table if exists "follow_up_rules" cascade;`);

    this.addSql(`drop table if exists "follow_up_decisions" cascade;`);

    this.addSql(`drop type "follow_up_action";`);
    this.addSql(`drop type "follow_up_outcome";`);
  }
}
