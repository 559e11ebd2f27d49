import { Migration } from '@mikro-orm/migrations';

export class Migration20261207130000_demo_accounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "demo_accounts" ("user_id" uuid not null, "password_hash" text null, constraint "demo_accounts_pkey" primary key ("user_id"));`,
    );
    // Databases seeded before the table existed: the demo accounts by name, their password verified once at start.
    this.addSql(
      `insert into "demo_accounts" ("user_id") select "id" from "users"
        where "username" = 'admin' or "username" ~ '^(admin|hr|penilai|atasan|pegawai)\\.(tebingtinggi|mataram|abdya|palangkaraya|palembang)$';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "demo_accounts" cascade;`);
  }
}
