import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { InsertShape } from "../lib/sql"
import { databaseNow, DOCUMENT_COLUMNS, removeDocuments, removeDocumentsOlderThan, saveDocuments, type ProductSearchRow } from "./product-search/documents"
import { searchDocuments, type ProductSearchInput } from "./product-search/search"

/**
 * The raw SQL of product search (issue 13): the search documents written in bulk, and the search
 * itself (GIN-indexed grams, then each term checked whole and scored). Registered in the module's
 * container as `productSearchSqlRepository`.
 */
export class ProductSearchSqlRepository {
  /** What the upsert writes, and what it leaves to defaults (checked against the table by a test). */
  static readonly inserts: InsertShape[] = [
    { table: "product_search_document", columns: [...DOCUMENT_COLUMNS], untouched: ["created_at", "updated_at", "deleted_at"] },
  ]

  save(manager: EntityManager, rows: ProductSearchRow[]) {
    return saveDocuments(manager, rows)
  }

  remove(manager: EntityManager, productIds: string[]) {
    return removeDocuments(manager, productIds)
  }

  now(manager: EntityManager) {
    return databaseNow(manager)
  }

  removeOlderThan(manager: EntityManager, since: string) {
    return removeDocumentsOlderThan(manager, since)
  }

  search(manager: EntityManager, input: ProductSearchInput) {
    return searchDocuments(manager, input)
  }
}
