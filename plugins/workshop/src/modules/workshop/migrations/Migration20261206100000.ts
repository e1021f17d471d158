import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Mama-post openings (妈妈岗) and the applications to them:
 * - `workshop.mama_post_features`: what makes the workshop a mama-post employer (a json list).
 * - `opening`: a workshop's opening, its work (piece types), place, hours and positions.
 * - `application`: a woman's application, one per phone and opening (unique while not deleted),
 *   her status link kept as a sha256 hash; `artisan_id` once she is hired.
 * - `application_note`: the history of moves, append-only (a trigger refuses updates and deletes).
 * - `apply_attempt`: each application sent, counted to throttle per phone and per address.
 */
export class Migration20261206100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "workshop" add column if not exists "mama_post_features" jsonb null;`)

    this.addSql(`create table if not exists "opening" ("id" text not null, "workshop_id" text not null, "title_zh" text not null, "title_en" text not null, "description_zh" text null, "description_en" text null, "piece_type_ids" jsonb not null, "place" text check ("place" in ('workshop', 'village', 'home')) not null, "district_zh" text not null, "district_en" text not null, "town_zh" text null, "town_en" text null, "hours_zh" text not null, "hours_en" text not null, "positions" integer not null check ("positions" > 0), "status" text check ("status" in ('open', 'closed')) not null default 'open', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "opening_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_opening_deleted_at" ON "opening" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_opening_workshop_id_status" ON "opening" ("workshop_id", "status") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_opening_status" ON "opening" ("status") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "application" ("id" text not null, "opening_id" text not null, "workshop_id" text not null, "name" text not null, "phone" text not null, "town" text not null, "availability" text not null, "childcare_needs" text null, "consent" boolean not null check ("consent"), "locale" text check ("locale" in ('zh-CN', 'en')) not null, "status" text check ("status" in ('new', 'contacted', 'trial', 'hired', 'not_now')) not null default 'new', "status_token_hash" text not null, "artisan_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "application_pkey" primary key ("id"), constraint "application_hired_has_artisan" check (("status" = 'hired') = ("artisan_id" is not null)));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_application_deleted_at" ON "application" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_application_opening_id_phone_unique" ON "application" ("opening_id", "phone") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_application_status_token_hash_unique" ON "application" ("status_token_hash") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_application_workshop_id_status" ON "application" ("workshop_id", "status") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_application_phone_created_at" ON "application" ("phone", "created_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "application_note" ("id" text not null, "application_id" text not null, "from_status" text null, "to_status" text not null, "note" text null, "actor_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "application_note_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_application_note_deleted_at" ON "application_note" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_application_note_application_id_created_at" ON "application_note" ("application_id", "created_at") WHERE deleted_at IS NULL;`)
    this.addSql(`
      create or replace function workshop_application_note_kept() returns trigger
      language plpgsql as $$
      begin
        raise exception 'an application''s history is kept: % of % refused', tg_op, old.id using errcode = 'check_violation';
      end $$;
    `)
    this.addSql(`drop trigger if exists application_note_kept on "application_note";`)
    this.addSql(`
      create trigger application_note_kept before update or delete on "application_note"
      for each row execute function workshop_application_note_kept();
    `)

    this.addSql(`create table if not exists "apply_attempt" ("id" text not null, "phone" text not null, "address" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "apply_attempt_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_apply_attempt_deleted_at" ON "apply_attempt" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_apply_attempt_phone_created_at" ON "apply_attempt" ("phone", "created_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_apply_attempt_address_created_at" ON "apply_attempt" ("address", "created_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "apply_attempt" cascade;`)
    this.addSql(`drop trigger if exists application_note_kept on "application_note";`)
    this.addSql(`drop function if exists workshop_application_note_kept();`)
    this.addSql(`drop table if exists "application_note" cascade;`)
    this.addSql(`drop table if exists "application" cascade;`)
    this.addSql(`drop table if exists "opening" cascade;`)
    this.addSql(`alter table if exists "workshop" drop column if exists "mama_post_features";`)
  }
}
