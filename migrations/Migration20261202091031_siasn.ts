import { Migration } from '@mikro-orm/migrations';

export class Migration20261202091031_siasn extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "siasn_record_kind" as enum ('SKP_TAHUNAN', 'KINERJA_PERIODIK', 'PENGHARGAAN', 'HUKDIS', 'KURSUS');`);
    this.addSql(
      `create table "siasn_records" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "kind" "siasn_record_kind" not null, "source_id" uuid not null, "siasn_id" text null, "pushed_at" timestamptz null, "last_message" text null, constraint "siasn_records_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "siasn_records_agency_id_index" on "siasn_records" ("agency_id");`);
    this.addSql(`alter table "siasn_records" add constraint "siasn_records_kind_source_id_unique" unique ("kind", "source_id");`);

    this.addSql(
      `alter table "siasn_records" add constraint "siasn_records_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "org_units" add column "siasn_id" text null;`);
    this.addSql(`alter table "org_units" add constraint "org_units_agency_id_siasn_id_unique" unique ("agency_id", "siasn_id");`);

    this.addSql(`alter table "employees" add column "pns_id" text null;`);
    this.addSql(`alter table "employees" add constraint "employees_pns_id_unique" unique ("pns_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "siasn_records" cascade;`);

    this.addSql(`alter table "employees" drop constraint "employees_pns_id_unique";`);
    this.addSql(`alter table "employees" drop column "pns_id";`);

    this.addSql(`alter table "org_units" drop constraint "org_units_agency_id_siasn_id_unique";`);
    this.addSql(`alter table "org_units" drop column "siasn_id";`);

    this.addSql(`drop type "siasn_record_kind";`);
  }
}
