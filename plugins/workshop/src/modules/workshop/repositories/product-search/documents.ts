import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"

/** A product's search document as stored (see models/product-search-document.ts). */
export type ProductSearchRow = {
  product_id: string
  product_created_at: string | Date
  title_text: string
  subtitle_text: string
  other_text: string
  grams: string[]
}

export const DOCUMENT_COLUMNS = ["product_id", "product_created_at", "title_text", "subtitle_text", "other_text", "grams"] as const

/** Documents written per statement (a few KB each). */
const BATCH = 500

/** Writes (or rewrites) the documents of these products, in batches; `updated_at` is the time of the write. */
export async function saveDocuments(manager: EntityManager, rows: ProductSearchRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH)
    await manager.execute(
      `insert into "product_search_document" (${DOCUMENT_COLUMNS.join(", ")})
       select ${DOCUMENT_COLUMNS.join(", ")}
         from jsonb_to_recordset(?::jsonb) as t(product_id text, product_created_at timestamptz, title_text text, subtitle_text text, other_text text, grams text[])
       on conflict (product_id) do update set
         product_created_at = excluded.product_created_at,
         title_text = excluded.title_text,
         subtitle_text = excluded.subtitle_text,
         other_text = excluded.other_text,
         grams = excluded.grams,
         updated_at = clock_timestamp(),
         deleted_at = null`,
      [JSON.stringify(batch.map((row) => ({ ...row, product_created_at: new Date(row.product_created_at).toISOString() })))]
    )
  }
}

/** Removes the documents of these products (deleted, or gone from the product module). */
export async function removeDocuments(manager: EntityManager, productIds: string[]): Promise<number> {
  if (!productIds.length) return 0
  const removed = await manager.execute(
    `delete from "product_search_document" where product_id = any(array(select jsonb_array_elements_text(?::jsonb))) returning product_id`,
    [JSON.stringify(productIds)]
  )
  return (removed as unknown[]).length
}

/**
 * The database's clock now, as the database writes it (to the microsecond: a JS Date would drop
 * the microseconds, and a document written in the same millisecond just before would look new):
 * a full rebuild's start, before which every document it did not rewrite is stale.
 */
export async function databaseNow(manager: EntityManager): Promise<string> {
  const [row] = (await manager.execute(`select clock_timestamp()::text as now`)) as { now: string }[]
  return row.now
}

/**
 * After a full rebuild that started at `since`: the documents it did not rewrite (nor a subscriber
 * since) are of products that no longer exist.
 */
export async function removeDocumentsOlderThan(manager: EntityManager, since: string): Promise<number> {
  const removed = await manager.execute(`delete from "product_search_document" where updated_at < ?::timestamptz returning product_id`, [since])
  return (removed as unknown[]).length
}
