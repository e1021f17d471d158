import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Training, skills and awards (issue 12):
 * - `skill`: the craft skills the programme teaches (盘金 couching, 打籽 seed stitch), by code.
 * - `training_session`: a session, the skill it grants, for one workshop or open to a village.
 * - `training_attendance`: who attended, append-only (a trigger refuses updates and deletes);
 *   unique `dedupe_key` (`attendance:<session>:<artisan>`): she is recorded once.
 * - `artisan_skill`: the skills a woman has, once per woman and skill, with the session that granted it.
 * - `piece_type.required_skill`: a piece type can require a skill; `work_entry.trial` keeps a
 *   supervised trial by a woman who hasn't it yet.
 * - `award`: contest awards given to a product, a maker or a workshop.
 */
export class Migration20261206110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "skill" ("id" text not null, "code" text not null, "name_zh" text not null, "name_en" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "skill_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_skill_deleted_at" ON "skill" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_skill_code_unique" ON "skill" ("code") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "training_session" ("id" text not null, "topic_zh" text not null, "topic_en" text not null, "skill_code" text not null, "date" text not null, "place_zh" text not null, "place_en" text not null, "trainer" text not null, "workshop_id" text null, "village_zh" text null, "village_en" text null, "capacity" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "training_session_pkey" primary key ("id"), constraint "training_session_capacity_positive" check ("capacity" > 0));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_session_deleted_at" ON "training_session" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_session_workshop_id_date" ON "training_session" ("workshop_id", "date") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_session_date" ON "training_session" ("date") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "training_attendance" ("id" text not null, "session_id" text not null, "artisan_id" text not null, "recorded_by" text not null, "dedupe_key" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "training_attendance_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_attendance_deleted_at" ON "training_attendance" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_training_attendance_dedupe_key_unique" ON "training_attendance" ("dedupe_key") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_attendance_session_id" ON "training_attendance" ("session_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_training_attendance_artisan_id" ON "training_attendance" ("artisan_id") WHERE deleted_at IS NULL;`)
    this.addSql(`
      create or replace function workshop_training_attendance_kept() returns trigger
      language plpgsql as $$
      begin
        raise exception 'attendance is kept: % of % refused', tg_op, old.id using errcode = 'check_violation';
      end $$;
    `)
    this.addSql(`drop trigger if exists training_attendance_kept on "training_attendance";`)
    this.addSql(`
      create trigger training_attendance_kept before update or delete on "training_attendance"
      for each row execute function workshop_training_attendance_kept();
    `)

    this.addSql(`create table if not exists "artisan_skill" ("id" text not null, "artisan_id" text not null, "skill_code" text not null, "granted_by_session_id" text not null, "granted_on" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_skill_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_skill_deleted_at" ON "artisan_skill" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_artisan_skill_artisan_id_skill_code_unique" ON "artisan_skill" ("artisan_id", "skill_code") WHERE deleted_at IS NULL;`)

    this.addSql(`alter table if exists "piece_type" add column if not exists "required_skill" text null;`)
    this.addSql(`alter table if exists "work_entry" add column if not exists "trial" boolean not null default false;`)

    this.addSql(`create table if not exists "award" ("id" text not null, "contest_zh" text not null, "contest_en" text not null, "year" integer not null, "level" text check ("level" in ('gold', 'silver', 'bronze', 'finalist')) not null, "category_zh" text null, "category_en" text null, "subject_type" text check ("subject_type" in ('product', 'artisan', 'workshop')) not null, "subject_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "award_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_award_deleted_at" ON "award" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_award_subject_type_subject_id" ON "award" ("subject_type", "subject_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_award_year" ON "award" ("year") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "award" cascade;`)
    this.addSql(`alter table if exists "work_entry" drop column if exists "trial";`)
    this.addSql(`alter table if exists "piece_type" drop column if exists "required_skill";`)
    this.addSql(`drop table if exists "artisan_skill" cascade;`)
    this.addSql(`drop trigger if exists training_attendance_kept on "training_attendance";`)
    this.addSql(`drop function if exists workshop_training_attendance_kept();`)
    this.addSql(`drop table if exists "training_attendance" cascade;`)
    this.addSql(`drop table if exists "training_session" cascade;`)
    this.addSql(`drop table if exists "skill" cascade;`)
  }
}
