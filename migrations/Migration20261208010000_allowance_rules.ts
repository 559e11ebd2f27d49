import { Migration } from '@mikro-orm/migrations';

/**
 * Allowance rules as regions have them: the base of each deduction, what a month without an evaluation or without
 * attendance counts as, and what each row rests on. Every default keeps what existing schemes meant: percentages of
 * the whole allowance, a month without an evaluation paid, a day without attendance not deducted.
 */
export class Migration20261208010000_allowance_rules extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "allowance_missing_predicate" as enum ('PAY', 'WITHHOLD', 'LAST_CONFIRMED');`);
    this.addSql(`create type "allowance_missing_attendance" as enum ('PRESENT', 'UNEXCUSED');`);
    this.addSql(
      `alter table "allowance_schemes" add column "missing_predicate" "allowance_missing_predicate" not null default 'PAY', add column "unexcused_base" text not null default 'WHOLE', add column "ceremony_base" text not null default 'WHOLE', add column "missing_attendance" "allowance_missing_attendance" not null default 'PRESENT';`,
    );
    // The bands and status rules state their base too.
    for (const column of ['late_bands', 'early_leave_bands', 'status_rules'])
      this.addSql(
        `update "allowance_schemes" set "${column}" = coalesce((select jsonb_agg(jsonb_build_object('base', 'WHOLE') || r) from jsonb_array_elements("${column}") r), '[]'::jsonb);`,
      );
    this.addSql(`alter table "allowance_sheets" add column "warnings" jsonb not null default '[]';`);
    this.addSql(
      `alter table "allowance_rows" add column "working_days" smallint null, add column "paid_days" smallint null, add column "predicate" text null, add column "predicate_source" text null, add column "missing_days" smallint null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "allowance_rows" drop column "working_days", drop column "paid_days", drop column "predicate", drop column "predicate_source", drop column "missing_days";`,
    );
    this.addSql(`alter table "allowance_sheets" drop column "warnings";`);
    for (const column of ['late_bands', 'early_leave_bands', 'status_rules'])
      this.addSql(
        `update "allowance_schemes" set "${column}" = coalesce((select jsonb_agg(r - 'base') from jsonb_array_elements("${column}") r), '[]'::jsonb);`,
      );
    this.addSql(
      `alter table "allowance_schemes" drop column "missing_predicate", drop column "unexcused_base", drop column "ceremony_base", drop column "missing_attendance";`,
    );
    this.addSql(`drop type "allowance_missing_predicate";`);
    this.addSql(`drop type "allowance_missing_attendance";`);
  }
}
