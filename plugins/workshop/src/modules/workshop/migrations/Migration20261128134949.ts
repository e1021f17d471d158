import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128134949 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "workshop" drop constraint if exists "workshop_handle_unique";`);
    this.addSql(`create table if not exists "workshop" ("id" text not null, "handle" text not null, "name_zh" text not null, "name_en" text not null, "city_zh" text not null, "city_en" text not null, "district_zh" text null, "district_en" text null, "story_zh" text null, "story_en" text null, "founded_year" integer null, "is_active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "workshop_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_workshop_deleted_at" ON "workshop" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_workshop_handle_unique" ON "workshop" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_workshop_is_active" ON "workshop" ("is_active") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "workshop" cascade;`);
  }

}
