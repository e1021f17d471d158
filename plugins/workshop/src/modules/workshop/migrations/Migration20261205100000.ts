import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Payouts per statement, as money facts in the ledger's world:
 * - `payout`: a payout sent against a statement, or the fact that one failed (`kind = 'failed'`,
 *   `fails_id` → the payout, at most one per payout); unique `dedupe_key` so a retry writes nothing;
 * - append-only: a trigger refuses every UPDATE and DELETE, like the ledger's;
 * - backfilled: a statement already paid (the month marked paid with one reference) gets the one
 *   payout the "pay the whole month" shortcut now records (bank transfer, its net, that reference,
 *   the day in China), so what each woman is owed stays earned − paid.
 */
export class Migration20261205100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "payout" ("id" text not null, "kind" text check ("kind" in ('sent', 'failed')) not null, "statement_id" text not null, "artisan_id" text not null, "workshop_id" text not null, "period" text not null, "method" text check ("method" in ('wechat', 'alipay', 'bank', 'cash')) not null, "amount" numeric not null, "currency_code" text not null default 'cny', "reference" text null, "paid_on" text not null, "recorded_by" text not null, "fails_id" text null, "reason" text null, "dedupe_key" text not null, "request_hash" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_pkey" primary key ("id"), constraint "payout_amount_positive" check ("amount" > 0), constraint "payout_failed_points_at_payout" check (("kind" = 'failed') = ("fails_id" is not null)));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_deleted_at" ON "payout" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_dedupe_key_unique" ON "payout" ("dedupe_key") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_fails_id_unique" ON "payout" ("fails_id") WHERE fails_id IS NOT NULL AND deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_statement_id" ON "payout" ("statement_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_artisan_id" ON "payout" ("artisan_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_period" ON "payout" ("period") WHERE deleted_at IS NULL;`)

    this.addSql(`
      create or replace function workshop_payout_append_only() returns trigger
      language plpgsql as $$
      begin
        raise exception 'payouts are append-only: % of payout % refused (record a failure instead)', tg_op, old.id
          using errcode = 'check_violation';
      end $$;
    `)
    this.addSql(`drop trigger if exists payout_append_only on "payout";`)
    this.addSql(`
      create trigger payout_append_only before update or delete on "payout"
      for each row execute function workshop_payout_append_only();
    `)

    this.addSql(`insert into "payout" ("id", "kind", "statement_id", "artisan_id", "workshop_id", "period", "method", "amount", "raw_amount",
        "currency_code", "reference", "paid_on", "recorded_by", "dedupe_key")
      select 'pout_' || upper(substr(md5(random()::text || s.id), 1, 26)), 'sent', s.id, s.artisan_id, s.workshop_id, s.period, 'bank',
             s.net_total, jsonb_build_object('value', s.net_total::numeric(14,2)::text, 'precision', 20),
             'cny', s.payment_reference, to_char(s.paid_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD'),
             coalesce(p.paid_by, 'migration'), 'payout:pay-period:' || s.period || ':' || s.id
        from "statement" s
        left join "period" p on p.month = s.period and p.deleted_at is null
       where s.paid_at is not null and s.net_total > 0 and s.deleted_at is null
      on conflict do nothing;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists payout_append_only on "payout";`)
    this.addSql(`drop function if exists workshop_payout_append_only();`)
    this.addSql(`drop table if exists "payout" cascade;`)
  }
}
