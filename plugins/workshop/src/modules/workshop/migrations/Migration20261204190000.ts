import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The money contract's database part:
 * - `artisan.left_on`: the day a woman left; piecework dated after it is refused.
 * - an index to find an order's sale shares by the order id kept in their metadata (what an order
 *   paid its makers is read from the ledger).
 * - aggregates kept by the transactions that post money, so public figures cost the same with ten
 *   orders or a million: `artisan_month_total` (each woman's net per month, maintained by a trigger
 *   on every ledger insert), `workshop_money_total` (running totals: sale shares net of their
 *   reversals, sales revenue in CNY) and `order_revenue` (each placed order's revenue once, so a
 *   redelivered event or a second cancel counts nothing twice). Backfilled from the ledger.
 */
export class Migration20261204190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "artisan" add column if not exists "left_on" text null;`)
    this.addSql(`alter table if exists "work_batch" add column if not exists "response_body" text null;`)
    this.addSql(
      `create index if not exists "IDX_ledger_entry_sale_share_order" on "ledger_entry" ((metadata->>'order_id')) where kind = 'sale_share' and deleted_at is null;`
    )

    this.addSql(`create table if not exists "artisan_month_total" (
      "artisan_id" text not null,
      "period" text not null,
      "net" numeric not null default 0,
      "entry_count" integer not null default 0,
      constraint "artisan_month_total_pkey" primary key ("artisan_id", "period"));`)
    this.addSql(`create index if not exists "IDX_artisan_month_total_period" on "artisan_month_total" ("period");`)
    this.addSql(`create table if not exists "workshop_money_total" (
      "key" text not null,
      "amount" numeric not null default 0,
      "updated_at" timestamptz not null default now(),
      constraint "workshop_money_total_pkey" primary key ("key"));`)
    this.addSql(`create table if not exists "order_revenue" (
      "order_id" text not null,
      "revenue_cny" numeric not null,
      "created_at" timestamptz not null default now(),
      "canceled_at" timestamptz null,
      constraint "order_revenue_pkey" primary key ("order_id"));`)

    this.addSql(`
      create or replace function workshop_ledger_aggregates() returns trigger
      language plpgsql as $$
      begin
        insert into artisan_month_total (artisan_id, period, net, entry_count)
          values (NEW.artisan_id, NEW.period, NEW.amount, 1)
          on conflict (artisan_id, period) do update
            set net = artisan_month_total.net + excluded.net, entry_count = artisan_month_total.entry_count + 1;
        if NEW.kind = 'sale_share'
           or (NEW.kind = 'reversal' and NEW.reverses_id is not null
               and exists (select 1 from ledger_entry o where o.id = NEW.reverses_id and o.kind = 'sale_share')) then
          insert into workshop_money_total (key, amount) values ('sale_shares', NEW.amount)
            on conflict (key) do update set amount = workshop_money_total.amount + excluded.amount, updated_at = now();
        end if;
        return null;
      end;
      $$;`)
    this.addSql(`drop trigger if exists ledger_entry_aggregates on "ledger_entry";`)
    this.addSql(`create trigger ledger_entry_aggregates after insert on "ledger_entry"
      for each row execute function workshop_ledger_aggregates();`)

    // Backfill from what the ledger already holds (the tables are new, so nothing is counted twice).
    this.addSql(`insert into artisan_month_total (artisan_id, period, net, entry_count)
      select artisan_id, period, sum(amount), count(*) from ledger_entry where deleted_at is null group by artisan_id, period
      on conflict (artisan_id, period) do nothing;`)
    this.addSql(`insert into workshop_money_total (key, amount)
      select 'sale_shares', coalesce(sum(l.amount), 0) from ledger_entry l
       where l.deleted_at is null
         and (l.kind = 'sale_share' or (l.kind = 'reversal' and exists (
               select 1 from ledger_entry o where o.id = l.reverses_id and o.kind = 'sale_share')))
      on conflict (key) do nothing;`)
    this.addSql(`insert into workshop_money_total (key, amount) values ('sales_revenue', 0) on conflict (key) do nothing;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists ledger_entry_aggregates on "ledger_entry";`)
    this.addSql(`drop function if exists workshop_ledger_aggregates();`)
    this.addSql(`drop table if exists "order_revenue";`)
    this.addSql(`drop table if exists "workshop_money_total";`)
    this.addSql(`drop table if exists "artisan_month_total";`)
    this.addSql(`drop index if exists "IDX_ledger_entry_sale_share_order";`)
    this.addSql(`alter table if exists "artisan" drop column if exists "left_on";`)
    this.addSql(`alter table if exists "work_batch" drop column if exists "response_body";`)
  }
}
