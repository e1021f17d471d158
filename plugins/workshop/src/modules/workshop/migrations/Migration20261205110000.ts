import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Her payout details (`artisan_payout_details`, one row per artisan): the preferred method, the
 * account holder's name, the account (WeChat id, Alipay account, bank account number) and the
 * bank. Staff edit them on one admin screen; every other answer shows them masked.
 */
export class Migration20261205110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "artisan_payout_details" ("id" text not null, "artisan_id" text not null, "method" text check ("method" in ('wechat', 'alipay', 'bank', 'cash')) not null, "account_name" text not null, "account" text null, "bank_name" text null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_payout_details_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_payout_details_deleted_at" ON "artisan_payout_details" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_artisan_payout_details_artisan_id_unique" ON "artisan_payout_details" ("artisan_id") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "artisan_payout_details" cascade;`)
  }
}
