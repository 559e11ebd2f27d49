import { Migration } from '@mikro-orm/migrations';

export class Migration20261124140708_realizations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "realizations" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "target_id" uuid not null, "period_id" uuid not null, "value" double precision not null, "note" text null, "evidence_links" text[] not null, "source" "data_source" not null default 'MANUAL', constraint "realizations_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "realizations_period_id_index" on "realizations" ("period_id");`);
    this.addSql(`alter table "realizations" add constraint "realizations_target_id_period_id_unique" unique ("target_id", "period_id");`);

    this.addSql(
      `alter table "realizations" add constraint "realizations_target_id_foreign" foreign key ("target_id") references "plan_targets" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "realizations" add constraint "realizations_period_id_foreign" foreign key ("period_id") references "appraisal_periods" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "realizations" cascade;`);
  }
}
