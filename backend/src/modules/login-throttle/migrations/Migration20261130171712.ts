import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130171712 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "login_throttle" drop constraint if exists "login_throttle_key_unique";`);
    this.addSql(`create table if not exists "login_throttle" ("id" text not null, "key" text not null, "failures" integer not null default 0, "pending" integer not null default 0, "window_started_at" timestamptz not null, "locked_until" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "login_throttle_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_login_throttle_deleted_at" ON "login_throttle" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_login_throttle_key_unique" ON "login_throttle" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_login_throttle_window_started_at" ON "login_throttle" ("window_started_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_throttle" cascade;`);
  }

}
