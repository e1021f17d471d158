import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Advances and carried balances:
 * - `artisan_advance`: money paid to a woman ahead of her earnings, append-only (a trigger refuses
 *   every UPDATE and DELETE), unique `dedupe_key`;
 * - statement `carried_in` (the negative balance brought from her previous statement),
 *   `advance_recovered` and `payable_total` (what is to be paid for the month), frozen with it.
 *   Statements frozen before: nothing carried in, nothing recovered, payable = the net when it is
 *   positive (their pay state is unchanged); a negative one carries into her next statement.
 */
export class Migration20261205120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "artisan_advance" ("id" text not null, "artisan_id" text not null, "workshop_id" text not null, "method" text check ("method" in ('wechat', 'alipay', 'bank', 'cash')) not null, "amount" numeric not null, "currency_code" text not null default 'cny', "reference" text null, "paid_on" text not null, "reason" text not null, "recorded_by" text not null, "dedupe_key" text not null, "request_hash" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_advance_pkey" primary key ("id"), constraint "artisan_advance_amount_positive" check ("amount" > 0));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_advance_deleted_at" ON "artisan_advance" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_artisan_advance_dedupe_key_unique" ON "artisan_advance" ("dedupe_key") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_advance_artisan_id" ON "artisan_advance" ("artisan_id") WHERE deleted_at IS NULL;`)
    this.addSql(`
      create or replace function workshop_advance_append_only() returns trigger
      language plpgsql as $$
      begin
        raise exception 'advances are append-only: % of advance % refused', tg_op, old.id
          using errcode = 'check_violation';
      end $$;
    `)
    this.addSql(`drop trigger if exists artisan_advance_append_only on "artisan_advance";`)
    this.addSql(`
      create trigger artisan_advance_append_only before update or delete on "artisan_advance"
      for each row execute function workshop_advance_append_only();
    `)

    const zero = `'{"value":"0","precision":20}'::jsonb`
    this.addSql(`alter table if exists "statement" add column if not exists "carried_in" numeric not null default 0, add column if not exists "raw_carried_in" jsonb not null default ${zero};`)
    this.addSql(`alter table if exists "statement" add column if not exists "advance_recovered" numeric not null default 0, add column if not exists "raw_advance_recovered" jsonb not null default ${zero};`)
    this.addSql(`alter table if exists "statement" add column if not exists "payable_total" numeric not null default 0, add column if not exists "raw_payable_total" jsonb not null default ${zero};`)
    this.addSql(`update "statement" set "payable_total" = "net_total", "raw_payable_total" = jsonb_build_object('value', "net_total"::numeric(14,2)::text, 'precision', 20) where "net_total" > 0;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_statement_artisan_created" ON "statement" ("artisan_id", "created_at" desc, "id" desc) WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_statement_artisan_created";`)
    this.addSql(`alter table if exists "statement" drop column if exists "carried_in", drop column if exists "raw_carried_in", drop column if exists "advance_recovered", drop column if exists "raw_advance_recovered", drop column if exists "payable_total", drop column if exists "raw_payable_total";`)
    this.addSql(`drop trigger if exists artisan_advance_append_only on "artisan_advance";`)
    this.addSql(`drop function if exists workshop_advance_append_only();`)
    this.addSql(`drop table if exists "artisan_advance" cascade;`)
  }
}
