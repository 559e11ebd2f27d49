import { Migration } from '@mikro-orm/migrations';

export class Migration20261207120000_login_pair_delays extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "login_failures" add column "blocked_until" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "login_failures" drop column "blocked_until";`);
  }
}
