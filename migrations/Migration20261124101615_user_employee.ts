import { Migration } from '@mikro-orm/migrations';

export class Migration20261124101615_user_employee extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "users" add column "employee_id" uuid null;`);
    this.addSql(
      `alter table "users" add constraint "users_employee_id_foreign" foreign key ("employee_id") references "employees" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "users" add constraint "users_employee_id_unique" unique ("employee_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "users" drop constraint "users_employee_id_foreign";`);

    this.addSql(`alter table "users" drop constraint "users_employee_id_unique";`);
    this.addSql(`alter table "users" drop column "employee_id";`);
  }
}
