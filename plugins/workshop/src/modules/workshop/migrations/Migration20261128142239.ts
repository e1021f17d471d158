import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128142239 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_maker" drop constraint if exists "product_maker_share_id_artisan_id_unique";`);
    this.addSql(`alter table if exists "artisan" drop constraint if exists "artisan_phone_unique";`);
    this.addSql(`alter table if exists "piece_rate" drop constraint if exists "piece_rate_piece_type_id_effective_from_unique";`);
    this.addSql(`alter table if exists "piece_type" drop constraint if exists "piece_type_workshop_id_code_unique";`);
    this.addSql(`alter table if exists "work_entry" drop constraint if exists "work_entry_batch_id_line_index_unique";`);
    this.addSql(`alter table if exists "work_batch" drop constraint if exists "work_batch_coordinator_id_idempotency_key_unique";`);
    this.addSql(`alter table if exists "statement" drop constraint if exists "statement_period_artisan_id_unique";`);
    this.addSql(`alter table if exists "product_maker_share" drop constraint if exists "product_maker_share_product_id_unique";`);
    this.addSql(`alter table if exists "period" drop constraint if exists "period_month_unique";`);
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_dedupe_key_unique";`);
    this.addSql(`alter table if exists "coordinator" drop constraint if exists "coordinator_email_unique";`);
    this.addSql(`create table if not exists "coordinator" ("id" text not null, "email" text not null, "name" text not null, "phone" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "coordinator_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coordinator_deleted_at" ON "coordinator" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_coordinator_email_unique" ON "coordinator" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "artisan_id" text not null, "workshop_id" text not null, "period" text not null, "kind" text check ("kind" in ('piecework', 'sale_share', 'bonus', 'deduction', 'reversal')) not null, "amount" numeric not null, "currency_code" text not null default 'cny', "source_type" text check ("source_type" in ('work_entry', 'order_line_item', 'adjustment', 'ledger_entry')) not null, "source_id" text not null, "reverses_id" text null, "dedupe_key" text not null, "reason" text null, "created_by" text not null, "metadata" jsonb null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_dedupe_key_unique" ON "ledger_entry" ("dedupe_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_artisan_id_period" ON "ledger_entry" ("artisan_id", "period") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_period_artisan_id" ON "ledger_entry" ("period", "artisan_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_source_type_source_id" ON "ledger_entry" ("source_type", "source_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "period" ("id" text not null, "month" text not null, "status" text check ("status" in ('open', 'closed', 'paid')) not null default 'open', "closed_at" timestamptz null, "closed_by" text null, "paid_at" timestamptz null, "paid_by" text null, "payment_reference" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "period_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_period_deleted_at" ON "period" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_period_month_unique" ON "period" ("month") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "product_maker_share" ("id" text not null, "product_id" text not null, "share_percent" numeric not null, "raw_share_percent" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_maker_share_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_maker_share_deleted_at" ON "product_maker_share" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_maker_share_product_id_unique" ON "product_maker_share" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "statement" ("id" text not null, "period" text not null, "artisan_id" text not null, "workshop_id" text not null, "piecework_total" numeric not null, "sale_share_total" numeric not null, "bonus_total" numeric not null, "deduction_total" numeric not null, "reversal_total" numeric not null, "net_total" numeric not null, "entry_count" integer not null, "paid_at" timestamptz null, "payment_reference" text null, "raw_piecework_total" jsonb not null, "raw_sale_share_total" jsonb not null, "raw_bonus_total" jsonb not null, "raw_deduction_total" jsonb not null, "raw_reversal_total" jsonb not null, "raw_net_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "statement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_statement_deleted_at" ON "statement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_statement_period_artisan_id_unique" ON "statement" ("period", "artisan_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_statement_artisan_id" ON "statement" ("artisan_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "work_batch" ("id" text not null, "coordinator_id" text not null, "idempotency_key" text not null, "request_hash" text not null, "line_count" integer not null, "response" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "work_batch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_work_batch_deleted_at" ON "work_batch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_work_batch_coordinator_id_idempotency_key_unique" ON "work_batch" ("coordinator_id", "idempotency_key") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "work_entry" ("id" text not null, "artisan_id" text not null, "workshop_id" text not null, "piece_type_id" text not null, "quantity" integer not null, "grade" text check ("grade" in ('A', 'B', 'R')) not null, "work_date" text not null, "period" text not null, "rate" numeric not null, "amount" numeric not null, "recorded_by" text not null, "batch_id" text not null, "line_index" integer not null, "note" text null, "reversed_at" timestamptz null, "reversed_by" text null, "reversal_reason" text null, "raw_rate" jsonb not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "work_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_work_entry_deleted_at" ON "work_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_work_entry_artisan_id_work_date" ON "work_entry" ("artisan_id", "work_date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_work_entry_workshop_id_work_date" ON "work_entry" ("workshop_id", "work_date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_work_entry_batch_id_line_index_unique" ON "work_entry" ("batch_id", "line_index") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "piece_type" ("id" text not null, "code" text not null, "name_zh" text not null, "name_en" text not null, "kind" text check ("kind" in ('product_variant', 'task')) not null default 'task', "product_variant_id" text null, "is_active" boolean not null default true, "workshop_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "piece_type_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_piece_type_workshop_id" ON "piece_type" ("workshop_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_piece_type_deleted_at" ON "piece_type" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_piece_type_workshop_id_code_unique" ON "piece_type" ("workshop_id", "code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "piece_rate" ("id" text not null, "effective_from" text not null, "rate_a" numeric not null, "rate_b" numeric not null, "created_by" text null, "piece_type_id" text not null, "raw_rate_a" jsonb not null, "raw_rate_b" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "piece_rate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_piece_rate_piece_type_id" ON "piece_rate" ("piece_type_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_piece_rate_deleted_at" ON "piece_rate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_piece_rate_piece_type_id_effective_from_unique" ON "piece_rate" ("piece_type_id", "effective_from") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "artisan" ("id" text not null, "display_name" text not null, "legal_name" text not null, "phone" text not null, "joined_on" text not null, "skills" jsonb null, "status" text check ("status" in ('active', 'paused', 'left')) not null default 'active', "public_profile" boolean not null default false, "story_zh" text null, "story_en" text null, "photo_url" text null, "monthly_goal" numeric null, "workshop_id" text not null, "raw_monthly_goal" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_workshop_id" ON "artisan" ("workshop_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_deleted_at" ON "artisan" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_artisan_phone_unique" ON "artisan" ("phone") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_workshop_id_status" ON "artisan" ("workshop_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "product_maker" ("id" text not null, "weight" integer not null default 1, "share_id" text not null, "artisan_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_maker_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_maker_share_id" ON "product_maker" ("share_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_maker_artisan_id" ON "product_maker" ("artisan_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_maker_deleted_at" ON "product_maker" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_maker_share_id_artisan_id_unique" ON "product_maker" ("share_id", "artisan_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "workshop_coordinator" ("coordinator_id" text not null, "workshop_id" text not null, constraint "workshop_coordinator_pkey" primary key ("coordinator_id", "workshop_id"));`);

    this.addSql(`alter table if exists "piece_type" add constraint "piece_type_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade;`);

    this.addSql(`alter table if exists "piece_rate" add constraint "piece_rate_piece_type_id_foreign" foreign key ("piece_type_id") references "piece_type" ("id") on update cascade;`);

    this.addSql(`alter table if exists "artisan" add constraint "artisan_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade;`);

    this.addSql(`alter table if exists "product_maker" add constraint "product_maker_share_id_foreign" foreign key ("share_id") references "product_maker_share" ("id") on update cascade;`);
    this.addSql(`alter table if exists "product_maker" add constraint "product_maker_artisan_id_foreign" foreign key ("artisan_id") references "artisan" ("id") on update cascade;`);

    this.addSql(`alter table if exists "workshop_coordinator" add constraint "workshop_coordinator_coordinator_id_foreign" foreign key ("coordinator_id") references "coordinator" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "workshop_coordinator" add constraint "workshop_coordinator_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "workshop_coordinator" drop constraint if exists "workshop_coordinator_coordinator_id_foreign";`);

    this.addSql(`alter table if exists "product_maker" drop constraint if exists "product_maker_share_id_foreign";`);

    this.addSql(`alter table if exists "piece_rate" drop constraint if exists "piece_rate_piece_type_id_foreign";`);

    this.addSql(`alter table if exists "product_maker" drop constraint if exists "product_maker_artisan_id_foreign";`);

    this.addSql(`drop table if exists "coordinator" cascade;`);

    this.addSql(`drop table if exists "ledger_entry" cascade;`);

    this.addSql(`drop table if exists "period" cascade;`);

    this.addSql(`drop table if exists "product_maker_share" cascade;`);

    this.addSql(`drop table if exists "statement" cascade;`);

    this.addSql(`drop table if exists "work_batch" cascade;`);

    this.addSql(`drop table if exists "work_entry" cascade;`);

    this.addSql(`drop table if exists "piece_type" cascade;`);

    this.addSql(`drop table if exists "piece_rate" cascade;`);

    this.addSql(`drop table if exists "artisan" cascade;`);

    this.addSql(`drop table if exists "product_maker" cascade;`);

    this.addSql(`drop table if exists "workshop_coordinator" cascade;`);
  }

}
