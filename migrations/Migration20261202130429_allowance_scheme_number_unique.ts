import { Migration } from '@mikro-orm/migrations';

export class Migration20261202130429_allowance_scheme_number_unique extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "allowance_schemes" add constraint "allowance_schemes_agency_id_scheme_version_unique" unique ("agency_id", "scheme_version");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "allowance_schemes" drop constraint "allowance_schemes_agency_id_scheme_version_unique";`);
  }
}
