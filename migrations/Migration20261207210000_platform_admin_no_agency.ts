import { Migration } from '@mikro-orm/migrations';

/**
 * A platform administrator's account belongs to no agency: an agency's own
 * administrators could otherwise reach it through their agency's accounts.
 * Earlier data could hold such accounts; they leave their agency here.
 */
export class Migration20261207210000_platform_admin_no_agency extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update "users" set "agency_id" = null where 'SUPER_ADMIN' = any("roles") and "agency_id" is not null;`);
    this.addSql(
      `alter table "users" add constraint "users_platform_admin_no_agency" check (not ('SUPER_ADMIN' = any("roles")) or "agency_id" is null);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "users" drop constraint "users_platform_admin_no_agency";`);
  }
}
