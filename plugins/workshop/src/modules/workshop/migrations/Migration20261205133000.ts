import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Her month, confirmed or questioned:
 * - `statement_question`: a question about one line of her month (or about missing work), with
 *   its reason and note; resolved once, by a correction (ledger entries posted, their ids kept) or
 *   an answer. A trigger keeps the question's facts fixed: the only change allowed is open →
 *   resolved, once; nothing is deleted. Unique `dedupe_key`: a retried request asks once.
 * - `statement_confirmation`: her "this month is right", once per month, with the net she saw.
 * - `period.close_reason`: why a month was closed while questions about it were still open.
 */
export class Migration20261205133000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "statement_question" ("id" text not null, "artisan_id" text not null, "workshop_id" text not null, "period" text not null, "ledger_entry_id" text null, "reason" text check ("reason" in ('quantity_wrong', 'grade_wrong', 'missing_work', 'other')) not null, "note" text null, "status" text check ("status" in ('open', 'resolved')) not null default 'open', "resolution" text check ("resolution" in ('correction', 'answer')) null, "answer_note" text null, "resolved_by" text null, "resolved_at" timestamptz null, "correction_entry_ids" jsonb null, "dedupe_key" text not null, "request_hash" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "statement_question_pkey" primary key ("id"), constraint "statement_question_resolved_has_resolution" check (("status" = 'resolved') = ("resolution" is not null)));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_statement_question_deleted_at" ON "statement_question" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_statement_question_dedupe_key_unique" ON "statement_question" ("dedupe_key") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_statement_question_artisan_id_period" ON "statement_question" ("artisan_id", "period") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_statement_question_workshop_id_status" ON "statement_question" ("workshop_id", "status") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_statement_question_period_status" ON "statement_question" ("period", "status") WHERE deleted_at IS NULL;`)
    this.addSql(`
      create or replace function workshop_statement_question_facts_fixed() returns trigger
      language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          raise exception 'statement questions are kept: delete of % refused', old.id using errcode = 'check_violation';
        end if;
        if old.status <> 'open' or new.status <> 'resolved'
           or new.id is distinct from old.id or new.artisan_id is distinct from old.artisan_id
           or new.workshop_id is distinct from old.workshop_id or new.period is distinct from old.period
           or new.ledger_entry_id is distinct from old.ledger_entry_id or new.reason is distinct from old.reason
           or new.note is distinct from old.note or new.dedupe_key is distinct from old.dedupe_key
           or new.request_hash is distinct from old.request_hash or new.created_at is distinct from old.created_at
           or new.deleted_at is distinct from old.deleted_at then
          raise exception 'statement question %: only its resolution may be written, once', old.id using errcode = 'check_violation';
        end if;
        return new;
      end $$;
    `)
    this.addSql(`drop trigger if exists statement_question_facts_fixed on "statement_question";`)
    this.addSql(`
      create trigger statement_question_facts_fixed before update or delete on "statement_question"
      for each row execute function workshop_statement_question_facts_fixed();
    `)

    this.addSql(`create table if not exists "statement_confirmation" ("id" text not null, "artisan_id" text not null, "period" text not null, "net_total" numeric not null, "raw_net_total" jsonb not null, "confirmed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "statement_confirmation_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_statement_confirmation_deleted_at" ON "statement_confirmation" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_statement_confirmation_artisan_id_period_unique" ON "statement_confirmation" ("artisan_id", "period") WHERE deleted_at IS NULL;`)
    this.addSql(`
      create or replace function workshop_statement_confirmation_kept() returns trigger
      language plpgsql as $$
      begin
        raise exception 'confirmations are kept: % of % refused', tg_op, old.id using errcode = 'check_violation';
      end $$;
    `)
    this.addSql(`drop trigger if exists statement_confirmation_kept on "statement_confirmation";`)
    this.addSql(`
      create trigger statement_confirmation_kept before update or delete on "statement_confirmation"
      for each row execute function workshop_statement_confirmation_kept();
    `)

    this.addSql(`alter table if exists "period" add column if not exists "close_reason" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "period" drop column if exists "close_reason";`)
    this.addSql(`drop trigger if exists statement_confirmation_kept on "statement_confirmation";`)
    this.addSql(`drop function if exists workshop_statement_confirmation_kept();`)
    this.addSql(`drop table if exists "statement_confirmation" cascade;`)
    this.addSql(`drop trigger if exists statement_question_facts_fixed on "statement_question";`)
    this.addSql(`drop function if exists workshop_statement_question_facts_fixed();`)
    this.addSql(`drop table if exists "statement_question" cascade;`)
  }
}
