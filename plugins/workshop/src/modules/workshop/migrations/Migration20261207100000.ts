import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * `product_search_document` (issue 13): one search document per product, its texts normalized and
 * the set of its characters and character pairs in a GIN-indexed array (no extension needed: it
 * works on any PostgreSQL). Filled by `rebuildProductSearch` (the seed, `npm start` after
 * migrations, the nightly job) and kept by the plugin's subscribers.
 */
export class Migration20261207100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "product_search_document" ("product_id" text not null, "product_created_at" timestamptz not null, "title_text" text not null, "subtitle_text" text not null, "other_text" text not null, "grams" text[] not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_search_document_pkey" primary key ("product_id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_search_document_deleted_at" ON "product_search_document" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_search_document_grams" ON "product_search_document" USING GIN ("grams");`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_search_document" cascade;`)
  }
}
