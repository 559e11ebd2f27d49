import { Migration } from '@mikro-orm/migrations';

export class Migration20261202093555_work_report_minutes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "work_reports" add column "minutes" int null, add column "start_time" time(0) null, add column "end_time" time(0) null, add column "overtime" boolean not null default false;`,
    );
    // Reports filed before carry their hours as a duration.
    this.addSql(`update "work_reports" set "minutes" = round("hours" * 60);`);
    this.addSql(`alter table "work_reports" alter column "minutes" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "work_reports" drop column "minutes", drop column "start_time", drop column "end_time", drop column "overtime";`,
    );
  }
}
