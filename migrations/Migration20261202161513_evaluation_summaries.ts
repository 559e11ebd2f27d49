import { Migration } from '@mikro-orm/migrations';

export class Migration20261202161513_evaluation_summaries extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "indicator_achievement_summaries" ("period_id" uuid not null, "unit_id" uuid not null, "indicator_key" text not null, "label" text null, "achievement_sum" numeric not null, "lines" int not null, "employees" int not null, constraint "indicator_achievement_summaries_pkey" primary key ("period_id", "unit_id", "indicator_key"));`,
    );

    this.addSql(
      `create table "evaluation_unit_summaries" ("period_id" uuid not null, "unit_id" uuid not null, "evaluated" int not null, "scored" int not null, "score_sum" numeric not null, "baik_or_better" int not null, "sangat_baik" int not null, "baik" int not null, "butuh_perbaikan" int not null, "kurang" int not null, "sangat_kurang" int not null, "achievement_employees" int not null, constraint "evaluation_unit_summaries_pkey" primary key ("period_id", "unit_id"));`,
    );

    this.addSql(
      `alter table "indicator_achievement_summaries" add constraint "indicator_achievement_summaries_period_id_foreign" foreign key ("period_id") references "appraisal_periods" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "indicator_achievement_summaries" add constraint "indicator_achievement_summaries_unit_id_foreign" foreign key ("unit_id") references "org_units" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "evaluation_unit_summaries" add constraint "evaluation_unit_summaries_period_id_foreign" foreign key ("period_id") references "appraisal_periods" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evaluation_unit_summaries" add constraint "evaluation_unit_summaries_unit_id_foreign" foreign key ("unit_id") references "org_units" ("id") on update cascade on delete cascade;`,
    );

    // Periods closed before this migration get their rows as closing writes them (api/src/modules/analytics/evaluation-summary.ts, as of now).
    const closed = `array(select id from appraisal_periods where status = 'CLOSED')`;
    const settled = `e.period_id = any(${closed}) and p.period_id = any(${closed}) and e.status <> 'DRAFT'`;
    this.addSql(
      `insert into evaluation_unit_summaries (period_id, unit_id, evaluated, scored, score_sum, baik_or_better,
              sangat_baik, baik, butuh_perbaikan, kurang, sangat_kurang, achievement_employees)
       select e.period_id, p.unit_id, count(*)::int, count(e.score)::int, coalesce(sum(e.score::numeric), 0),
              count(*) filter (where e.predicate in ('SANGAT_BAIK', 'BAIK'))::int,
              count(*) filter (where e.predicate = 'SANGAT_BAIK')::int, count(*) filter (where e.predicate = 'BAIK')::int,
              count(*) filter (where e.predicate = 'BUTUH_PERBAIKAN')::int, count(*) filter (where e.predicate = 'KURANG')::int,
              count(*) filter (where e.predicate = 'SANGAT_KURANG')::int,
              count(*) filter (where exists (
                select 1 from jsonb_array_elements(e.breakdown->'lines') as line where line->>'achievement' is not null))::int
         from evaluations e join performance_plans p on p.id = e.plan_id
        where ${settled}
        group by e.period_id, p.unit_id;`,
    );
    this.addSql(
      `insert into indicator_achievement_summaries (period_id, unit_id, indicator_key, label, achievement_sum, lines, employees)
       select e.period_id, p.unit_id, line->>'key', max(line->>'label'), sum((line->>'achievement')::numeric), count(*)::int,
              count(distinct p.employee_id)::int
         from evaluations e join performance_plans p on p.id = e.plan_id
        cross join lateral jsonb_array_elements(e.breakdown->'lines') as line
        where ${settled} and line->>'achievement' is not null
        group by e.period_id, p.unit_id, line->>'key';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "indicator_achievement_summaries" cascade;`);

    this.addSql(`drop table if exists "evaluation_unit_summaries" cascade;`);
  }
}
