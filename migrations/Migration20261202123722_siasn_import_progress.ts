import { Migration } from '@mikro-orm/migrations';

export class Migration20261202123722_siasn_import_progress extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "siasn_import_progress" ("key" uuid not null, "user_id" uuid not null, "target" text not null, "dry_run" boolean not null, "phase" text not null, "processed" int not null, "total" int not null, "message" text null, "started_at" timestamptz not null, "updated_at" timestamptz not null, constraint "siasn_import_progress_pkey" primary key ("key"));`,
    );
    this.addSql(`create index "siasn_import_progress_updated_at_index" on "siasn_import_progress" ("updated_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "siasn_import_progress" cascade;`);
  }
}
