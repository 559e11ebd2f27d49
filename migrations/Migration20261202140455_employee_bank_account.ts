import { Migration } from '@mikro-orm/migrations';

export class Migration20261202140455_employee_bank_account extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "employees" add column "bank_account" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "employees" drop column "bank_account";`);
  }
}
