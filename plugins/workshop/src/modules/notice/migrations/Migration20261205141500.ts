import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * What each reader has read of her notices (`notice_read`, one row per reader and notification of
 * Medusa's Notification module; unique, so marking twice changes nothing).
 */
export class Migration20261205141500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "notice_read" ("id" text not null, "reader_id" text not null, "notification_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notice_read_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notice_read_deleted_at" ON "notice_read" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notice_read_reader_id_notification_id_unique" ON "notice_read" ("reader_id", "notification_id") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notice_read" cascade;`)
  }
}
