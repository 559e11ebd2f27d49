import { Migration } from '@mikro-orm/migrations';

export class Migration20261124095507_org_units extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "org_unit_kind" as enum ('SEKRETARIAT', 'INSPEKTORAT', 'DINAS', 'BADAN', 'BAGIAN', 'BIDANG', 'SUBBAGIAN', 'SEKSI', 'UPT', 'KECAMATAN', 'KELURAHAN', 'PUSKESMAS', 'SEKOLAH', 'TIM_KERJA', 'OTHER');`,
    );
    this.addSql(
      `create table "org_units" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "parent_id" uuid null, "code" text not null, "name" text not null, "kind" "org_unit_kind" not null, "active" boolean not null default true, "path" text not null, "depth" int not null default 0, constraint "org_units_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "org_units_parent_id_index" on "org_units" ("parent_id");`);
    this.addSql(`create index "org_units_path_index" on "org_units" ("path" text_pattern_ops);`);
    this.addSql(`alter table "org_units" add constraint "org_units_agency_id_code_unique" unique ("agency_id", "code");`);

    this.addSql(
      `alter table "org_units" add constraint "org_units_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "org_units" add constraint "org_units_parent_id_foreign" foreign key ("parent_id") references "org_units" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "org_units" drop constraint "org_units_parent_id_foreign";`);

    this.addSql(`drop table if exists "org_units" cascade;`);

    this.addSql(`drop type "org_unit_kind";`);
  }
}
