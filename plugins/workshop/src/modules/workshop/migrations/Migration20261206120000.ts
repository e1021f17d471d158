import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * `training_attendance_request`: a coordinator's attendance requests by Idempotency-Key (unique
 * per coordinator), with the hash of what was asked, so a key sent again for other women is
 * refused as a work batch's is.
 */
export class Migration20261206120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "training_attendance_request" ("id" text not null, "coordinator_id" text not null, "idempotency_key" text not null, "session_id" text not null, "request_hash" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "training_attendance_request_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_attendance_request_deleted_at" ON "training_attendance_request" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_training_attendance_request_coordinator_id_idempotency_key_unique" ON "training_attendance_request" ("coordinator_id", "idempotency_key") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training_attendance_request" cascade;`)
  }
}
