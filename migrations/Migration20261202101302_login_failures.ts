import { Migration } from '@mikro-orm/migrations';

export class Migration20261202101302_login_failures extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "login_failures" ("key" text not null, "window_start" timestamptz not null, "count" int not null, constraint "login_failures_pkey" primary key ("key", "window_start"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_failures" cascade;`);
  }
}
