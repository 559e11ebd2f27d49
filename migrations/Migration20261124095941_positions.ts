import { Migration } from '@mikro-orm/migrations';

export class Migration20261124095941_positions extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "position_type" as enum ('JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL');`,
    );
    this.addSql(
      `create table "positions" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "agency_id" uuid not null, "unit_id" uuid not null, "superior_id" uuid null, "name" text not null, "type" "position_type" not null, "grade" smallint not null, "active" boolean not null default true, constraint "positions_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "positions_agency_id_index" on "positions" ("agency_id");`);
    this.addSql(`create index "positions_unit_id_index" on "positions" ("unit_id");`);
    this.addSql(`create index "positions_superior_id_index" on "positions" ("superior_id");`);

    this.addSql(
      `alter table "positions" add constraint "positions_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "positions" add constraint "positions_unit_id_foreign" foreign key ("unit_id") references "org_units" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "positions" add constraint "positions_superior_id_foreign" foreign key ("superior_id") references "positions" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "positions" drop constraint "positions_superior_id_foreign";`);

    this.addSql(`drop table if exists "positions" cascade;`);

    this.addSql(`drop type "position_type";`);
  }
}
