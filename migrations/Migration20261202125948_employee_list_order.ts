import { Migration } from '@mikro-orm/migrations';

export class Migration20261202125948_employee_list_order extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "employees_agency_id_name_id_index" on "employees" ("agency_id", "name", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "employees_agency_id_name_id_index";`);
  }
}
