import { Migration } from '@mikro-orm/migrations';

export class Migration20261124000000_foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "agency_kind" as enum ('PUSAT', 'DAERAH');`);
    this.addSql(`create type "audit_action" as enum ('CREATE', 'UPDATE', 'DELETE');`);
    this.addSql(
      `create table "agencies" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "code" text not null, "name" text not null, "kind" "agency_kind" not null, "region" text null, constraint "agencies_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "agencies" add constraint "agencies_code_unique" unique ("code");`);

    this.addSql(
      `create table "audit_entries" ("id" uuid not null, "occurred_at" timestamptz not null, "actor_user_id" uuid null, "actor_name" text not null, "agency_id" uuid null, "action" "audit_action" not null, "entity_type" text not null, "entity_id" uuid not null, "operation" text null, "request_id" text null, "changes" jsonb not null, constraint "audit_entries_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_entries_agency_id_index" on "audit_entries" ("agency_id");`);
    this.addSql(`create index "audit_entries_occurred_at_index" on "audit_entries" ("occurred_at");`);
    this.addSql(`create index "audit_entries_entity_type_entity_id_index" on "audit_entries" ("entity_type", "entity_id");`);

    this.addSql(
      `create table "users" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "username" text not null, "display_name" text not null, "password_hash" text not null, "roles" text[] not null, "agency_id" uuid null, "active" boolean not null default true, "token_version" int not null default 0, "last_login_at" timestamptz null, constraint "users_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "users" add constraint "users_username_unique" unique ("username");`);

    this.addSql(`create index "users_agency_id_index" on "users" ("agency_id");`);

    this.addSql(
      `alter table "users" add constraint "users_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`,
    );

    // The audit trail is append-only, whoever connects: the database itself refuses changes.
    this.addSql(`create function audit_entries_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_entries is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(
      `create trigger audit_entries_no_update_delete before update or delete on "audit_entries" for each row execute function audit_entries_append_only();`,
    );
    this.addSql(
      `create trigger audit_entries_no_truncate before truncate on "audit_entries" for each statement execute function audit_entries_append_only();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_entries_no_truncate on "audit_entries";`);
    this.addSql(`drop trigger if exists audit_entries_no_update_delete on "audit_entries";`);
    this.addSql(`drop function if exists audit_entries_append_only();`);
    this.addSql(`alter table "users" drop constraint "users_agency_id_foreign";`);

    this.addSql(`drop table if exists "agencies" cascade;`);

    this.addSql(`drop table if exists "audit_entries" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop type "agency_kind";`);
    this.addSql(`drop type "audit_action";`);
  }
}
