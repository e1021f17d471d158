import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * `training_registration`: places at a training session to come, booked for a woman of a
 * workshop or for an applicant; unique `dedupe_key` while it stands; exactly one of
 * `artisan_id` and `application_id` is where it started (a hired applicant gets both).
 */
export class Migration20261206130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "training_registration" ("id" text not null, "session_id" text not null, "artisan_id" text null, "application_id" text null, "registered_by" text not null, "dedupe_key" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "training_registration_pkey" primary key ("id"), constraint "training_registration_someone" check ("artisan_id" is not null or "application_id" is not null));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_registration_deleted_at" ON "training_registration" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_training_registration_dedupe_key_unique" ON "training_registration" ("dedupe_key") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_registration_session_id" ON "training_registration" ("session_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_registration_artisan_id" ON "training_registration" ("artisan_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_registration_application_id" ON "training_registration" ("application_id") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training_registration" cascade;`)
  }
}
